/** The producer side: adds batches of articles to the queue, many jobs per round trip. */
import { Queue } from 'bullmq';
import type { Article } from '../core/index.js';
import { JOB_NAME, JOB_OPTIONS, type ArticleJob, type ArticleJobResult } from './article-jobs.js';
import { connectionOptions, parseQueueUrl } from './queue-connection.js';

export interface ArticleProducer {
  readonly location: string;
  /** Enqueues each batch as one job; resolves once Redis holds them. */
  add(batches: readonly (readonly Article[])[]): Promise<void>;
  close(): Promise<void>;
}

export interface RetryOptions {
  /** Runs of a job before it stays failed (5). */
  readonly attempts?: number;
  /** Wait before the first retry, doubled for each next one (2,000 ms). */
  readonly backoffMs?: number;
}

export async function openArticleProducer(queueUrl: string, retry: RetryOptions = {}): Promise<ArticleProducer> {
  const opts = { ...JOB_OPTIONS, attempts: retry.attempts ?? JOB_OPTIONS.attempts, backoff: { type: 'exponential', delay: retry.backoffMs ?? JOB_OPTIONS.backoff.delay } };
  const location = parseQueueUrl(queueUrl);
  const queue = new Queue<ArticleJob, ArticleJobResult>(location.name, { connection: connectionOptions(location) });
  await queue.waitUntilReady();
  return {
    location: location.display,
    add: async (batches) => {
      if (batches.length > 0) await queue.addBulk(batches.map((articles) => ({ name: JOB_NAME, data: { articles }, opts })));
    },
    close: () => queue.close(),
  };
}
