/**
 * Who codes the articles when the main thread writes them: a pool of worker threads, or the calling thread itself
 * (`workers: 0`, for tests and tiny inputs). Both take a batch and give back one outcome per article.
 *
 * The pipeline and the dictionaries are imported only where the coding runs: with worker threads, the main thread
 * of an ingest never loads them (about 100 MB less resident memory).
 */
import { availableParallelism } from 'node:os';
import type { Article, ContractOutput } from '../../core/index.js';
import type { DictionaryOptions } from '../../dictionaries/index.js';
import type { CodingOutcome } from './code-for-store.js';
import type { WireOutcome } from './ingest-worker.js';
import { hasWorkerModule, workerPool } from './worker-pool.js';

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

function fromWire(outcome: WireOutcome): CodingOutcome {
  if (!outcome.ok) return outcome;
  return { ok: true, coded: { ...outcome.coded, output: JSON.parse(outcome.coded.outputJson) as ContractOutput } };
}

export function coderPool(workers: number, options: DictionaryOptions): CoderPool {
  if (workers <= 0 || !hasWorkerModule()) return inlineCoder(options);
  const pool = workerPool(workers, { dictionaries: options, writer: null });
  return {
    threads: workers,
    code: async (batch) => (await pool.run<WireOutcome[]>(batch)).map(fromWire),
    close: () => pool.close(),
  };
}
