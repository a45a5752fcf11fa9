/**
 * @module queue: the distributed job queue (BullMQ on Redis) that spreads batches of articles over worker
 * processes on any number of machines. Imports core only; what a job does is the application's to say.
 */
export { DEFAULT_QUEUE, isRedisUrl, parseQueueUrl, type QueueLocation } from './queue-connection.js';
export { JOB_OPTIONS, type ArticleJob, type ArticleJobResult } from './article-jobs.js';
export { openArticleProducer, type ArticleProducer, type RetryOptions } from './article-producer.js';
export { startArticleConsumer, type ArticleConsumer, type ArticleProcessor, type ConsumerOptions } from './article-consumer.js';
export { queueStatus, obliterateQueue, type QueueStatus, type FailedJob } from './queue-status.js';
