/**
 * Where the ingest hands its articles: a writer codes them and writes them to the store, each in its own way
 * (`thread-writers.ts`: worker threads that code and write; `main-thread-writer.ts`: the main thread writes what
 * the workers, or the main thread itself, coded). The ingest only reads, skips and adds up.
 */
import type { Article } from '../../core/index.js';
import type { WriteSummary } from '../../store/index.js';

export interface IngestWriter {
  /** Worker threads coding; 0 when the calling thread codes. */
  readonly threads: number;
  /** Articles per batch handed to `take`. */
  readonly taskSize: number;
  /** Codes a batch and writes it, now or with later batches; resolves once this batch is handled. */
  take(batch: readonly Article[]): Promise<void>;
  /** Writes what is still held, once every batch was taken. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export interface WriterEvents {
  /** A transaction committed the articles coded from `inputs` inputs (failed ones included). */
  readonly onWritten: (inputs: number, summary: WriteSummary) => void;
  readonly onFailed: (error: { readonly where: string; readonly problem: string }) => void;
}
