/**
 * Crash safety of the SQLite store beyond test/store/ingest-cli.test.ts (SIGKILL during ingest): SIGKILL during a
 * migration, and a full disk (a 2 MB tmpfs; skipped with the reason when mounting is not permitted). After
 * either, the database opens, passes PRAGMA integrity_check, and a rerun ends with the counts of an uninterrupted
 * run. Runs the compiled CLI in its own process, so the suite builds `dist` first.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../src/store/index.js';

const ROOT = join(import.meta.dirname, '..', '..');
let BIN = join(ROOT, 'bin', 'dyad.js');
let dir: string;

function dyad(args: readonly string[]): { status: number | null; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { status: r.status, stderr: r.stderr };
}

function check(db: string): { integrity: string; migrations: number; articles: number; events: number } {
  const sqlite = new Database(db, { fileMustExist: true });
  try {
    const one = (q: string): number => Number((sqlite.prepare(q).get() as { n: number | null }).n ?? 0);
    const integrity = (sqlite.prepare('pragma integrity_check').get() as { integrity_check: string }).integrity_check;
    return { integrity, migrations: one('select count(*) n from kysely_migration'), articles: one('select count(*) n from articles'), events: one('select count(*) n from events') };
  } finally {
    sqlite.close();
  }
}

/** Articles of `words` words each, all different. */
function corpus(path: string, count: number, words: number): string {
  const lines = Array.from({ length: count }, (_, i) => {
    const text = `Report ${i}. ${Array.from({ length: words / 10 }, (_, j) => `France condemned Germany over deal ${i}-${j} on Monday.`).join(' ')}`;
    return JSON.stringify({ id: `a${i}`, published: '2022-03-14', text });
  });
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'dyad-crash-'));
  // The CLI runs from a snapshot of the build: another suite rebuilding dist meanwhile cannot hand it half-written files.
  const app = join(dir, 'app');
  for (const part of ['dist', 'bin', 'package.json']) cpSync(join(ROOT, part), join(app, part), { recursive: true });
  for (const part of ['node_modules', 'data']) symlinkSync(join(ROOT, part), join(app, part));
  BIN = join(app, 'bin', 'dyad.js');
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('crash safety', () => {
  it('SIGKILL while the migrations run leaves a database that opens, checks ok and finishes migrating', async () => {
    const input = corpus(join(dir, 'small.jsonl'), 5, 40);
    const states: number[] = [];
    // The kill lands 0-500 ms after the database file appears, when the migrations are running.
    for (const delay of [0, 20, 50, 100, 150, 200, 300, 500]) {
      const db = join(dir, `migrate-${delay}.db`);
      const child = spawn(process.execPath, [BIN, 'ingest', input, '--db', db, '--no-progress', '--workers', '0'], { stdio: 'ignore' });
      const exited = new Promise((resolve) => child.on('exit', resolve));
      while (!existsSync(db) && child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 1));
      await new Promise((resolve) => setTimeout(resolve, delay));
      child.kill('SIGKILL');
      await exited;
      try {
        states.push(check(db).migrations);
      } catch {
        states.push(-1); // killed before the migration table was made
      }
      const rerun = dyad(['ingest', input, '--db', db, '--no-progress', '--workers', '0']);
      expect(rerun.status, rerun.stderr).toBe(0);
      const after = check(db);
      expect(after.integrity).toBe('ok');
      expect(after.migrations).toBe(Object.keys(MIGRATIONS).length);
      expect(after.articles).toBe(5);
    }
    // How far each killed run got (-1: no migration table yet); printed so that a run shows it hit the migrations.
    console.log(`migrations applied when killed: ${states.join(' ')} of ${Object.keys(MIGRATIONS).length}`);
  }, 300_000);

  it('a full disk stops the ingest with one error line; the database checks ok and a rerun with space completes it', () => {
    const mount = join(dir, 'small-disk');
    mkdirSync(mount);
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', mount], { encoding: 'utf8' });
    if (mounted.status !== 0) {
      console.log(`skipped: cannot mount a 2 MB tmpfs (${(mounted.stderr || mounted.error?.message || 'not permitted').trim()})`);
      return;
    }
    try {
      const input = corpus(join(dir, 'big.jsonl'), 300, 300);
      const whole = join(dir, 'whole.db');
      expect(dyad(['ingest', input, '--db', whole, '--no-progress']).status).toBe(0);
      const expected = check(whole);

      const db = join(mount, 'full.db');
      const full = dyad(['ingest', input, '--db', db, '--no-progress']);
      expect(full.status).not.toBe(0);
      expect(full.stderr.trim().split('\n')).toHaveLength(1);
      expect(full.stderr).not.toMatch(/^\s+at /mu);
      const partial = check(db);
      expect(partial.integrity).toBe('ok');
      expect(partial.articles).toBeLessThan(expected.articles);

      expect(spawnSync('mount', ['-o', 'remount,size=256m', mount]).status).toBe(0);
      expect(dyad(['ingest', input, '--db', db, '--no-progress']).status).toBe(0);
      expect(check(db)).toEqual(expected);
    } finally {
      spawnSync('umount', [mount]);
    }
  }, 300_000);
});
