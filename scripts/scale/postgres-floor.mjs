#!/usr/bin/env node
// What PostgreSQL itself spends storing an article, and the most 2 worker processes can gain over 1 on a machine
// whose cores PostgreSQL shares with the workers (issue #8). The same coded batches are written three times, each
// into a fresh schema, through the store's own writer (`writePostgresBatch`):
//   1. everything the store keeps (articles, near-duplicate bands, quotes, entities, events, clusters, day sums, rollup)
//   2. the article rows and their events only: the writer's statements on the other tables are left out
//   3. the article rows only
// and the CPU time of every PostgreSQL process (with the backends it reaped) is read from /proc before and after.
// With w the CPU a worker process spends on an article (coding it, plus the client side of writing it) and s the
// server's, 1 worker that keeps its core busy runs at 1/w articles a second (PostgreSQL works on the other core
// meanwhile) and 2 workers at up to 2/(w + s) on 2 cores, so 2 workers / 1 <= 2w / (w + s).
//
//   npm run build && node scripts/scale/postgres-floor.mjs [--count 2000]
//
// Against DYAD_TEST_POSTGRES (postgres://postgres@127.0.0.1:5432/test by default). Prints one line per level and,
// as its last line, one JSON object with the figures.
import pg from 'pg';
import { importDist } from '../lib/dyad-dist.mjs';
import { option } from '../lib/options.mjs';
import { serverCpuSeconds } from '../lib/server-cpu.mjs';
import { storeCorpusArticles } from '../lib/store-corpus.mjs';

const count = option('--count', 2_000);
const POSTGRES = process.env.DYAD_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const BATCH = 32;

const { codeForStore } = await importDist('app/ingest/code-for-store.js');
const { loadDictionaries } = await importDist('dictionaries/index.js');
const { openPostgresStore, dropPostgresSchema } = await importDist('store/index.js');
const { writePostgresBatch } = await importDist('store/postgres-write-batch.js');

const cpuMs = (start) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** The corpus of the store bench, coded in this process; returns the coded articles and the coding CPU per article. */
async function codeCorpus() {
  const articles = await storeCorpusArticles(count);
  const dictionaries = loadDictionaries();
  for (const article of articles.slice(0, 200)) codeForStore(article, dictionaries);
  const started = process.cpuUsage();
  const coded = articles.map((article) => codeForStore(article, dictionaries)).filter((o) => o.ok).map((o) => o.coded);
  return { coded, codingMs: cpuMs(started) / coded.length };
}

/** A client that runs only the writer's statements on `tables` and answers the others with no rows. */
function onlyTables(client, tables) {
  if (tables === null) return client;
  const written = (sql) => /\b(?:into|update|from)\s+(\w+)/iu.exec(sql)?.[1];
  return { query: (sql, values) => (tables.includes(written(sql) ?? '') || /^select/iu.test(sql) ? client.query(sql, values) : Promise.resolve({ rows: [], rowCount: 0 })) };
}

async function writeAll(coded, level) {
  const url = new URL(POSTGRES);
  url.searchParams.set('schema', `floor_${process.pid}_${level.key}`);
  await (await openPostgresStore(url.toString())).close();
  const pool = new pg.Pool({ connectionString: POSTGRES, max: 1, options: `-c search_path=${url.searchParams.get('schema')}` });
  const client = await pool.connect();
  try {
    const writer = onlyTables(client, level.tables);
    const server = serverCpuSeconds().postgres;
    const started = process.cpuUsage();
    for (let at = 0; at < coded.length; at += BATCH) {
      await client.query('begin');
      await writePostgresBatch(writer, coded.slice(at, at + BATCH), { windowDays: 3, now: new Date().toISOString() });
      await client.query('commit');
    }
    const clientMs = cpuMs(started) / coded.length;
    // Backends account their CPU a moment after the last reply.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return { serverMs: ((serverCpuSeconds().postgres - server) * 1000) / coded.length, clientMs };
  } finally {
    client.release();
    await pool.end();
    await dropPostgresSchema(url.toString());
  }
}

const LEVELS = [
  { key: 'all', label: 'everything the store keeps', tables: null },
  { key: 'events', label: 'article rows and their events only', tables: ['articles', 'events'] },
  { key: 'articles', label: 'article rows only', tables: ['articles'] },
];

const { coded, codingMs } = await codeCorpus();
console.log(`postgres floor: ${coded.length} generated articles, coding ${codingMs.toFixed(2)} ms CPU an article (one process)`);
const figures = { articles: coded.length, codingCpuMsPerArticle: Number(codingMs.toFixed(3)) };
let fullClientMs = 0;
for (const level of LEVELS) {
  const { serverMs, clientMs } = await writeAll(coded, level);
  if (level.tables === null) fullClientMs = clientMs;
  // The worker still codes every article and writes it whole: its CPU is the full writer's client side.
  const w = codingMs + fullClientMs;
  const bound = (2 * w) / (w + serverMs);
  console.log(`  ${level.label.padEnd(36)} PostgreSQL ${serverMs.toFixed(2)} ms CPU an article (client ${clientMs.toFixed(2)} ms); 2 workers / 1 <= 2w/(w+s) = ${bound.toFixed(2)} with w = ${w.toFixed(2)} ms`);
  figures[level.key] = { serverCpuMsPerArticle: Number(serverMs.toFixed(3)), clientCpuMsPerArticle: Number(clientMs.toFixed(3)), twoOverOneBound: Number(bound.toFixed(2)) };
}
console.log(JSON.stringify(figures));
