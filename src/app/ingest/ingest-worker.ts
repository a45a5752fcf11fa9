/**
 * The worker thread of the ingest pool (piscina): loads the dictionaries once, then codes batches of articles.
 * Articles arrive and leave as structured clones, so only plain data crosses the thread boundary. The output goes
 * back as its JSON text alone: copying one string is cheap, while cloning the output's object tree (and the main
 * thread rebuilding it) costs the main thread about twice what parsing the JSON again does.
 */
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import type { Article } from '../../core/index.js';
import { loadDictionaries, type DictionaryOptions } from '../../dictionaries/index.js';
import type { CodedArticle } from '../../store/index.js';
import { codeForStore, type CodingOutcome } from './code-for-store.js';

/** A coded article as it crosses to the main thread: without `output`, which `outputJson` holds. */
export type CodedOnTheWire = Omit<CodedArticle, 'output' | 'outputJson'> & { readonly outputJson: string };

export type WireOutcome = { readonly ok: true; readonly coded: CodedOnTheWire } | Extract<CodingOutcome, { ok: false }>;

/**
 * Coding threads yield to the main thread, the ingest's one writer: when the workers fill every core, a writer that
 * waits for its turn holds up every batch behind it, and a second worker then makes the ingest slower, not faster.
 * Linux keeps a nice value per thread, so this lowers this thread only; elsewhere it would lower the whole process.
 */
const WORKER_NICE = 5;
if (process.platform === 'linux') setPriority(WORKER_NICE);

const dictionaries = loadDictionaries((workerData ?? {}) as DictionaryOptions);

function toWire(outcome: CodingOutcome): WireOutcome {
  if (!outcome.ok) return outcome;
  const { output, outputJson, ...rest } = outcome.coded;
  return { ok: true, coded: { ...rest, outputJson: outputJson ?? JSON.stringify(output) } };
}

export default function codeBatch(batch: readonly Article[]): WireOutcome[] {
  return batch.map((article) => toWire(codeForStore(article, dictionaries)));
}
