/**
 * The PostgreSQL event store: one database shared by every worker and API server. Chosen by a `postgres://` URL;
 * `?schema=name` keeps the tables in a schema of their own (created when missing), so that one database can hold
 * several stores, or a test run its own:
 *
 *   postgres://postgres@127.0.0.1:5432/test?schema=dyad_run7  -> tables dyad_run7.articles, dyad_run7.events, …
 *
 * Writes take one transaction per batch (see `postgres-write-batch.ts`); reads go through the same Kysely handle
 * and the same queries as SQLite.
 */
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect } from 'kysely';
import { DEFAULT_WINDOW_DAYS } from './cluster-key.js';
import type { CodedArticle, EventStore, StoreOptions, WriteSummary } from './event-store.js';
import { postgresMigrationProvider } from './postgres-migrations.js';
import { LostRace, writePostgresBatch } from './postgres-write-batch.js';
import type { DyadDatabase } from './schema.js';

export interface PostgresStoreOptions extends StoreOptions {
  /** Connections in the pool; 4 by default (a worker writes one batch at a time, an API server reads a few). */
  readonly poolSize?: number;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/u;
/** Deadlock and serialization failure: PostgreSQL rolled the transaction back, and running it again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);
const ATTEMPTS = 6;
const DUPLICATE = new Set(['23505', '42P06']);

export function isPostgresUrl(location: string): boolean {
  return /^postgres(?:ql)?:\/\//u.test(location);
}

/** The connection URL without `schema`, and the schema it names (or null for the default search path). */
export function parsePostgresUrl(location: string): { readonly connectionString: string; readonly schema: string | null } {
  const url = new URL(location);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  if (schema !== null && !SCHEMA_NAME.test(schema)) throw new Error(`${location}: schema "${schema}" is not a plain lower-case name`);
  return { connectionString: url.toString(), schema };
}

/** The URL with any password hidden, for messages. */
function displayName(location: string): string {
  const url = new URL(location);
  if (url.password) url.password = '***';
  return url.toString();
}

// Counts (bigint) and sums (numeric) come back as numbers, as they do from SQLite: a store never holds 2^53 rows.
const INT8 = 20;
const NUMERIC = 1700;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => (oid === INT8 || oid === NUMERIC ? Number : pg.types.getTypeParser(oid, format))) as typeof pg.types.getTypeParser,
};

async function migrate(db: Kysely<DyadDatabase>, schema: string | null): Promise<void> {
  // The migration tables live beside the store's: without a schema, Kysely would take another schema's for ours.
  const migrator = new Migrator({ db, provider: postgresMigrationProvider, migrationTableSchema: schema ?? 'public' });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) throw new Error(`database migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message}`);
}

function isRetryable(err: unknown): boolean {
  return err instanceof LostRace || RETRYABLE.has((err as { code?: string }).code ?? '');
}

async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const client = await pool.connect();
    try {
      await client.query('begin');
      const result = await work(client);
      await client.query('commit');
      return result;
    } catch (err) {
      await client.query('rollback').catch(() => undefined);
      if (attempt >= ATTEMPTS || !isRetryable(err)) throw err;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    } finally {
      client.release();
    }
  }
}

/** Opens (creating the schema and migrating when needed) the PostgreSQL store at `location`. */
export async function openPostgresStore(location: string, options: PostgresStoreOptions = {}): Promise<EventStore> {
  const { connectionString, schema } = parsePostgresUrl(location);
  const pool = new pg.Pool({ connectionString, max: options.poolSize ?? 4, types, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  try {
    if (schema) await pool.query(`create schema if not exists ${schema}`);
  } catch (err) {
    await pool.end();
    // Two workers creating the schema at once: "if not exists" can still fail with a duplicate; the schema is there.
    if (DUPLICATE.has((err as { code?: string }).code ?? '')) return openPostgresStore(location, options);
    throw new Error(`${displayName(location)}: ${(err as Error).message}`);
  }
  const db = new Kysely<DyadDatabase>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrate(db, schema);
  } catch (err) {
    await db.destroy();
    throw err;
  }
  const windowDays = options.clusterWindowDays ?? DEFAULT_WINDOW_DAYS;
  return {
    db,
    location: displayName(location),
    has: async (key) => {
      const found = await pool.query('select 1 from articles where id = $1 or url = $2 limit 1', [key.id, key.url]);
      return found.rowCount !== null && found.rowCount > 0;
    },
    write: (batch: readonly CodedArticle[]): Promise<WriteSummary> => inTransaction(pool, (client) => writePostgresBatch(client, batch, { windowDays, now: new Date().toISOString() })),
    close: () => db.destroy(),
  };
}

/** Drops a schema and everything in it: for tests and benchmarks that made their own. */
export async function dropPostgresSchema(location: string): Promise<void> {
  const { connectionString, schema } = parsePostgresUrl(location);
  if (!schema) throw new Error(`${displayName(location)}: no ?schema= to drop`);
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`drop schema if exists ${schema} cascade`);
  } finally {
    await client.end();
  }
}
