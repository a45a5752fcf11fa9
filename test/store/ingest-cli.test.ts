/**
 * The ingest command as a user runs it: `node bin/dyad.js ingest` in its own process, killed with SIGKILL midway
 * and run again. Needs the compiled CLI, so the suite builds `dist` first.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: the corpus generator is plain JavaScript shared with the benchmarks.
import { generateCorpus, toJsonLine } from '../../scripts/corpus/generate.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dyad.js');
// Enough articles that the ingest is still running when the poll below sees the first batches committed, even as coding gets faster.
const ARTICLES = 600;

let dir: string;
let corpus: string;
/** The store of one uninterrupted ingest of the corpus, and its counts. */
let whole: string;
let expected: Counts;

function run(args: readonly string[]): { status: number; stdout: string } {
  try {
    return { status: 0, stdout: execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }) };
  } catch (err) {
    const e = err as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

interface Counts {
  readonly articles: number;
  readonly events: number;
  readonly clusters: number;
  readonly mentions: number;
  readonly quotes: number;
  readonly dyadDays: number;
}

/** Counts read through a second connection, as another process would see them. */
function counts(db: string): Counts {
  const sqlite = new Database(db, { readonly: true, fileMustExist: true });
  try {
    const one = (query: string): number => Number((sqlite.prepare(query).get() as { n: number | null }).n ?? 0);
    return {
      articles: one('select count(*) n from articles'),
      events: one('select count(*) n from events'),
      clusters: one('select count(*) n from clusters'),
      mentions: one('select sum(mentions) n from clusters'),
      quotes: one('select count(*) n from quotes'),
      dyadDays: one('select sum(clusters) n from dyad_days'),
    };
  } finally {
    sqlite.close();
  }
}

function articleCount(db: string): number {
  try {
    return counts(db).articles;
  } catch {
    return 0;
  }
}

/** Starts an ingest and SIGKILLs it once some batches are committed; resolves with the count at the kill. */
function ingestAndKill(db: string, killAfter: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', db, '--workers', '2', '--batch', '16'], { stdio: 'ignore' });
    let killedAt = -1;
    const poll = setInterval(() => {
      const n = articleCount(db);
      if (n >= killAfter && killedAt < 0) {
        killedAt = n;
        child.kill('SIGKILL');
      }
    }, 10);
    child.on('exit', (_code, signal) => {
      clearInterval(poll);
      if (signal !== 'SIGKILL') reject(new Error(`ingest finished before it could be killed (${articleCount(db)} articles)`));
      else resolve(killedAt);
    });
  });
}

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-cli-'));
  corpus = join(dir, 'corpus.jsonl');
  const lines: string[] = [];
  for (const article of generateCorpus({ count: ARTICLES, seed: 11 }) as Iterable<unknown>) lines.push(toJsonLine(article) as string);
  writeFileSync(corpus, `${lines.join('\n')}\n`);
  whole = join(dir, 'whole.db');
  expect(run(['ingest', corpus, '--db', whole, '--workers', '2']).status).toBe(0);
  expected = counts(whole);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('dyad ingest (process)', () => {
  it('after a SIGKILL midway, a rerun ends with the same articles, events and clusters as an uninterrupted run', async () => {
    expect(expected.articles).toBe(ARTICLES);

    const killed = join(dir, 'killed.db');
    const atKill = await ingestAndKill(killed, 32);
    const afterKill = counts(killed).articles;
    const check = new Database(killed, { readonly: true });
    expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
    check.close();
    expect(afterKill).toBeGreaterThan(0);
    expect(afterKill).toBeLessThan(ARTICLES);
    expect(atKill).toBeLessThanOrEqual(afterKill);

    expect(run(['ingest', corpus, '--db', killed, '--workers', '2']).status).toBe(0);
    expect(counts(killed)).toEqual(expected);
  }, 180_000);

  it('worker threads that each write their own transactions store what the calling thread alone stores', () => {
    const inline = join(dir, 'inline.db');
    expect(run(['ingest', corpus, '--db', inline, '--workers', '0']).status).toBe(0);
    expect(counts(inline)).toEqual(expected);
  }, 180_000);

  it('a second ingest of the same inputs adds 0 rows', () => {
    const second = run(['ingest', corpus, '--db', whole]);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain(`articles: 0 new (0 near-duplicates linked), ${ARTICLES} duplicates skipped, 0 failed`);
    expect(counts(whole)).toEqual(expected);
  }, 180_000);
});
