/**
 * Who codes the articles: a pool of worker threads (piscina) on all cores by default, or the calling thread
 * itself (`workers: 0`, for tests and tiny inputs). Both take a batch and give back one outcome per article.
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import type { Article } from '../../core/index.js';
import { loadDictionaries, type DictionaryOptions } from '../../dictionaries/index.js';
import { codeForStore, type CodingOutcome } from './code-for-store.js';

export interface CoderPool {
  readonly threads: number;
  code(batch: readonly Article[]): Promise<CodingOutcome[]>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

function inlineCoder(options: DictionaryOptions): CoderPool {
  let dictionaries: ReturnType<typeof loadDictionaries> | null = null;
  return {
    threads: 0,
    code: (batch) => {
      dictionaries ??= loadDictionaries(options);
      const loaded = dictionaries;
      return Promise.resolve(batch.map((article) => codeForStore(article, loaded)));
    },
    close: () => Promise.resolve(),
  };
}

/**
 * A cap on each worker's old generation: without it V8 lets a busy worker's heap grow far past what coding needs
 * before collecting (RSS climbed by ~100 MB per 1,000 articles); with it the ingest's memory stays flat.
 */
const WORKER_HEAP_MB = 256;

/** The compiled worker module; running from the TypeScript sources (tests) there is none, and coding stays inline. */
const WORKER = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));

/** The pool starts its threads (each loads the dictionaries) with the first batch: a rerun that finds every article stored starts none. */
export function coderPool(workers: number, options: DictionaryOptions): CoderPool {
  if (workers <= 0 || !existsSync(WORKER)) return inlineCoder(options);
  let pool: Piscina | null = null;
  return {
    threads: workers,
    code: (batch) => {
      pool ??= new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, workerData: { ...options } });
      return pool.run(batch) as Promise<CodingOutcome[]>;
    },
    close: () => pool?.destroy() ?? Promise.resolve(),
  };
}
