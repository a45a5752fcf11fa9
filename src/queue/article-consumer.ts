/**
 * The worker side: takes jobs from the queue and hands each to a processor (the application's "code and store").
 * Delivery is at least once: a job whose worker dies (SIGKILL, power cut) stops renewing its lock, and after
 * `lockSeconds` another worker takes it again, so the processor must be idempotent (the stores are, by article key).
 * `close()` (SIGTERM) takes no new jobs and waits for the active ones to finish.
 */
import { Worker, type Job } from 'bullmq';
import type { ArticleJob, ArticleJobResult } from './article-jobs.js';
import { connectionOptions, parseQueueUrl } from './queue-connection.js';

export interface ConsumerOptions {
  /** Jobs in progress at once: 2 lets one batch be written while the next is coded. */
  readonly concurrency?: number;
  /** How long a job stays with a worker that stopped answering before it is handed to another: 30 s by default. */
  readonly lockSeconds?: number;
  /** Stop once the queue has no waiting jobs left (benchmarks, tests, one-off runs). */
  readonly exitWhenDrained?: boolean;
  readonly onCompleted?: (job: { readonly id: string; readonly articles: number }, result: ArticleJobResult) => void;
  readonly onFailed?: (job: { readonly id: string; readonly attempt: number }, error: Error) => void;
}

export interface ArticleConsumer {
  readonly location: string;
  /** Resolves when the consumer has stopped (closed, or drained with `exitWhenDrained`). */
  readonly stopped: Promise<void>;
  close(): Promise<void>;
}

export type ArticleProcessor = (job: ArticleJob) => Promise<ArticleJobResult>;

export function startArticleConsumer(queueUrl: string, processor: ArticleProcessor, options: ConsumerOptions = {}): ArticleConsumer {
  const location = parseQueueUrl(queueUrl);
  const lockDuration = (options.lockSeconds ?? 30) * 1000;
  const worker = new Worker<ArticleJob, ArticleJobResult>(location.name, (job: Job<ArticleJob, ArticleJobResult>) => processor(job.data), {
    connection: connectionOptions(location),
    concurrency: options.concurrency ?? 2,
    lockDuration,
    stalledInterval: lockDuration,
    // A job may lose its worker a few times (machines restarted) before it counts as failed.
    maxStalledCount: 3,
  });
  let stopping: Promise<void> | null = null;
  const close = (): Promise<void> => (stopping ??= worker.close());
  worker.on('completed', (job, result) => options.onCompleted?.({ id: job.id ?? '?', articles: job.data.articles.length }, result));
  worker.on('failed', (job, error) => options.onFailed?.({ id: job?.id ?? '?', attempt: job?.attemptsMade ?? 0 }, error));
  // Errors of the connection itself: BullMQ reconnects; without a listener Node would treat them as fatal.
  worker.on('error', (error) => options.onFailed?.({ id: '-', attempt: 0 }, error));
  if (options.exitWhenDrained) worker.on('drained', () => void close());
  const stopped = new Promise<void>((resolve) => worker.once('closed', () => resolve()));
  return { location: location.display, stopped, close };
}
