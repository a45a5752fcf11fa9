#!/usr/bin/env node
// `npm run bench:store` (or `npm run bench -- --store`): the store's figures on a generated corpus
// (scripts/corpus/generate.mjs), in one run:
//   - `dyad ingest` with 2 worker threads (a child process), against coding the same inputs on the same pool
//     without storing (in this process)
//   - `dyad ingest` with 1 worker thread, for the scaling of 2 workers over 1
//   - the peak RSS of the ingest process, and the CPU time of its main thread (reading, key checks) and of its
//     workers (coding and writing, each thread its own transactions, one thread at a time). The coding part is
//     the code-only run's worker CPU; the rest of the workers' CPU is writing. With c the coding CPU per article,
//     w the writing and m the main thread's, on 2 cores 2 workers / 1 is at most 2(c + w)/(c + w + m), and at most
//     (c + w)/w since writes take turns. A worker thread also keeps V8's garbage-collection and compiler threads
//     busy, on the other core when it runs alone: with k the cores the 1-worker ingest keeps busy (its CPU seconds
//     over its wall-clock seconds), 2 workers / 1 is at most 2/k on 2 cores
//   - `dyad series` over a store of >= 1,000,000 synthetic events (inserted directly, clusters and day sums built)
// With `--repeat N` the three runs (2 workers, code only, 1 worker) go round N times, interleaved, and each figure
// is the median of its N runs: on a virtual machine whose speed drifts by a third within minutes, one run of each
// can put the 2-worker and the 1-worker ingest in different weather.
// Prints a summary and, as its last line, one JSON object with the figures.
//
//   node scripts/bench-store.mjs [--count 20000] [--events 1000000] [--syndicated 0.05] [--skip-scaling] [--repeat 1]
// `--count 0` times the series only, `--events 0` the ingest only.
import { execFile } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { generateCorpus, toJsonLine } from './corpus/generate.mjs';
import { ROOT } from './lib/dyad-dist.mjs';
import { option } from './lib/options.mjs';
import { fillSynthetic } from './store/synthetic-events.mjs';

const count = option('--count', 20_000);
const syntheticEvents = option('--events', 1_000_000);
const syndicated = option('--syndicated', 0.05);
const repeat = Math.max(1, option('--repeat', 1));
const OUTLETS = ['wire.example', 'daily.example', 'herald.example', 'post.example', 'times.example', 'gazette.example'];

const dist = (path) => new URL(`dist/${path}`, `file://${ROOT}`);
if (!existsSync(dist('app/index.js'))) throw new Error('no build in dist/: run `npm run build` first');
const dyad = await import(dist('app/index.js').href);
const BIN = new URL('bin/dyad.js', `file://${ROOT}`).pathname;
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

/** CPU seconds of one thread of this process so far (Linux /proc; the main thread's id is the process id). */
function threadCpuSeconds(tid = process.pid) {
  const fields = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** Loaded into the ingest process: on exit it writes its peak RSS, its CPU time and its main thread's to a file. */
const USAGE_HOOK = `data:text/javascript,${encodeURIComponent(`
import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  const f = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8').split(') ')[1].split(' ');
  const r = process.resourceUsage();
  writeFileSync(process.env.DYAD_BENCH_USAGE, JSON.stringify({ maxRssKb: r.maxRSS, cpuSeconds: (r.userCPUTime + r.systemCPUTime) / 1e6, mainCpuSeconds: (Number(f[11]) + Number(f[12])) / 100 }));
});`)}`;

