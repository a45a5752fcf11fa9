/**
 * The main thread as the one writer: workers (or the main thread itself) code each batch, and the main thread
 * writes the coded articles in transactions of up to `batchSize`. For stores that worker threads cannot open
 * themselves (`:memory:`, PostgreSQL), and for `workers: 0`.
 */
import type { CodedArticle, EventStore } from '../../store/index.js';
import type { CoderPool } from './coder-pool.js';
import type { IngestWriter, WriterEvents } from './ingest-writer.js';

export interface MainThreadWriterOptions {
  readonly batchSize: number;
  readonly taskSize: number;
}

export function mainThreadWriter(pool: CoderPool, store: EventStore, options: MainThreadWriterOptions, events: WriterEvents): IngestWriter {
  // Coded articles waiting for the next transaction, and how many inputs (failed ones included) they stand for.
  let unwritten: CodedArticle[] = [];
  let unwrittenInputs = 0;

  const write = async (): Promise<void> => {
    const coded = unwritten;
    const inputs = unwrittenInputs;
    unwritten = [];
    unwrittenInputs = 0;
    if (inputs > 0) events.onWritten(inputs, await store.write(coded));
  };

  return {
    threads: pool.threads,
    taskSize: Math.min(options.taskSize, options.batchSize),
    take: async (batch) => {
      for (const outcome of await pool.code(batch)) {
        if (outcome.ok) unwritten.push(outcome.coded);
        else events.onFailed(outcome);
      }
      unwrittenInputs += batch.length;
      if (unwritten.length >= options.batchSize) await write();
    },
    flush: write,
    close: () => pool.close(),
  };
}
