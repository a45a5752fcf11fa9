/**
 * The SQLite event store: one file (`./dyad.db` by default), WAL mode so that readers never block the writer and
 * a killed process leaves the last committed batch intact. Writes run synchronously in one transaction per batch;
 * several connections (worker threads, processes) may write, one transaction at a time.
 */
import Database from 'better-sqlite3';
import { Kysely, Migrator, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely';
import { DEFAULT_WINDOW_DAYS } from './cluster-key.js';
import type { CodedArticle, EventStore, StoreOptions, WriteSummary } from './event-store.js';
import { migrationProvider } from './migrations.js';
import { bind, type PreparedQuery } from './prepared-query.js';
import type { DyadDatabase } from './schema.js';
import { writeArticles, type StatementRunner } from './write-articles.js';
import { writeStatements, type WriteStatementName } from './write-statements.js';

export const DEFAULT_DB = './dyad.db';

type Sqlite = Database.Database;

export interface SqliteStoreOptions extends StoreOptions {
  /** SQLite's page cache of this connection, in MB: 32 by default. */
  readonly pageCacheMb?: number;
}

const DEFAULT_PAGE_CACHE_MB = 32;

function configure(sqlite: Sqlite, pageCacheMb: number): void {
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a power cut may lose the last transactions, never corrupt the file; a killed process loses nothing committed.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // A negative size is in KiB.
  sqlite.pragma(`cache_size = ${-Math.round(pageCacheMb * 1024)}`);
}

/**
 * SQLite's DDL is transactional, but Kysely's adapter says otherwise, so its Migrator would run each migration
 * outside a transaction and a process killed midway would leave tables without the row that records them. This
 * adapter lets the Migrator wrap all pending migrations in one transaction: either all of them apply, or none.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SqliteStoreDialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

export async function migrate(db: Kysely<DyadDatabase>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`);
}

function statementRunner(sqlite: Sqlite, db: Kysely<DyadDatabase>): StatementRunner {
  const prepared = new Map<WriteStatementName, { readonly query: PreparedQuery; readonly statement: Database.Statement }>();
  for (const [name, query] of Object.entries(writeStatements(db)) as [WriteStatementName, PreparedQuery][]) {
    prepared.set(name, { query, statement: sqlite.prepare(query.sql) });
  }
  const use = (name: WriteStatementName): { readonly query: PreparedQuery; readonly statement: Database.Statement } => {
    const entry = prepared.get(name);
    if (!entry) throw new Error(`no statement ${name}`);
    return entry;
  };
  // The positional values go as one array: better-sqlite3 binds it as it would spread arguments, with less work.
  return {
    run: (name, values) => {
      const { query, statement } = use(name);
      return statement.run(bind(query, values)).changes;
    },
    get: <T>(name: WriteStatementName, values: object) => {
      const { query, statement } = use(name);
      return statement.get(bind(query, values)) as T | undefined;
    },
    all: <T>(name: WriteStatementName, values: object) => {
      const { query, statement } = use(name);
      return statement.all(bind(query, values)) as T[];
    },
  };
}

/** `:memory:` and `''` (a temporary file) are databases only their own connection sees. */
function isPrivate(path: string): boolean {
  return path === ':memory:' || path === '';
}

/** Opens (creating and migrating when needed) the SQLite store at `path`; `:memory:` for tests. */
export async function openSqliteStore(path: string = DEFAULT_DB, options: SqliteStoreOptions = {}): Promise<EventStore> {
  const sqlite = new Database(path);
  configure(sqlite, options.pageCacheMb ?? DEFAULT_PAGE_CACHE_MB);
  const db = new Kysely<DyadDatabase>({ dialect: new SqliteStoreDialect({ database: sqlite }) });
  await migrate(db);
  const runner = statementRunner(sqlite, db);
  const windowDays = options.clusterWindowDays ?? DEFAULT_WINDOW_DAYS;
  const transaction = sqlite.transaction((batch: readonly CodedArticle[]): WriteSummary => writeArticles(runner, batch, { windowDays, now: new Date().toISOString() }));
  return {
    db,
    location: path,
    ...(isPrivate(path) ? {} : { sharedFile: { path, options: { clusterWindowDays: windowDays } } }),
    has: (key) => Promise.resolve(Boolean(runner.get('articleById', { value: key.id }) ?? (key.url !== null ? runner.get('articleByUrl', { value: key.url }) : undefined))),
    // IMMEDIATE takes the write lock at BEGIN: a transaction that began reading could not take it after another
    // connection's commit, and would fail at once instead of waiting for its turn.
    write: (batch) => Promise.resolve(transaction.immediate(batch)),
    close: async () => {
      await db.destroy();
    },
  };
}
