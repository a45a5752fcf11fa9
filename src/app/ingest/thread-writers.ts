/**
 * Worker threads that code and write: each task is one transaction's worth of articles, which a thread codes and
 * writes through its own connection to the store's file, the threads taking turns at writing through a shared
 * lock. Coding and writing thus run on every thread at once, and the main thread never sees the coded output.
 * A transaction holds its articles' writer logic whole (duplicates, near-duplicates, clusters), so transactions
 * that follow one another keep it correct whichever thread runs them.
 */
import type { Article } from '../../core/index.js';
import type { DictionaryOptions } from '../../dictionaries/index.js';
import type { SharedFile } from '../../store/index.js';
import type { WrittenTask } from './ingest-worker.js';
import type { IngestWriter, WriterEvents } from './ingest-writer.js';
import { workerPool } from './worker-pool.js';
import { createWriteLock } from './write-lock.js';

export function threadWriters(threads: number, dictionaries: DictionaryOptions, file: SharedFile, batchSize: number, events: WriterEvents): IngestWriter {
  const pool = workerPool(threads, { dictionaries, writer: { file, lock: createWriteLock() } });
  return {
    threads,
    taskSize: batchSize,
    take: async (batch: readonly Article[]) => {
      const { failed, summary } = await pool.run<WrittenTask>(batch, 'codeAndWrite');
      for (const failure of failed) events.onFailed(failure);
      events.onWritten(batch.length, summary);
    },
    flush: () => Promise.resolve(),
    close: () => pool.close(),
  };
}
