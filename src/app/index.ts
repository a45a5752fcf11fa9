/** @module app: the application API that every interface (CLI, HTTP, web) calls. Imports pipeline and below. */
export { codeArticle, codeInputs, type CodeOptions, type CodeResult } from './code-articles.js';
export { openStore, withStore, DEFAULT_DB, isPostgresUrl } from './open-store.js';
export * from './ingest/index.js';
export * from '../query/index.js';
export { checkPatternDictionary } from './check-pattern-dictionary.js';
export { enqueueArticles, type EnqueueOptions, type EnqueueSummary } from './queue-ingest.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions, type QueueWorkerTotals } from './queue-worker.js';
export { queueStatus, obliterateQueue, isRedisUrl, type QueueStatus } from '../queue/index.js';
