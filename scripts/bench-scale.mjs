#!/usr/bin/env node
// `npm run bench:scale`: the scale-out figures, against the PostgreSQL and Redis named by DYAD_TEST_POSTGRES and
// DYAD_TEST_REDIS (127.0.0.1 defaults), in one run:
//   1. one producer and 3 `dyad worker` processes ingest a generated corpus (20,000 articles) into PostgreSQL;
//      article, event and cluster counts against a single-process SQLite ingest of the same corpus
//   2. throughput of 2 worker processes against 1 on the same jobs (wall clock, and the workers' CPU time)
//   3. `dyad series` over >= 1,000,000 synthetic events in PostgreSQL
// Each part works in a schema and a queue of its own, removed at the end. Prints a summary and, as its last line,
// one JSON object with the figures.
//
//   npm run build && node scripts/bench-scale.mjs [--count 20000] [--scaling-count 3000] [--events 1000000] [--skip-ingest] [--skip-scaling] [--skip-series]
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, toJsonLine } from './corpus/generate.mjs';
import { ROOT } from './lib/dyad-dist.mjs';
import { option } from './lib/options.mjs';
import { serverCpuSeconds } from './lib/server-cpu.mjs';
import { fillSyntheticPostgres } from './scale/postgres-synthetic.mjs';

