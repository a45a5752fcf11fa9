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
 * The young generation, where coding's short-lived objects are born: V8 lets it grow to 32 MB per thread. The
 * smaller it is, the more of an article's objects live through two scavenges and are promoted, and the sooner the
 * old generation fills. One worker thread coding 3,000 articles in transactions of 256, several runs
 * (`scripts/store/worker-gc.mjs`): 12 MB took 646-686 scavenges and 11-22 mark-compacts, whose marking runs on V8's
 * helper threads and so takes the other worker's core; 16 MB took 344-355 and 7-8, for 10-26% less CPU per
 * article and 2-17 MB more RSS per thread (354 -> 379 MB peak for the 2-worker ingest of 8,400 articles).
 */
const WORKER_YOUNG_MB = 16;

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
