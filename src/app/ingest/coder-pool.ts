/**
 * Who codes the articles: a pool of worker threads (piscina) on all cores by default, or the calling thread
 * itself (`workers: 0`, for tests and tiny inputs). Both take a batch and give back one outcome per article.
 *
 * The pipeline and the dictionaries are imported only where the coding runs: with worker threads, the main thread
 * of an ingest never loads them (about 100 MB less resident memory).
 */
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { Piscina } from 'piscina';
import type { Article, ContractOutput } from '../../core/index.js';
import type { DictionaryOptions } from '../../dictionaries/index.js';
import type { CodingOutcome } from './code-for-store.js';
import type { WireOutcome } from './ingest-worker.js';

export interface CoderPool {
  readonly threads: number;
  code(batch: readonly Article[]): Promise<CodingOutcome[]>;
  close(): Promise<void>;
}

export function defaultWorkers(): number {
  return availableParallelism();
}

function inlineCoder(options: DictionaryOptions): CoderPool {
  let coder: Promise<(article: Article) => CodingOutcome> | null = null;
  const load = async (): Promise<(article: Article) => CodingOutcome> => {
    const [{ loadDictionaries }, { codeForStore }] = await Promise.all([import('../../dictionaries/index.js'), import('./code-for-store.js')]);
    const dictionaries = loadDictionaries(options);
    return (article) => codeForStore(article, dictionaries);
  };
  return {
    threads: 0,
    code: async (batch) => {
      const code = await (coder ??= load());
      return batch.map(code);
    },
    close: () => Promise.resolve(),
  };
}

/**
 * A cap on each worker's old generation. Without one V8 lets a busy worker's heap grow far past what coding needs
 * before collecting (RSS climbed by ~100 MB per 1,000 articles); a loaded pipeline holds about 130 MB, and a batch
 * being coded a few MB more, so the cap leaves room for a long article without letting garbage pile up.
 */
const WORKER_HEAP_MB = 256;

/** The compiled worker module; running from the TypeScript sources (tests) there is none, and coding stays inline. */
const WORKER = fileURLToPath(new URL('./ingest-worker.js', import.meta.url));

function fromWire(outcome: WireOutcome): CodingOutcome {
  if (!outcome.ok) return outcome;
  return { ok: true, coded: { ...outcome.coded, output: JSON.parse(outcome.coded.outputJson) as ContractOutput } };
}

/** The pool starts its threads (each loads the dictionaries) with the first batch: a rerun that finds every article stored starts none. */
export function coderPool(workers: number, options: DictionaryOptions): CoderPool {
  if (workers <= 0 || !existsSync(WORKER)) return inlineCoder(options);
  let pool: Piscina | null = null;
  return {
    threads: workers,
    code: async (batch) => {
      pool ??= new Piscina({ filename: WORKER, minThreads: workers, maxThreads: workers, idleTimeout: 60_000, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB }, workerData: { ...options } });
      const outcomes = (await pool.run(batch)) as WireOutcome[];
      return outcomes.map(fromWire);
    },
    close: () => pool?.destroy() ?? Promise.resolve(),
  };
}
