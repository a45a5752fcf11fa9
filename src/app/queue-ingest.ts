/**
 * `dyad ingest … --queue redis://…`: the producer of a distributed ingest. Reads the inputs as a stream, as the
 * in-process ingest does, and enqueues batches of articles for `dyad worker` processes instead of coding them.
 * With a store it also skips articles already stored, so that re-running a producer costs the workers nothing.
 */
import type { Readable } from 'node:stream';
import type { Article, PartialDate } from '../core/index.js';
import { openArticleProducer, type RetryOptions } from '../queue/index.js';
import type { EventStore } from '../store/index.js';
import { readSources } from './ingest/index.js';

export interface EnqueueOptions {
  readonly queue: string;
  /** When given, articles it already holds are not enqueued. */
  readonly store?: EventStore;
  readonly date: PartialDate | null;
  readonly stdin: () => Readable;
  /** Articles per job (and per worker transaction). */
  readonly batchSize?: number;
  readonly onError?: (error: { readonly where: string; readonly problem: string }) => void;
  readonly retry?: RetryOptions;
}

export interface EnqueueSummary {
  readonly queue: string;
  readonly read: number;
  readonly enqueued: number;
  readonly jobs: number;
  readonly alreadyStored: number;
  readonly failed: number;
  readonly seconds: number;
}

const DEFAULT_BATCH = 32;
/** Jobs per round trip to Redis. */
const JOBS_PER_ADD = 16;

export async function enqueueArticles(names: readonly string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const started = performance.now();
  const producer = await openArticleProducer(options.queue, options.retry);
  const size = options.batchSize ?? DEFAULT_BATCH;
  let read = 0;
  let enqueued = 0;
  let jobs = 0;
  let alreadyStored = 0;
  let failed = 0;
  let batch: Article[] = [];
  let pending: Article[][] = [];
  const flush = async (): Promise<void> => {
    await producer.add(pending);
    jobs += pending.length;
    pending = [];
  };
  try {
    for await (const item of readSources(names, { date: options.date, stdin: options.stdin })) {
      read++;
      if (item instanceof Error) {
        failed++;
        options.onError?.({ where: item.where, problem: item.problem });
      } else if (options.store && (await options.store.has({ id: item.id, url: item.url }))) {
        alreadyStored++;
      } else {
        batch.push(item);
        enqueued++;
      }
      if (batch.length >= size) {
        pending.push(batch);
        batch = [];
        if (pending.length >= JOBS_PER_ADD) await flush();
      }
    }
    if (batch.length > 0) pending.push(batch);
    await flush();
  } finally {
    await producer.close();
  }
  return { queue: producer.location, read, enqueued, jobs, alreadyStored, failed, seconds: (performance.now() - started) / 1000 };
}
