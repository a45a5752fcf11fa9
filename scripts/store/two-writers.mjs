#!/usr/bin/env node
// Does a writer pay for sharing the SQLite file with another connection? SQLite drops a connection's page cache
// when another connection has committed since its last transaction, so with two writers taking turns every
// transaction starts with a cold cache. This codes a generated corpus in transactions of `--batch` articles and
// writes each transaction twice, in one process and one thread: into store A through one connection, and into
// store B through two connections taking turns, as two ingest threads do. Which store goes first alternates. It
// prints the writer's CPU per article for each store as the stores grow.
//
//   npm run build && node scripts/store/two-writers.mjs [--count 21000] [--batch 256]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { generateCorpus, toJsonLine } from '../corpus/generate.mjs';
import { ROOT } from '../lib/dyad-dist.mjs';
import { option } from '../lib/options.mjs';

const count = option('--count', 21_000);
const batch = option('--batch', 256);
// The page cache of an ingest thread's connection (src/app/ingest/ingest-worker.ts).
const PAGE_CACHE_MB = 8;

const dist = (path) => import(new URL(`dist/${path}`, `file://${ROOT}`).href);
const { openSqliteStore } = await dist('store/sqlite-event-store.js');
const { writeArticles } = await dist('store/write-articles.js');
const { writeStatements } = await dist('store/write-statements.js');
const { bind } = await dist('store/prepared-query.js');
const { codeForStore } = await dist('app/ingest/code-for-store.js');
const { loadDictionaries } = await dist('dictionaries/index.js');
const { parseJsonLines } = await dist('input/index.js');

/** A connection configured as an ingest thread's, and a function that writes one transaction through it. */
function connection(path) {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma(`cache_size = ${-PAGE_CACHE_MB * 1024}`);
  const db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
  const statements = new Map(Object.entries(writeStatements(db)).map(([name, query]) => [name, { query, statement: sqlite.prepare(query.sql) }]));
  const call = (name, values, method) => {
    const { query, statement } = statements.get(name);
    return statement[method](bind(query, values));
  };
  const runner = {
    run: (name, values) => call(name, values, 'run').changes,
    get: (name, values) => call(name, values, 'get'),
    all: (name, values) => call(name, values, 'all'),
  };
  const transaction = sqlite.transaction((coded) => writeArticles(runner, coded, { windowDays: 3, now: new Date().toISOString() }));
  return { write: (coded) => transaction.immediate(coded), close: () => sqlite.close() };
}

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), 'dyad-two-writers-'));
try {
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  for (const path of [one, two]) await (await openSqliteStore(path)).close();
  const a = connection(one);
  const b = [connection(two), connection(two)];
  const dictionaries = loadDictionaries();
  const text = [...generateCorpus({ count, seed: 17 })].map(toJsonLine).join('\n');
  const articles = parseJsonLines(text, 'corpus.jsonl').filter((article) => !(article instanceof Error));
  let oneMs = 0;
  let twoMs = 0;
  let written = 0;
  for (let at = 0, round = 0; at < articles.length; at += batch, round++) {
    const coded = articles.slice(at, at + batch).map((article) => codeForStore(article, dictionaries)).filter((o) => o.ok).map((o) => o.coded);
    written += coded.length;
    const timed = (write) => {
      const started = cpuMs();
      write(coded);
      return cpuMs() - started;
    };
    const intoOne = () => (oneMs += timed(a.write));
    const intoTwo = () => (twoMs += timed(b[round % 2].write));
    for (const into of round % 2 === 0 ? [intoOne, intoTwo] : [intoTwo, intoOne]) into();
    if ((round + 1) % 20 === 0 || at + batch >= articles.length) {
      console.log(`${written} articles: writer CPU per article ${(oneMs / written).toFixed(3)} ms through one connection, ${(twoMs / written).toFixed(3)} ms through two taking turns`);
    }
  }
  a.close();
  for (const c of b) c.close();
  console.log(JSON.stringify({ articles: written, batch, oneConnectionMsPerArticle: Number((oneMs / written).toFixed(3)), twoConnectionsMsPerArticle: Number((twoMs / written).toFixed(3)) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
