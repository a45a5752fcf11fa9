/**
 * The event store: where coded articles are kept, counted once, and queried. One small interface that every
 * store implements (SQLite now, PostgreSQL next); `event-store.case.ts` is the suite each one must pass.
 *
 * Writes go through `write`, which decides what is new; reads go through the Kysely handle `db`, so the queries in
 * `src/query` are written once for every store.
 */
import type { Kysely } from 'kysely';
import type { ContractOutput } from '../core/index.js';
import type { DyadDatabase } from './schema.js';

/** One coded article, ready to store: the contract output plus its fingerprints (computed where it was coded). */
export interface CodedArticle {
  readonly output: ContractOutput;
  readonly url: string | null;
  /** The article exactly as read, for `dyad show`. */
  readonly text: string;
  /** `textHash` of the body: equal for texts that differ only in case, spacing and punctuation. */
  readonly textHash: string;
  readonly signature: Uint32Array;
  /** `output` as JSON, when the coder already made it (a worker thread), so that the writer does not. */
  readonly outputJson?: string;
}

export type DuplicateReason = 'id' | 'url' | 'text';

export interface WriteSummary {
  readonly stored: number;
  /** Stored, and linked to the first article they nearly copy. */
  readonly nearDuplicates: number;
  /** Not stored: the same id, URL or normalised text is already there. */
  readonly duplicates: readonly { readonly id: string; readonly reason: DuplicateReason }[];
  readonly events: number;
  readonly quotes: number;
}

export interface ArticleKey {
  readonly id: string;
  readonly url: string | null;
}

export interface EventStore {
  /** The typed query handle the queries in `src/query` run on. */
  readonly db: Kysely<DyadDatabase>;
  /** Where the store lives, for messages: a file path or a connection name. */
  readonly location: string;
  /**
   * The database file, when worker threads of this process can each open a writer of their own on it (SQLite in
   * WAL mode, one writer at a time); absent when they cannot (`:memory:`, a database server).
   */
  readonly sharedFile?: SharedFile;
  /** Whether an article with this id or URL is stored: lets the ingest skip coding it again. */
  has(key: ArticleKey): Promise<boolean>;
  /** Stores a batch in one transaction: all of it, or (after a crash) none of it. */
  write(batch: readonly CodedArticle[]): Promise<WriteSummary>;
  close(): Promise<void>;
}

export interface SharedFile {
  readonly path: string;
  readonly options: StoreOptions;
}

export interface StoreOptions {
  /** Days per cluster window (fixed blocks from 1970-01-01); 3 by default. */
  readonly clusterWindowDays?: number;
}
