/** `dyad queue status`: how many jobs wait, run, are done or failed, and why the failed ones failed. */
import { Queue } from 'bullmq';
import type { ArticleJob, ArticleJobResult } from './article-jobs.js';
import { connectionOptions, parseQueueUrl } from './queue-connection.js';

export interface FailedJob {
  readonly id: string;
  readonly attempts: number;
  readonly error: string;
  /** The first article of the batch, to find it again. */
  readonly firstArticle: string | null;
  readonly articles: number;
  readonly failedAt: string | null;
}

export interface QueueStatus {
  readonly queue: string;
  readonly waiting: number;
  /** Waiting for a retry after a failure (backoff). */
  readonly delayed: number;
  readonly active: number;
  readonly done: number;
  readonly failed: number;
  readonly failedJobs: readonly FailedJob[];
}

export async function queueStatus(queueUrl: string, failedLimit = 20): Promise<QueueStatus> {
  const location = parseQueueUrl(queueUrl);
  const queue = new Queue<ArticleJob, ArticleJobResult>(location.name, { connection: connectionOptions(location) });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const failed = failedLimit > 0 ? await queue.getFailed(0, failedLimit - 1) : [];
    return {
      queue: location.display,
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      delayed: counts.delayed ?? 0,
      active: counts.active ?? 0,
      done: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      failedJobs: failed.map((job) => ({
        id: job.id ?? '?',
        attempts: job.attemptsMade,
        error: job.failedReason,
        firstArticle: job.data.articles[0]?.id ?? null,
        articles: job.data.articles.length,
        failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
      })),
    };
  } finally {
    await queue.close();
  }
}

/** Empties the queue (waiting, delayed, done and failed jobs): for tests and benchmarks that made their own. */
export async function obliterateQueue(queueUrl: string): Promise<void> {
  const location = parseQueueUrl(queueUrl);
  const queue = new Queue(location.name, { connection: connectionOptions(location) });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
}
