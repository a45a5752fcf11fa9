/**
 * The worker thread of the ingest pool (piscina): loads the dictionaries once, then takes tasks of articles.
 * Articles arrive as structured clones, so only plain data crosses the thread boundary. Two kinds of task:
 * - `codeAndWrite` (the pool of an SQLite file store): codes the articles and writes them in one transaction
 *   through this thread's own connection, taking turns with the other threads; only counts go back.
 * - `codeBatch` (the default; a store only the main thread can write): codes and sends the output back as its JSON
 *   text alone, since copying one string is cheap and cloning the output's object tree is not.
 */
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import type { Article } from '../../core/index.js';
import { loadDictionaries, type DictionaryOptions } from '../../dictionaries/index.js';
import type { CodedArticle, EventStore, SharedFile, WriteSummary } from '../../store/index.js';
// The SQLite store's module, not the store's index, which would load the PostgreSQL driver into every thread.
import { openSqliteStore } from '../../store/sqlite-event-store.js';
import { codeForStore, type CodingOutcome } from './code-for-store.js';
import { withWriteLock } from './write-lock.js';

export interface WorkerSetup {
  readonly dictionaries: DictionaryOptions;
  /** Present when the threads write what they code: the store's file and the lock its writers take turns with. */
  readonly writer: { readonly file: SharedFile; readonly lock: SharedArrayBuffer } | null;
}

/** A coded article as it crosses to the main thread: without `output`, which `outputJson` holds. */
export type CodedOnTheWire = Omit<CodedArticle, 'output' | 'outputJson'> & { readonly outputJson: string };

export type CodingFailure = Extract<CodingOutcome, { ok: false }>;

export type WireOutcome = { readonly ok: true; readonly coded: CodedOnTheWire } | CodingFailure;

/** What one `codeAndWrite` task did: the articles that could not be coded, and the write of the others. */
export interface WrittenTask {
  readonly failed: readonly CodingFailure[];
  readonly summary: WriteSummary;
}

const setup = workerData as WorkerSetup;

/**
 * When the main thread is the writer, coding threads yield to it: with the workers on every core, a writer waiting
 * for its turn holds up every batch behind it. Linux keeps a nice value per thread, so this lowers this thread only;
 * elsewhere it would lower the whole process.
 */
const WORKER_NICE = 5;
if (setup.writer === null && process.platform === 'linux') setPriority(WORKER_NICE);

const dictionaries = loadDictionaries(setup.dictionaries);

/**
 * Each writer's page cache. SQLite drops a connection's whole cache when another connection has committed since
 * its last transaction, so with the threads taking turns a cache serves one transaction only, and a small one costs
 * little while sparing memory in every thread.
 */
const WRITER_PAGE_CACHE_MB = 8;

/** This thread's connection, opened with its first task. */
let store: Promise<EventStore> | null = null;

function toWire(outcome: CodingOutcome): WireOutcome {
  if (!outcome.ok) return outcome;
  const { output, outputJson, ...rest } = outcome.coded;
  return { ok: true, coded: { ...rest, outputJson: outputJson ?? JSON.stringify(output) } };
}

export default function codeBatch(batch: readonly Article[]): WireOutcome[] {
  return batch.map((article) => toWire(codeForStore(article, dictionaries)));
}

export async function codeAndWrite(batch: readonly Article[]): Promise<WrittenTask> {
  const { writer } = setup;
  if (writer === null) throw new Error('this pool codes only: its threads have no store to write to');
  const coded: CodedArticle[] = [];
  const failed: CodingFailure[] = [];
  for (const article of batch) {
    const outcome = codeForStore(article, dictionaries);
    if (outcome.ok) coded.push(outcome.coded);
    else failed.push(outcome);
  }
  const target = await (store ??= openSqliteStore(writer.file.path, { ...writer.file.options, pageCacheMb: WRITER_PAGE_CACHE_MB }));
  const summary = await withWriteLock(writer.lock, () => target.write(coded));
  return { failed, summary };
}