/** `dyad ingest` of the corpus in a process of its own, as a user runs it: its summary and its resource usage. */
async function timeIngest(workers, db) {
  const usageFile = join(dir, `usage-${workers}.json`);
  const args = ['--import', USAGE_HOOK, BIN, 'ingest', corpus, '--db', db, '--workers', String(workers), '--no-progress', '--format', 'json'];
  const stdout = await new Promise((resolve, reject) =>
    execFile(process.execPath, args, { env: { ...process.env, DYAD_BENCH_USAGE: usageFile }, maxBuffer: 16 * 1024 * 1024 }, (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve(out))),
  );
  const summary = JSON.parse(stdout);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  const seconds = summary.seconds;
  return { seconds, rate: summary.read / seconds, cpuSeconds: usage.cpuSeconds, mainCpuSeconds: usage.mainCpuSeconds, peakRssMb: usage.maxRssKb / 1024, summary };
}

/** The same inputs through the same reader and pool, coded and dropped: the pipeline's speed without the store. */
async function timeCodeOnly(workers) {
  const pool = coderPool(workers, {});
  const started = performance.now();
  const cpu = process.cpuUsage();
  const mainCpu = threadCpuSeconds();
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
  const mainCpuSeconds = threadCpuSeconds() - mainCpu;
  await pool.close();
  return { seconds, rate: n / seconds, cpuSeconds: used, mainCpuSeconds };
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
  return { firstMs: times[0], medianMs: median(times), cpuMedianMs: median(cpuTimes), periods: rows.length / 2, clusters: rows.reduce((n, r) => n + r.total, 0) };
}

const perArticleMs = (seconds, n) => (seconds * 1000) / n;

const median = (values) => [...values].sort((x, y) => x - y)[Math.floor(values.length / 2)];
/** Each numeric field of the runs replaced by its median; the other fields from the first run. */
const medianOf = (runs) => Object.fromEntries(Object.entries(runs[0]).map(([key, value]) => [key, typeof value === 'number' ? median(runs.map((r) => r[key])) : value]));

