/**
 * Migration 0004 fills the series rollup of a store that already holds day sums: the rows must be what the writer
 * would have kept, on SQLite and (with DYAD_TEST_POSTGRES) on PostgreSQL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { netPeriodRows } from '../../src/store/dyad-periods.js';
import { MIGRATIONS, openPostgresStore, openSqliteStore, parsePostgresUrl, POSTGRES_MIGRATIONS, type DyadDatabase, type DyadDayTable, type EventStore } from '../../src/store/index.js';
import { dropSchemas, POSTGRES_SKIP, POSTGRES_URL, postgresSchemaUrl } from '../support/services.js';

const DAYS: readonly DyadDayTable[] = [
  { source_code: 'RUS', target_code: 'IGOWSTNAT', day: '2021-10-18', quad_class: 4, clusters: 2, mentions: 5, goldstein_sum: -8 },
  { source_code: 'RUSGOV', target_code: 'IGOWSTNAT', day: '2021-10-24', quad_class: 4, clusters: 1, mentions: 1, goldstein_sum: -4 },
  { source_code: 'RUSGOV', target_code: 'IGOWSTNAT', day: '2021-11-01', quad_class: 1, clusters: 1, mentions: 2, goldstein_sum: 1.9 },
  { source_code: 'RUSMIL', target_code: 'UKR', day: '2022-01-02', quad_class: 4, clusters: 1, mentions: 1, goldstein_sum: -10 },
  // A cluster that moved away: nothing left to roll up.
  { source_code: 'RUS', target_code: 'UKR', day: '2022-01-03', quad_class: 4, clusters: 0, mentions: 0, goldstein_sum: 0 },
  { source_code: 'ABCDE', target_code: 'UKR', day: '2022-01-03', quad_class: 2, clusters: 1, mentions: 1, goldstein_sum: 7 },
];

/** Migrations up to `last`, the store as an older dyad left it. */
function upTo(migrations: Readonly<Record<string, Migration>>, last: string): { getMigrations: () => Promise<Record<string, Migration>> } {
  return { getMigrations: () => Promise.resolve(Object.fromEntries(Object.entries(migrations).filter(([name]) => name <= last))) };
}

async function fillOldStore(db: Kysely<DyadDatabase>, migrator: Migrator): Promise<void> {
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
  await db.insertInto('dyad_days').values([...DAYS]).execute();
  await db.destroy();
}

async function expectRollup(store: EventStore): Promise<void> {
  const rows = await store.db.selectFrom('dyad_periods').selectAll().execute();
  const byKey = (r: { source_prefix: string; target_prefix: string; unit: string; period: string; quad_class: number }): string => [r.source_prefix, r.target_prefix, r.unit, r.period, r.quad_class].join(' ');
  expect(rows.map((r) => ({ ...r, goldstein_sum: Math.round(r.goldstein_sum * 100) / 100 })).sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1))).toEqual(
    netPeriodRows(DAYS).map((r) => ({ ...r, goldstein_sum: Math.round(r.goldstein_sum * 100) / 100 })).sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1)),
  );
  await store.close();
}

describe('migration 0004 on SQLite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-periods-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('rolls up the day sums a store already holds, as the writer would have', async () => {
    const path = join(dir, 'old.db');
    const db = new Kysely<DyadDatabase>({ dialect: new SqliteDialect({ database: new Database(path) }) });
    await fillOldStore(db, new Migrator({ db, provider: upTo(MIGRATIONS, '0003-drop-unused-event-indexes') }));
    await expectRollup(await openSqliteStore(path));
  });
});

if (POSTGRES_URL === null) {
  describe.skip(`migration 0004 on PostgreSQL (${POSTGRES_SKIP})`, () => {
    it('rolls up the day sums a store already holds', () => undefined);
  });
} else {
  const base = POSTGRES_URL;
  afterAll(dropSchemas);

  describe('migration 0004 on PostgreSQL', () => {
    it('rolls up the day sums a store already holds, as the writer would have', async () => {
      const url = postgresSchemaUrl(base);
      const { connectionString, schema } = parsePostgresUrl(url);
      const pool = new pg.Pool({ connectionString, options: `-c search_path=${schema ?? 'public'}` });
      await pool.query(`create schema ${schema ?? 'public'}`);
      const db = new Kysely<DyadDatabase>({ dialect: new PostgresDialect({ pool }) });
      await fillOldStore(db, new Migrator({ db, provider: upTo(POSTGRES_MIGRATIONS, '0001-initial'), migrationTableSchema: schema ?? 'public' }));
      await expectRollup(await openPostgresStore(url));
    });
  });
}
