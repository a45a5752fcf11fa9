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
 * before collecting (RSS climbed by ~100 MB per 1,000 articles); a loaded pipeline holds about 130 MB, and a batch
 * being coded a few MB more, so the cap leaves room for a long article without letting garbage pile up.
 */
const WORKER_HEAP_MB = 256;

export interface WorkerPool {
  /** Runs the worker module's export `task` (`default` when omitted) on a batch. */
  run<T>(batch: unknown, task?: string): Promise<T>;
  close(): Promise<void>;
}

export function workerPool(threads: number, setup: WorkerSetup): WorkerPool {
  let pool: Piscina | null = null;
  return {
    run: async <T>(batch: unknown, task = 'default') => {
      pool ??= new Piscina({ filename: WORKER, minThreads: threads, maxThreads: threads, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, workerData: setup });
      return (await pool.run(batch, { name: task })) as T;
    },
    close: () => pool?.destroy() ?? Promise.resolve(),
  };
}