/** The ingest figures; `--count 0` skips them and times the series query only. */
async function ingestFigures() {
  const articles = await writeCorpus();
  console.log(`corpus: ${articles} articles (${count} generated, ${articles - count} syndicated copies) in ${corpus}; load average ${loadavg()[0].toFixed(1)}`);
  const runs = { two: [], code: [], one: [] };
  for (let round = 1; round <= repeat; round++) {
    if (repeat > 1) console.log(`round ${round} of ${repeat}:`);
    const two = await timeIngest(2, join(dir, `two-${round}.db`));
    runs.two.push(two);
    console.log(`dyad ingest, 2 workers: ${two.rate.toFixed(0)} articles/s (${two.seconds.toFixed(1)} s), peak RSS of the process ${two.peakRssMb.toFixed(0)} MB`);
    if (round === 1) console.log(`  ${two.summary.stored} stored, ${two.summary.nearDuplicates} near-duplicates linked, ${two.summary.events} events, ${two.summary.quotes} quotes`);
    const code = await timeCodeOnly(2);
    runs.code.push(code);
    console.log(`code only, 2 workers:   ${code.rate.toFixed(0)} articles/s (${code.seconds.toFixed(1)} s) -> ingest/code = ${(two.rate / code.rate).toFixed(2)}`);
    if (!process.argv.includes('--skip-scaling')) {
      const one = await timeIngest(1, join(dir, `one-${round}.db`));
      runs.one.push(one);
      console.log(`dyad ingest, 1 worker:  ${one.rate.toFixed(0)} articles/s (${one.seconds.toFixed(1)} s), peak RSS ${one.peakRssMb.toFixed(0)} MB -> 2 workers / 1 = ${(two.rate / one.rate).toFixed(2)}`);
    }
    rmSync(join(dir, `two-${round}.db`), { force: true });
    rmSync(join(dir, `one-${round}.db`), { force: true });
  }
  const two = medianOf(runs.two);
  const code = medianOf(runs.code);
  const one = runs.one.length > 0 ? medianOf(runs.one) : null;
  // A ratio is taken within each round, whose runs follow one another, and its median reported: the ratio of two
  // medians could pair runs from different rounds.
  const ratios = (a, b) => a.map((r, i) => Number((r.rate / b[i].rate).toFixed(2)));
  const ingestOverCode = ratios(runs.two, runs.code);
  const twoOverOne = one ? ratios(runs.two, runs.one) : null;
  if (repeat > 1) console.log(`medians of ${repeat} rounds (ratios: the median of each round's ratio):`);
  const main = perArticleMs(two.mainCpuSeconds, articles);
  const work = perArticleMs(two.cpuSeconds - two.mainCpuSeconds, articles);
  const codeMain = perArticleMs(code.mainCpuSeconds, articles);
  const coding = perArticleMs(code.cpuSeconds - code.mainCpuSeconds, articles);
  const writing = work - coding;
  console.log(`dyad ingest, 2 workers: ${two.rate.toFixed(0)} articles/s, peak RSS ${two.peakRssMb.toFixed(0)} MB; code only ${code.rate.toFixed(0)} articles/s -> ingest/code = ${median(ingestOverCode).toFixed(2)}`);
  console.log(`  CPU per article: main thread ${main.toFixed(2)} ms (read, key checks), workers ${work.toFixed(2)} ms: coding ${coding.toFixed(2)} ms (the code-only run's), writing ${writing.toFixed(2)} ms; code-only main thread ${codeMain.toFixed(2)} ms`);
  console.log(`  CPU time: ingest ${two.cpuSeconds.toFixed(0)} s, code only ${code.cpuSeconds.toFixed(0)} s -> ingest/code per CPU second = ${(code.cpuSeconds / two.cpuSeconds).toFixed(2)}`);
  if (one && twoOverOne) console.log(`dyad ingest, 1 worker: ${one.rate.toFixed(0)} articles/s, peak RSS ${one.peakRssMb.toFixed(0)} MB -> 2 workers / 1 = ${median(twoOverOne).toFixed(2)}`);
  const oneWorkerCores = one ? median(runs.one.map((r) => r.cpuSeconds / r.seconds)) : null;
  if (oneWorkerCores !== null) console.log(`  1 worker keeps ${oneWorkerCores.toFixed(2)} cores busy (its thread, V8's garbage-collection and compiler threads, the main thread), so on 2 cores 2 workers / 1 is at most 2/${oneWorkerCores.toFixed(2)} = ${(2 / oneWorkerCores).toFixed(2)}`);
  const bound = Math.min((2 * work) / (work + main), work / Math.max(writing, Number.EPSILON));
  console.log(`  on 2 cores, from these CPU figures, 2 workers / 1 is at most min(2(c+w)/(c+w+m), (c+w)/w) = ${bound.toFixed(2)}`);
  return {
    articles,
    rounds: repeat,
    ingestRate: Math.round(two.rate),
    codeOnlyRate: Math.round(code.rate),
    ingestOverCode: median(ingestOverCode),
    ingestOverCodeCpu: Number((code.cpuSeconds / two.cpuSeconds).toFixed(2)),
    ingestOverCodeByRound: ingestOverCode,
    oneWorkerRate: one ? Math.round(one.rate) : null,
    twoOverOne: twoOverOne ? median(twoOverOne) : null,
    twoOverOneByRound: twoOverOne,
    twoOverOneBound: Number(bound.toFixed(2)),
    oneWorkerCores: oneWorkerCores === null ? null : Number(oneWorkerCores.toFixed(2)),
    twoOverOneCoreBound: oneWorkerCores === null ? null : Number((2 / oneWorkerCores).toFixed(2)),
    mainCpuMsPerArticle: Number(main.toFixed(3)),
    workerCpuMsPerArticle: Number(work.toFixed(3)),
    codingCpuMsPerArticle: Number(coding.toFixed(3)),
    writingCpuMsPerArticle: Number(writing.toFixed(3)),
    codeOnlyMainCpuMsPerArticle: Number(codeMain.toFixed(3)),
    peakRssMb: Math.round(two.peakRssMb),
    oneWorkerPeakRssMb: one ? Math.round(one.peakRssMb) : null,
    loadAverage: Number(loadavg()[0].toFixed(1)),
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
