/**
 * The worker thread of the ingest pool (piscina): loads the dictionaries once, then codes batches of articles.
 * Articles arrive and leave as structured clones, so only plain data crosses the thread boundary.
 */
import { workerData } from 'node:worker_threads';
import type { Article } from '../../core/index.js';
import { loadDictionaries, type DictionaryOptions } from '../../dictionaries/index.js';
import { codeForStore, type CodingOutcome } from './code-for-store.js';

const dictionaries = loadDictionaries((workerData ?? {}) as DictionaryOptions);

export default function codeBatch(batch: readonly Article[]): CodingOutcome[] {
  return batch.map((article) => codeForStore(article, dictionaries));
}
