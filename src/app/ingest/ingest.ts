/**
 * `ingest`: reads inputs as a stream, skips what the store already holds, and hands the rest to a writer that codes
 * them and writes them in transactions of up to `batchSize` articles (256). At most `2 x threads` batches are in
 * flight at once, so memory stays flat whatever the input size; a killed run loses only uncommitted articles, which
 * the next run codes again.
 *
 * With worker threads and an SQLite file, each thread codes and writes its own transactions, and the main thread
 * only reads, checks keys and adds up (see docs/store.md, "Speed"). Otherwise the main thread writes what the
 * workers code.
 */
import type { Readable } from 'node:stream';
import type { Article, PartialDate } from '../../core/index.js';
import type { DictionaryOptions } from '../../dictionaries/index.js';
import type { InputError } from '../../input/index.js';
import type { EventStore } from '../../store/index.js';
import { coderPool } from './coder-pool.js';
import type { IngestWriter, WriterEvents } from './ingest-writer.js';
import { mainThreadWriter } from './main-thread-writer.js';
import { readSources } from './read-sources.js';
import { threadWriters } from './thread-writers.js';
import { hasWorkerModule } from './worker-pool.js';

export interface IngestOptions {
  readonly store: EventStore;
  /** Worker threads; 0 codes in the calling thread. */
  readonly workers: number;
  readonly date: PartialDate | null;
  readonly dictionaries?: DictionaryOptions;
  readonly stdin: () => Readable;
  /** Articles per write transaction: 256 by default. */
  readonly batchSize?: number;
  /** Articles per coding task when the main thread writes: 32 by default, never more than a transaction. */
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

function openWriter(options: IngestOptions, events: WriterEvents): IngestWriter {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  const dictionaries = options.dictionaries ?? {};
  const file = options.store.sharedFile;
  if (options.workers > 0 && file && hasWorkerModule()) return threadWriters(options.workers, dictionaries, file, batchSize, events);
  return mainThreadWriter(coderPool(options.workers, dictionaries), options.store, { batchSize, taskSize: options.taskSize ?? DEFAULT_TASK }, events);
}

export async function ingest(names: readonly string[], options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const totals: Totals = { read: 0, stored: 0, nearDuplicates: 0, duplicates: 0, failed: 0, events: 0, quotes: 0, bytes: 0, written: 0 };
  const report = (): void => options.onProgress?.({ read: totals.read, written: totals.written, bytes: totals.bytes });
  const fail = (error: { readonly where: string; readonly problem: string }): void => {
    totals.failed++;
    options.onError?.({ where: error.where, problem: error.problem });
  };
  const writer = openWriter(options, {
    onFailed: fail,
    onWritten: (inputs, summary) => {
      totals.stored += summary.stored;
      totals.nearDuplicates += summary.nearDuplicates;
      totals.duplicates += summary.duplicates.length;
      totals.events += summary.events;
      totals.quotes += summary.quotes;
      totals.written += inputs;
      report();
    },
  });
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = Math.max(2, writer.threads * 2);

  // A failed write (disk full, locked database) stops the ingest: what is committed stays, the rest is redone later.
  let failure: Error | null = null;
  const dispatch = async (batch: readonly Article[]): Promise<void> => {
    while (inFlight.size >= maxInFlight) await Promise.race(inFlight);
    if (failure) throw failure;
    const task: Promise<void> = writer
      .take(batch)
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
        fail(item);
        continue;
      }
      if (await options.store.has({ id: item.id, url: item.url })) {
        totals.duplicates++;
        continue;
      }
      batch.push(item);
      if (batch.length >= writer.taskSize) {
        await dispatch(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await dispatch(batch);
    await Promise.all(inFlight);
    if (failure) throw failure;
    await writer.flush();
  } finally {
    await Promise.allSettled(inFlight);
    await writer.close();
  }
  report();
  const { read, stored, nearDuplicates, duplicates, failed, events, quotes } = totals;
  return { read, stored, nearDuplicates, duplicates, failed, events, quotes, seconds: (performance.now() - started) / 1000, threads: writer.threads };
}

function isError(item: Article | InputError): item is InputError {
  return item instanceof Error;
}
