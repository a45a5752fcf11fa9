/**
 * Migration 0005 rebuilds tables (SQLite: without rowid) and drops `cluster_articles` and unused indexes: a store
 * that an older dyad left must keep every other row, and its writer must go on adding to them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, sql, SqliteDialect, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, openPostgresStore, openSqliteStore, parsePostgresUrl, POSTGRES_MIGRATIONS, type DyadDatabase, type EventStore } from '../../src/store/index.js';
import { dropSchemas, POSTGRES_SKIP, POSTGRES_URL, postgresSchemaUrl } from '../support/services.js';
import { coded, event, story } from './coded-article.fixture.js';

const BANDS = [
  { band: 0, hash: 17, article_id: 'old1' },
  { band: 1, hash: 99, article_id: 'old1' },
];
const SOURCES = [{ cluster_id: 'UKR|RUS|19|asserted|news|w3:6306', member: 'one.example' }];
const CLUSTER = 'RUS|IGOWSTNAT|16|asserted|news|w3:6306';
const DAYS = [{ source_code: 'RUS', target_code: 'IGOWSTNAT', day: '2021-10-18', quad_class: 4, clusters: 1, mentions: 1, goldstein_sum: -4 }];

/** Migrations up to `last`, the store as an older dyad left it. */
function upTo(migrations: Readonly<Record<string, Migration>>, last: string): { getMigrations: () => Promise<Record<string, Migration>> } {
  return { getMigrations: () => Promise.resolve(Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last))) };
}

async function fillOldStore(db: Kysely<DyadDatabase>, migrator: Migrator): Promise<void> {
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  await db.insertInto('article_bands').values(BANDS).execute();
  await db.insertInto('cluster_sources').values(SOURCES).execute();
  await db.insertInto('dyad_days').values(DAYS).execute();
  await sql`insert into cluster_articles values ('UKR|RUS|19|asserted|news|w3:6306', 'old1')`.execute(db);
  await db.destroy();
}

async function expectKeptRows(store: EventStore): Promise<void> {
  expect(await store.db.selectFrom('article_bands').selectAll().orderBy('band').execute()).toEqual(BANDS);
  expect(await store.db.selectFrom('cluster_sources').selectAll().execute()).toEqual(SOURCES);
  expect(await store.db.selectFrom('dyad_days').selectAll().execute()).toEqual(DAYS);
  await expect(sql`select count(*) from cluster_articles`.execute(store.db)).rejects.toThrow(/cluster_articles/u);
  // The writer adds to the rebuilt tables: a second cluster on the same day sum, a publisher to its new cluster.
  await store.write([coded({ id: 'new1', url: 'https://one.example/new1', text: story('new1'), events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-18')] })]);
  const day = await store.db.selectFrom('dyad_days').selectAll().where('day', '=', '2021-10-18').executeTakeFirstOrThrow();
  expect(day).toMatchObject({ clusters: 2, mentions: 2 });
  expect(await store.db.selectFrom('cluster_sources').selectAll().orderBy('cluster_id').execute()).toEqual([{ cluster_id: CLUSTER, member: 'one.example' }, ...SOURCES]);
  expect(await store.db.selectFrom('clusters').select(['id', 'articles', 'sources']).execute()).toEqual([{ id: CLUSTER, articles: 1, sources: 1 }]);
  await store.close();
}

describe('migration 0005 on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-lean-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the rows of the rebuilt tables, drops cluster_articles, and the writer adds to them', async () => {
    const path = join(dir, 'old.db');
    const db = new Kysely<DyadDatabase>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    await fillOldStore(db, new Migrator({ db, provider: upTo(MIGRATIONS, '0004-dyad-periods') }));
    const store = await openSqliteStore(path);
    const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' and sql like '%without rowid'`.execute(store.db);
    expect(tables.rows.map((t) => t.name).sort()).toEqual(['article_bands', 'cluster_sources', 'dyad_days', 'dyad_periods']);
    await expectKeptRows(store);
  });
});

if (POSTGRES_URL === null) {
  describe.skip(`migration 0005 on PostgreSQL (${POSTGRES_SKIP})`, () => {
    it('keeps the rows of the other tables and drops cluster_articles', () => undefined);
  });
} else {
  const base = POSTGRES_URL;
  afterAll(dropSchemas);

  describe('migration 0005 on PostgreSQL', () => {
    it('keeps the rows of the other tables, drops cluster_articles, and the writer adds to them', async () => {
      const url = postgresSchemaUrl(base);
      const { connectionString, schema } = parsePostgresUrl(url);
      const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema ?? 'public'}` });
      await pool.query(`create schema ${schema ?? 'public'}`);
      const db = new Kysely<DyadDatabase>({ dialect: new PostgresDialect({ pool }) });
      await fillOldStore(db, new Migrator({ db, provider: upTo(POSTGRES_MIGRATIONS, '0004-dyad-periods'), migrationTableSchema: schema ?? 'public' }));
      await expectKeptRows(await openPostgresStore(url));
    });
  });
}
