/**
 * The worker thread of the ingest pool (piscina): loads the dictionaries once, then codes batches of articles.
 * Articles arrive and leave as structured clones, so only plain data crosses the thread boundary. The output goes
 * back as its JSON text alone: copying one string is cheap, while cloning the output's object tree (and the main
 * thread rebuilding it) costs the main thread about twice what parsing the JSON again does.
 */
import { workerData } from 'node:worker_threads';
import type { Article } from '../../core/index.js';
import { loadDictionaries, type DictionaryOptions } from '../../dictionaries/index.js';
import type { CodedArticle } from '../../store/index.js';
import { codeForStore, type CodingOutcome } from './code-for-store.js';

/** A coded article as it crosses to the main thread: without `output`, which `outputJson` holds. */
export type CodedOnTheWire = Omit<CodedArticle, 'output' | 'outputJson'> & { readonly outputJson: string };

export type WireOutcome = { readonly ok: true; readonly coded: CodedOnTheWire } | Extract<CodingOutcome, { ok: false }>;

const dictionaries = loadDictionaries((workerData ?? {}) as DictionaryOptions);

function toWire(outcome: CodingOutcome): WireOutcome {
  if (!outcome.ok) return outcome;
  const { output, outputJson, ...rest } = outcome.coded;
  return { ok: true, coded: { ...rest, outputJson: outputJson ?? JSON.stringify(output) } };
}

export default function codeBatch(batch: readonly Article[]): WireOutcome[] {
  return batch.map((article) => toWire(codeForStore(article, dictionaries)));
}
