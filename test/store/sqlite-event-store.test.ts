import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, openSqliteStore } from '../../src/store/index.js';
import { coded, event, story } from './coded-article.fixture.js';
import { runEventStoreCases } from './event-store.case.js';

runEventStoreCases('SQLite in memory', () => openSqliteStore(':memory:'));

describe('SQLite event store file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-store-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps what was written across a reopen, in WAL mode, with every migration recorded', async () => {
    const path = join(dir, 'reopen.db');
    const first = await openSqliteStore(path);
    await first.write([coded({ id: 'a1', text: story('one'), events: [event('RUS', '161', 'UKR', '2022-02-24')] })]);
    await first.close();
    const second = await openSqliteStore(path);
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(second.db);
    expect(mode.rows[0]?.journal_mode).toBe('wal');
    const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(second.db);
    expect(migrations.rows.map((m) => m.name)).toEqual(Object.keys(MIGRATIONS));
    expect(await second.has({ id: 'a1', url: null })).toBe(true);
    await second.close();
  });
});
