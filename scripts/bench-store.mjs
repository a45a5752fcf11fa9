#!/usr/bin/env node
// `npm run bench:store`: the store's figures on a generated corpus (scripts/corpus/generate.mjs), in one run:
//   - ingest throughput with 2 worker threads, against coding the same inputs on the same pool without storing
//   - ingest with 1 worker thread, for the scaling of 2 workers over 1
//   - peak RSS of the process during the ingest
//   - `dyad series` over a store of >= 1,000,000 synthetic events (inserted directly, clusters and day sums built)
// Prints a summary and, as its last line, one JSON object with the figures.
//
//   node scripts/bench-store.mjs [--count 20000] [--events 1000000] [--syndicated 0.05] [--skip-scaling]
// `--count 0` times the series only, `--events 0` the ingest only.
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generateCorpus, toJsonLine } from './corpus/generate.mjs';
import { ROOT } from './lib/dyad-dist.mjs';
import { fillSynthetic } from './store/synthetic-events.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const count = option('--count', 20_000);
const syntheticEvents = option('--events', 1_000_000);
const syndicated = option('--syndicated', 0.05);
const OUTLETS = ['wire.example', 'daily.example', 'herald.example', 'post.example', 'times.example', 'gazette.example'];

const dist = (path) => new URL(`dist/${path}`, `file://${ROOT}`);
if (!existsSync(dist('app/index.js'))) throw new Error('no build in dist/: run `npm run build` first');
const dyad = await import(dist('app/index.js').href);
const { coderPool } = await import(dist('app/ingest/coder-pool.js').href);
const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-store-'));
const corpus = join(dir, 'corpus.jsonl');

/** The corpus as JSON Lines with outlet URLs; a share of stories carried again by a second outlet, credit added. */
async function writeCorpus() {
  const out = createWriteStream(corpus);
  let lines = 0;
  for (const article of generateCorpus({ count, seed: 17 })) {
    const record = JSON.parse(toJsonLine(article));
    const n = Number(article.id.slice(-6));
    const line = JSON.stringify({ ...record, url: `https://${OUTLETS[n % OUTLETS.length]}/${article.id}` });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
    lines++;
    if ((n * 7919) % 1000 < syndicated * 1000) {
      const copy = { ...record, id: `${record.id}-copy`, url: `https://${OUTLETS[(n + 1) % OUTLETS.length]}/${article.id}`, text: `${record.text}\nThis story was first published by a partner outlet.\n` };
      out.write(`${JSON.stringify(copy)}\n`);
      lines++;
    }
  }
  out.end();
  await once(out, 'finish');
  return lines;
}

/** CPU time of every thread of this process since `start`: the cost of the work whatever else the machine runs. */
function cpuSeconds(start) {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
}

async function timeIngest(workers, db) {
  const store = await dyad.openStore(db);
  const started = performance.now();
  const cpu = process.cpuUsage();
  const summary = await dyad.ingest([corpus], { store, workers, date: null, stdin: () => Readable.from([]) });
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return { seconds, rate: summary.read / seconds, cpuSeconds: cpuSeconds(cpu), summary };
}

/** The same inputs through the same reader and pool, coded and dropped: the pipeline's speed without the store. */
async function timeCodeOnly(workers) {
  const pool = coderPool(workers, {});
  const started = performance.now();
  const cpu = process.cpuUsage();
  let batch = [];
  let n = 0;
  const inFlight = new Set();
  const flush = async () => {
    while (inFlight.size >= workers * 2) await Promise.race(inFlight);
    const task = pool.code(batch).then(() => inFlight.delete(task));
    inFlight.add(task);
    batch = [];
  };
  for await (const item of dyad.readSources([corpus], { date: null, stdin: () => Readable.from([]) })) {
    n++;
    if (item instanceof Error) continue;
    batch.push(item);
    if (batch.length >= 32) await flush();
  }
  if (batch.length > 0) await flush();
  await Promise.all(inFlight);
  const seconds = (performance.now() - started) / 1000;
  const used = cpuSeconds(cpu);
  await pool.close();
  return { seconds, rate: n / seconds, cpuSeconds: used };
}

