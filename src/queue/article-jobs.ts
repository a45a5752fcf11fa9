/**
 * What travels through the queue: a job is a batch of read articles (plain data: structured-clone and JSON safe),
 * and its result says what the worker stored. A batch, not an article, per job: one transaction and one round
 * trip to Redis per batch keep the queue's cost small beside the coding.
 */
import type { Article } from '../core/index.js';

export interface ArticleJob {
  readonly articles: readonly Article[];
}

export interface ArticleJobResult {
  readonly stored: number;
  readonly duplicates: number;
  readonly events: number;
  /** Articles that could not be coded: a property of the article, so retrying the job would not help. */
  readonly failed: readonly { readonly where: string; readonly problem: string }[];
}

export const JOB_NAME = 'code-articles';

/**
 * Retries: a failed job (database down, a deadlock that outlasted the store's own retries) runs again after 2 s,
 * 4 s, 8 s, 16 s; after the fifth failure it stays in the failed set with its error, for `dyad queue status`.
 * Finished jobs are kept a week, so the status can count them.
 */
export const JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2000 },
  removeOnComplete: { age: 7 * 24 * 3600 },
  removeOnFail: false,
} as const;