const count = option('--count', 20_000);
const scalingCount = option('--scaling-count', 3_000);
const syntheticEvents = option('--events', 1_000_000);
const POSTGRES = process.env.DYAD_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test';
const REDIS = process.env.DYAD_TEST_REDIS ?? 'redis://127.0.0.1:6379';
const RUN = `bench_${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-scale-'));

/**
 * A copy of the build and the dictionaries that every process of the run uses: a rebuild in the working tree
 * during a long run must not make the workers code differently from the single-process reference.
 */
function snapshot() {
  const root = join(dir, 'dyad');
  for (const part of ['bin', 'dist', 'data', 'package.json']) cpSync(join(ROOT, part), join(root, part), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

const BUILD = snapshot();
const BIN = join(BUILD, 'bin', 'dyad.js');
const app = await import(join(BUILD, 'dist/app/index.js'));
const { dropPostgresSchema } = await import(join(BUILD, 'dist/store/index.js'));
const cleanups = [];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function schemaUrl(name) {
  const url = new URL(POSTGRES);
  url.searchParams.set('schema', `${RUN}_${name}`);
  cleanups.push(() => dropPostgresSchema(url.toString()));
  return url.toString();
}

function queueUrl(name) {
  const url = new URL(REDIS);
  url.searchParams.set('queue', `${RUN}-${name}`);
  cleanups.push(() => app.obliterateQueue(url.toString()));
  return url.toString();
}

function writeCorpus(n, seed) {
  const path = join(dir, `corpus-${n}-${seed}.jsonl`);
  writeFileSync(path, [...generateCorpus({ count: n, seed })].map(toJsonLine).join('\n'));
  return path;
}

function dyad(args) {
  return execFileSync(process.execPath, [BIN, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 });
}

function counts(db) {
  const stats = JSON.parse(dyad(['stats', '--db', db, '--format', 'json']));
  return { articles: stats.articles, events: stats.events, clusters: stats.clusters, quotes: stats.quotes, entities: stats.entities };
}

/** utime + stime of a live process, in seconds (Linux /proc). */
function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Starts `n` worker processes and resolves once each says it is consuming. */
async function startWorkers(n, queue, db) {
  const workers = [];
  for (let i = 0; i < n; i++) {
    const child = spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (chunk) => (err += chunk));
    workers.push({ child, ready: (async () => { while (!err.includes('dyad worker')) { if (child.exitCode !== null) throw new Error(err); await sleep(50); } })() });
  }
  await Promise.all(workers.map((w) => w.ready));
  return workers.map((w) => w.child);
}

async function stopWorkers(workers) {
  for (const child of workers) child.kill('SIGTERM');
  await Promise.all(workers.map((child) => (child.exitCode === null ? once(child, 'exit') : null)));
}

async function waitUntilDone(queue, jobs) {
  for (;;) {
    const status = await app.queueStatus(queue, 5);
    if (status.failed > 0) throw new Error(`failed jobs: ${JSON.stringify(status.failedJobs)}`);
    if (status.done >= jobs && status.active === 0 && status.waiting === 0 && status.delayed === 0) return status;
    await sleep(100);
  }
}

async function distributedIngest() {
  const corpus = writeCorpus(count, 21);
  const sqliteDb = join(dir, 'single.db');
  let started = performance.now();
  dyad(['ingest', corpus, '--db', sqliteDb, '--no-progress', '--format', 'json']);
  const sqliteSeconds = (performance.now() - started) / 1000;
  const single = counts(sqliteDb);

  const queue = queueUrl('ingest');
  const db = schemaUrl('ingest');
  dyad(['stats', '--db', db, '--format', 'json']);
  started = performance.now();
  const workers = await startWorkers(3, queue, db);
  const produced = JSON.parse(dyad(['ingest', corpus, '--queue', queue, '--format', 'json']));
  const producerSeconds = (performance.now() - started) / 1000;
  const status = await waitUntilDone(queue, produced.jobs);
  const seconds = (performance.now() - started) / 1000;
  const cpu = workers.map((w) => cpuSeconds(w.pid));
  await stopWorkers(workers);
  const distributed = counts(db);
  return { articles: count, jobs: produced.jobs, single, singleSeconds: sqliteSeconds, distributed, equal: JSON.stringify(single) === JSON.stringify(distributed), seconds, producerSeconds, done: status.done, workerCpuSeconds: cpu };
}

/** The same jobs on `n` workers: enqueued while the queue is paused, timed from resume to the last job done. */
async function throughput(n, corpus) {
  const queue = queueUrl(`scale${n}`);
  const db = schemaUrl(`scale${n}`);
  dyad(['stats', '--db', db, '--format', 'json']);
  const workers = await startWorkers(n, queue, db);
  const { Queue } = await import('bullmq');
  const control = new Queue(new URL(queue).searchParams.get('queue'), { connection: { url: REDIS, maxRetriesPerRequest: null } });
  await control.pause();
  const produced = JSON.parse(dyad(['ingest', corpus, '--queue', queue, '--format', 'json']));
  const cpuBefore = workers.map((w) => cpuSeconds(w.pid));
  const serverBefore = serverCpuSeconds();
  const started = performance.now();
  await control.resume();
  await waitUntilDone(queue, produced.jobs);
  const seconds = (performance.now() - started) / 1000;
  const cpu = workers.reduce((sum, w, i) => sum + cpuSeconds(w.pid) - cpuBefore[i], 0);
  const serverAfter = serverCpuSeconds();
  const postgresCpu = serverAfter.postgres - serverBefore.postgres;
  const redisCpu = serverAfter.redis - serverBefore.redis;
  await control.close();
  await stopWorkers(workers);
  return { workers: n, articles: produced.enqueued, seconds, articlesPerSecond: produced.enqueued / seconds, workerCpuSeconds: cpu, serverCpuSeconds: postgresCpu + redisCpu, postgresCpuSeconds: postgresCpu, redisCpuSeconds: redisCpu };
}

async function scaling() {
  const corpus = writeCorpus(scalingCount, 33);
  const one = await throughput(1, corpus);
  const two = await throughput(2, corpus);
  const perArticle = (seconds, run) => (seconds / run.articles) * 1000;
  const worker = perArticle(one.workerCpuSeconds, one);
  const server = perArticle(two.serverCpuSeconds, two);
  // On 2 cores, 1 worker has a core to itself while the servers use the other; 2 workers share both with them.
  const bound = (2 * worker) / (worker + server);
  return {
    one, two, speedup: two.articlesPerSecond / one.articlesPerSecond,
    cpuPerArticleMs: { one: worker, two: perArticle(two.workerCpuSeconds, two), serverOne: perArticle(one.serverCpuSeconds, one), serverTwo: server, postgresTwo: perArticle(two.postgresCpuSeconds, two), redisTwo: perArticle(two.redisCpuSeconds, two) },
    bound, loadAverage: loadavg()[0],
  };
}

/** PostgreSQL's own execution time of the two rollup reads a series by month makes (EXPLAIN ANALYZE), in ms. */
async function seriesServerMs(connectionString, schema) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query(`set search_path = ${schema}`);
    let total = 0;
    for (const [a, b] of [['RUS', 'IGOWSTNAT'], ['IGOWSTNAT', 'RUS']]) {
      const sql = `explain (analyze, format json) select period, quad_class, clusters, mentions, goldstein_sum from dyad_periods
        where source_prefix = $1 and target_prefix = $2 and unit = 'month' and clusters > 0`;
      const { rows } = await client.query(sql, [a, b]);
      total += rows[0]['QUERY PLAN'][0]['Execution Time'];
    }
    return total;
  } finally {
    await client.end();
  }
}

async function series() {
  const db = schemaUrl('series');
  dyad(['stats', '--db', db, '--format', 'json']);
  const url = new URL(db);
  const schema = url.searchParams.get('schema');
  url.searchParams.delete('schema');
  let started = performance.now();
  const events = await fillSyntheticPostgres(url.toString(), schema, { count: syntheticEvents });
  const fillSeconds = (performance.now() - started) / 1000;
  const store = await app.openStore(db);
  const times = [];
  const cpu = [];
  let rows = 0;
  try {
    for (let i = 0; i < 11; i++) {
      started = performance.now();
      const before = process.cpuUsage();
      rows = (await app.dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'month' })).length;
      const used = process.cpuUsage(before);
      times.push(performance.now() - started);
      cpu.push((used.user + used.system) / 1000);
    }
  } finally {
    await store.close();
  }
  const serverMs = await seriesServerMs(url.toString(), schema);
  const median = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
  started = performance.now();
  dyad(['series', 'RUS', 'IGOWSTNAT', '--db', db, '--format', 'json']);
  const cliMs = performance.now() - started;
  return { events, fillSeconds, rows, firstMs: times[0], medianMs: median(times.slice(1)), clientCpuMs: median(cpu.slice(1)), serverMs, cliMs };
}

const figures = {};
try {
  if (!process.argv.includes('--skip-ingest')) {
    const r = (figures.ingest = await distributedIngest());
    console.log(`distributed ingest: ${r.articles} articles in ${r.jobs} jobs, 1 producer + 3 workers, ${r.seconds.toFixed(1)} s (${Math.round(r.articles / r.seconds)} articles/s; producer ${r.producerSeconds.toFixed(1)} s)`);
    console.log(`  PostgreSQL: ${JSON.stringify(r.distributed)}`);
    console.log(`  SQLite, one process (${r.singleSeconds.toFixed(1)} s): ${JSON.stringify(r.single)}  -> ${r.equal ? 'equal' : 'DIFFERENT'}`);
  }
  if (!process.argv.includes('--skip-scaling')) {
    const r = (figures.scaling = await scaling());
    for (const run of [r.one, r.two]) console.log(`${run.workers} worker process(es): ${run.articles} articles in ${run.seconds.toFixed(1)} s = ${Math.round(run.articlesPerSecond)} articles/s, worker CPU ${run.workerCpuSeconds.toFixed(1)} s`);
    console.log(`  speed-up of 2 workers over 1: ${r.speedup.toFixed(2)}x (worker CPU per article: ${r.cpuPerArticleMs.one.toFixed(2)} ms with 1, ${r.cpuPerArticleMs.two.toFixed(2)} ms with 2; load average ${r.loadAverage.toFixed(1)})`);
    console.log(`  PostgreSQL + Redis CPU per article: ${r.cpuPerArticleMs.serverOne.toFixed(2)} ms with 1 worker, ${r.cpuPerArticleMs.serverTwo.toFixed(2)} ms with 2 (PostgreSQL ${r.cpuPerArticleMs.postgresTwo.toFixed(2)}, Redis ${r.cpuPerArticleMs.redisTwo.toFixed(2)}); on 2 cores that bounds the speed-up at 2w/(w+s) = ${r.bound.toFixed(2)}x`);
  }
  if (!process.argv.includes('--skip-series')) {
    const r = (figures.series = await series());
    console.log(`series RUS IGOWSTNAT by month over ${r.events} events in PostgreSQL: ${r.medianMs.toFixed(1)} ms median warm wall clock (first ${r.firstMs.toFixed(1)} ms; ${r.rows} rows)`);
    console.log(`  of which client CPU ${r.clientCpuMs.toFixed(1)} ms (median), PostgreSQL execution ${r.serverMs.toFixed(1)} ms; a whole dyad series process ${Math.round(r.cliMs)} ms; fill ${r.fillSeconds.toFixed(1)} s`);
  }
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(figures));
