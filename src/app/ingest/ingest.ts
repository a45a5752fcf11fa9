/**
 * `ingest`: reads inputs as a stream, skips what the store already holds, codes the rest on the worker pool and
 * writes the coded articles in transactions of up to `batchSize` articles (256). At most `2 x threads` coding tasks
 * and one transaction's worth of coded articles are held at once, so memory stays flat whatever the input size; a
 * killed run loses only uncommitted articles, which the next run codes again.
 *
 * The main thread only reads, checks keys and writes: on a machine with as many cores as workers, its time per
 * article is taken from the workers, so it is kept small (see docs/store.md, "Speed").
 */
import type { Readable } from 'node:stream';
import type { Article, PartialDate } from '../../core/index.js';
import type { DictionaryOptions } from '../../dictionaries/index.js';
import type { InputError } from '../../input/index.js';
import type { CodedArticle, EventStore } from '../../store/index.js';
import { coderPool } from './coder-pool.js';
import { readSources } from './read-sources.js';

export interface IngestOptions {
  readonly store: EventStore;
  /** Worker threads; 0 codes in the calling thread. */
  readonly workers: number;
  readonly date: PartialDate | null;
  readonly dictionaries?: DictionaryOptions;
  readonly stdin: () => Readable;
  /** Articles per write transaction: 256 by default. */
  readonly batchSize?: number;
  /** Articles per worker task: 32 by default, never more than a transaction. */
  readonly taskSize?: number;
  readonly onError?: (error: { readonly where: string; readonly problem: string }) => void;
  readonly onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  readonly read: number;
  readonly written: number;
  readonly bytes: number;
}

export interface IngestSummary {
  readonly read: number;
  readonly stored: number;
  readonly nearDuplicates: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly events: number;
  readonly quotes: number;
  readonly seconds: number;
  readonly threads: number;
}

interface Totals {
  read: number;
  stored: number;
  nearDuplicates: number;
  duplicates: number;
  failed: number;
  events: number;
  quotes: number;
  bytes: number;
  written: number;
}

const DEFAULT_TASK = 32;
/**
 * A transaction's fixed cost (commit, WAL pages of the indexes it touches) is shared by its articles: 256 articles a
 * transaction take about 0.7 of the writer's CPU time per article that 32 take, and hold ~20 MB of coded output.
 */
const DEFAULT_BATCH = 256;

export async function ingest(names: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const pool = coderPool(options.workers, options.dictionaries ?? {});
  const totals: Totals = { read: 0, stored: 0, nearDuplicates: 0, duplicates: 0, failed: 0, events: 0, quotes: 0, bytes: 0, written: 0 };
  const report = (): void => options.onProgress?.({ read: totals.read, written: totals.written, bytes: totals.bytes });
  const fail = (error: { readonly where: string; readonly problem: string }): void => {
    totals.failed++;
    options.onError?.(error);
  };
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, pool.threads * 2);

  // Coded articles waiting for the next transaction, and how many inputs (failed ones included) they stand for.
  let unwritten: CodedArticle[] = [];
  let unwrittenInputs = 0;
  const writeBatch = options.batchSize ?? DEFAULT_BATCH;
  const taskSize = Math.min(options.taskSize ?? DEFAULT_TASK, writeBatch);

  const write = async (): Promise<void> => {
    const coded = unwritten;
    const inputs = unwrittenInputs;
    unwritten = [];
    unwrittenInputs = 0;
    if (inputs === 0) return;
    const summary = await options.store.write(coded);
    totals.stored += summary.stored;
    totals.nearDuplicates += summary.nearDuplicates;
    totals.duplicates += summary.duplicates.length;
    totals.events += summary.events;
    totals.quotes += summary.quotes;
    totals.written += inputs;
    report();
  };

  const codeAndWrite = async (batch: readonly Article[]): Promise<void> => {
    const outcomes = await pool.code(batch);
    for (const outcome of outcomes) {
      if (outcome.ok) unwritten.push(outcome.coded);
      else fail(outcome);
    }
    unwrittenInputs += batch.length;
    if (unwritten.length >= writeBatch) await write();
  };

  // A failed write (disk full, locked database) stops the ingest: what is committed stays, the rest is redone later.
  let failure: Error | null = null;
  const dispatch = async (batch: readonly Article[]): Promise<void> => {
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    if (failure) throw failure;
    const task: Promise<void> = codeAndWrite(batch)
      .catch((err: unknown) => void (failure ??= err as Error))
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  };

  try {
    let batch: Article[] = [];
    const sources = readSources(names, { date: options.date, stdin: options.stdin, onBytes: (n) => (totals.bytes += n) });
    for await (const item of sources) {
      totals.read++;
      if (isError(item)) {
        fail({ where: item.where, problem: item.problem });
        continue;
      }
      if (await options.store.has({ id: item.id, url: item.url })) {
        totals.duplicates++;
        continue;
      }
      batch.push(item);
      if (batch.length >= taskSize) {
        await dispatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await dispatch(batch);
    await Promise.all(inFlight);
    if (failure) throw failure;
    await write();
  } finally {
    await Promise.allSettled(inFlight);
    await pool.close();
  }
  report();
  const { read, stored, nearDuplicates, duplicates, failed, events, quotes } = totals;
  return { read, stored, nearDuplicates, duplicates, failed, events, quotes, seconds: (performance.now() - started) / 1000, threads: pool.threads };
}

function isError(item: Article | InputError): item is InputError {
  return item instanceof Error;
}
