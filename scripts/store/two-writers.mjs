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
import { importDist } from '../lib/dyad-dist.mjs';
import { option } from '../lib/options.mjs';
import { storeCorpusArticles } from '../lib/store-corpus.mjs';

const count = option('--count', 21_000);
const batch = option('--batch', 256);
// The page cache of an ingest thread's connection (src/app/ingest/ingest-worker.ts).
const PAGE_CACHE_MB = 8;

const { openSqliteStore } = await importDist('store/sqlite-event-store.js');
const { codeForStore } = await importDist('app/ingest/code-for-store.js');
const { loadDictionaries } = await importDist('dictionaries/index.js');

/** A connection to the store's file as an ingest thread opens it; its writes run synchronously, one transaction each. */
const connection = (path) => openSqliteStore(path, { pageCacheMb: PAGE_CACHE_MB });

const cpuMs = () => {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
};

const dir = mkdtempSync(join(tmpdir(), 'dyad-two-writers-'));
try {
  const one = join(dir, 'one.db');
  const two = join(dir, 'two.db');
  const a = await connection(one);
  const b = [await connection(two), await connection(two)];
  const dictionaries = loadDictionaries();
  const articles = await storeCorpusArticles(count);
  let oneMs = 0;
  let twoMs = 0;
  let written = 0;
  for (let at = 0, round = 0; at < articles.length; at += batch, round++) {
    const coded = articles.slice(at, at + batch).map((article) => codeForStore(article, dictionaries)).filter((o) => o.ok).map((o) => o.coded);
    written += coded.length;
    const timed = async (store) => {
      const started = cpuMs();
      await store.write(coded);
      return cpuMs() - started;
    };
    if (round % 2 === 0) {
      oneMs += await timed(a);
      twoMs += await timed(b[0]);
    } else {
      twoMs += await timed(b[1]);
      oneMs += await timed(a);
    }
    if ((round + 1) % 20 === 0 || at + batch >= articles.length) {
      console.log(`${written} articles: writer CPU per article ${(oneMs / written).toFixed(3)} ms through one connection, ${(twoMs / written).toFixed(3)} ms through two taking turns`);
    }
  }
  for (const store of [a, ...b]) await store.close();
  console.log(JSON.stringify({ articles: written, batch, oneConnectionMsPerArticle: Number((oneMs / written).toFixed(3)), twoConnectionsMsPerArticle: Number((twoMs / written).toFixed(3)) }));
} finally {
  rmSync(dir, { recursive: true, force: true });
}
