/**
 * The ingest's worker threads (piscina), started with the first task: a rerun that finds every article stored
 * starts none. Each thread loads the dictionaries once (see ingest-worker.ts).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { WorkerSetup } from './ingest-worker.js';

/** The compiled worker module; running from the TypeScript sources (tests) there is none, and coding stays inline. */
const WORKER = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));

export function hasWorkerModule(): boolean {
  return existsSync(WORKER);
}

/**
 * A cap on each worker's old generation. Without one V8 lets a busy worker's heap grow far past what coding needs
 * before collecting (RSS climbed by ~100 MB per 1,000 articles); a loaded pipeline holds about 60 MB of heap, and a
 * transaction being coded and written up to 30 MB more, so the cap leaves room for a long article. A cap of 160 MB
 * saved little memory for 15% more CPU in garbage collection (1,500 articles, one thread).
 */
const WORKER_OLD_MB = 256;
/**
 * The young generation, where coding's short-lived objects are born: V8 lets it grow to 32 MB per thread. 12 MB
 * saves about 35 MB of RSS per thread, for about 20% more time coding an article (2.14 -> 2.58 ms on one thread,
 * 2,000 articles): more objects live long enough to be promoted, and garbage collection runs more often.
 */
const WORKER_YOUNG_MB = 12;

export interface WorkerPool {
  /** Runs the worker module's export `task` (`default` when omitted) on a batch. */
  run<T>(batch: unknown, task?: string): Promise<T>;
  close(): Promise<void>;
}

export function workerPool(threads: number, setup: WorkerSetup): WorkerPool {
  let pool: Piscina | null = null;
  return {
    run: async <T>(batch: unknown, task = 'default') => {
      pool ??= new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: WORKER_OLD_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB }, workerData: setup });
      return (await pool.run(batch, { name: task })) as T;
    },
    close: () => pool?.destroy() ?? Promise.resolve(),
  };
}