async function timeSeries(db) {
  const store = await dyad.openStore(db);
  const times = [];
  const cpuTimes = [];
  let rows = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    rows = await dyad.dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'week' });
    times.push(performance.now() - started);
    cpuTimes.push(cpuSeconds(cpu) * 1000);
  }
  await store.close();
  const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
  return { firstMs: times[0], medianMs: median(times), cpuMedianMs: median(cpuTimes), periods: rows.length / 2, clusters: rows.reduce((n, r) => n + r.total, 0) };
}

/** The ingest figures; `--count 0` skips them and times the series query only. */
async function ingestFigures() {
  const articles = await writeCorpus();
  console.log(`corpus: ${articles} articles (${count} generated, ${articles - count} syndicated copies) in ${corpus}`);
  const two = await timeIngest(2, join(dir, 'two.db'));
  const rssMb = process.resourceUsage().maxRSS / 1024;
  console.log(`ingest, 2 workers:     ${two.rate.toFixed(0)} articles/s (${two.seconds.toFixed(1)} s), peak RSS ${rssMb.toFixed(0)} MB`);
  console.log(`  ${two.summary.stored} stored, ${two.summary.nearDuplicates} near-duplicates linked, ${two.summary.events} events, ${two.summary.quotes} quotes`);
  const code = await timeCodeOnly(2);
  console.log(`code only, 2 workers:  ${code.rate.toFixed(0)} articles/s (${code.seconds.toFixed(1)} s) -> ingest/code = ${(two.rate / code.rate).toFixed(2)}`);
  console.log(`CPU time: ingest ${two.cpuSeconds.toFixed(0)} s, code only ${code.cpuSeconds.toFixed(0)} s -> ingest/code per CPU second = ${(code.cpuSeconds / two.cpuSeconds).toFixed(2)}`);
  let one = null;
  if (!process.argv.includes('--skip-scaling')) {
    one = await timeIngest(1, join(dir, 'one.db'));
    console.log(`ingest, 1 worker:      ${one.rate.toFixed(0)} articles/s (${one.seconds.toFixed(1)} s) -> 2 workers / 1 = ${(two.rate / one.rate).toFixed(2)}`);
  }
  return {
    articles,
    ingestRate: Math.round(two.rate),
    codeOnlyRate: Math.round(code.rate),
    ingestOverCode: Number((two.rate / code.rate).toFixed(2)),
    ingestOverCodeCpu: Number((code.cpuSeconds / two.cpuSeconds).toFixed(2)),
    oneWorkerRate: one ? Math.round(one.rate) : null,
    twoOverOne: one ? Number((two.rate / one.rate).toFixed(2)) : null,
    peakRssMb: Math.round(rssMb),
  };
}

try {
  const figures = count > 0 ? await ingestFigures() : {};
  let seriesFigures = {};
  if (syntheticEvents > 0) {
    const big = join(dir, 'big.db');
    await (await dyad.openStore(big)).close();
    const started = performance.now();
    const inserted = fillSynthetic(big, { count: syntheticEvents });
    console.log(`synthetic store: ${inserted} events in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const series = await timeSeries(big);
    console.log(`series RUS IGOWSTNAT --by week over ${inserted} events: first ${series.firstMs.toFixed(1)} ms, median ${series.medianMs.toFixed(1)} ms, median CPU ${series.cpuMedianMs.toFixed(1)} ms (${series.periods} weeks, ${series.clusters} clusters)`);
    seriesFigures = { seriesEvents: inserted, seriesFirstMs: Number(series.firstMs.toFixed(1)), seriesMedianMs: Number(series.medianMs.toFixed(1)), seriesCpuMedianMs: Number(series.cpuMedianMs.toFixed(1)) };
  }
  console.log(
    JSON.stringify({
      ...figures,
      ...seriesFigures,
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
