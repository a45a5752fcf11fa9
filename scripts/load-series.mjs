#!/usr/bin/env node
// Load test of `GET /api/series` on loopback: builds a store of synthetic events through the store API (once; it is
// kept in .bench/), starts `dyad serve` on it in a child process, runs autocannon against it and prints the figures.
//
//   npm run build && node scripts/load-series.mjs [--events 100000] [--connections 200] [--seconds 20] [--dyads 40] [--plain] [--rebuild]
//
// The requests cycle through --dyads different series (pairs of the synthetic actors, named by code or by name,
// per month or per week), as a dashboard of dyads would. Each series is first asked once (the cold figures: the
// query runs, then the answer is kept until the store changes), then a 5 s warm-up run, then the measured run. The last line is one
// JSON object with the measured figures. Requests say `Accept-Encoding: gzip, deflate, br`, as browsers and HTTP
// libraries do; --plain leaves it out, so that every answer is sent uncompressed. --baseline also measures a bare
// node:http server that answers a fixed body of the same size, in the same way: on a shared machine, the floor
// that no server written in Node could go below at that moment.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { option } from './lib/options.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { openStore, storeStats } = await import(join(ROOT, 'dist/app/index.js'));
const { minhashSignature, textHash } = await import(join(ROOT, 'dist/store/index.js'));

const EVENTS = option('--events', 100_000);
const CONNECTIONS = option('--connections', 200);
const SECONDS = option('--seconds', 20);
const DYADS = option('--dyads', 40);
const WARM_UP_SECONDS = 5;
const HEADERS = process.argv.includes('--plain') ? {} : { 'accept-encoding': 'gzip, deflate, br' };
const EVENTS_PER_ARTICLE = 10;
const DB = join(ROOT, '.bench', `load-series-${EVENTS}.db`);

const ACTORS = [
  ['RUS', 'Russia'], ['IGOWSTNAT', 'NATO'], ['USA', 'United States'], ['CHN', 'China'], ['UKR', 'Ukraine'], ['DEU', 'Germany'],
  ['FRA', 'France'], ['GBR', 'United Kingdom'], ['IRN', 'Iran'], ['ISR', 'Israel'], ['TUR', 'Turkey'], ['IND', 'India'],
  ['JPN', 'Japan'], ['IGOEUREEC', 'European Union'], ['IGOUNO', 'United Nations'], ['RUSGOV', 'Russian government'],
];
// CAMEO roots with a typical code, QuadClass and Goldstein value.
const ROOTS = [['01', '010', 1, 0], ['03', '036', 1, 4], ['04', '042', 1, 1.9], ['05', '051', 1, 3.4], ['06', '061', 2, 6.4], ['07', '071', 2, 7.4], ['10', '100', 3, -5], ['11', '111', 3, -2], ['12', '120', 3, -4], ['13', '130', 3, -4.4], ['14', '141', 3, -6.5], ['16', '161', 4, -4], ['17', '172', 4, -5], ['19', '190', 4, -10]];
const WORDS = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ');

/** A small deterministic generator, so that every run builds the same store. */
function random(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

function pick(rand, list) {
  return list[Math.floor(rand() * list.length)];
}

function day(rand) {
  const start = Date.UTC(2019, 0, 1);
  return new Date(start + Math.floor(rand() * 5 * 365) * 86_400_000).toISOString().slice(0, 10);
}

function syntheticArticle(i, rand) {
  const published = day(rand);
  const words = Array.from({ length: 60 }, () => pick(rand, WORDS)).join(' ');
  const text = `date ${published}\nSynthetic report ${i}\n\n${words} ${i}.`;
  const events = Array.from({ length: EVENTS_PER_ARTICLE }, (_, n) => {
    const [sourceCode, sourceName] = pick(rand, ACTORS);
    let target = pick(rand, ACTORS);
    while (target[0] === sourceCode) target = pick(rand, ACTORS);
    const [root, code, quadClass, goldstein] = pick(rand, ROOTS);
    const date = rand() < 0.8 ? published : day(rand);
    return {
      sentence: n, evidence: `${sourceName} and ${target[1]}: synthetic sentence ${n} of report ${i}.`,
      source: { code: sourceCode, name: sourceName, text: sourceName }, target: { code: target[0], name: target[1], text: target[1] },
      code, root, quadClass, goldstein, plover: null, date, dateText: null, dateBasis: 'stated', modality: 'asserted', background: false,
      location: null, reportedBy: null, confidence: 0.9, rule: 'synthetic',
    };
  });
  const names = new Map(events.flatMap((e) => [[e.source.code, e.source.name], [e.target.code, e.target.name]]));
  const entities = [...names].map(([code, name]) => ({ name, type: code.startsWith('IGO') ? 'organization' : 'country', code, role: null, affiliation: 'dictionary', geo: null, mentions: [] }));
  const output = { article: { id: `synthetic-${i}`, source: `synthetic/${i}.txt`, title: `Synthetic report ${i}`, published, language: 'en', note: null }, entities, times: [], quotes: [], events };
  const body = text.slice(text.indexOf('\n') + 1);
  return { output, url: null, text, textHash: textHash(body), signature: minhashSignature(body) };
}

async function buildStore() {
  if (process.argv.includes('--rebuild')) rmSync(DB, { force: true });
  mkdirSync(dirname(DB), { recursive: true });
  const store = await openStore(DB);
  try {
    const have = (await storeStats(store.db)).events;
    if (have >= EVENTS) return have;
    const started = performance.now();
    const rand = random(7);
    const articles = Math.ceil(EVENTS / EVENTS_PER_ARTICLE);
    for (let i = 0; i < articles; i += 500) {
      const batch = [];
      for (let j = i; j < Math.min(articles, i + 500); j++) batch.push(syntheticArticle(j, rand));
      await store.write(batch);
    }
    const stats = await storeStats(store.db);
    console.log(`built ${DB}: ${stats.articles} articles, ${stats.events} events, ${stats.clusters} clusters in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return stats.events;
  } finally {
    await store.close();
  }
}

const BARE_SERVER = `
  const body = Buffer.alloc(Number(process.argv[1]), 'x');
  const server = require('node:http').createServer((req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.end(body); });
  server.listen(0, '127.0.0.1', () => console.log('serving at http://127.0.0.1:' + server.address().port));`;

function startServer(bareBytes = 0) {
  const args = bareBytes > 0 ? ['-e', BARE_SERVER, String(bareBytes)] : [join(ROOT, 'bin/dyad.js'), 'serve', '--db', DB, '--port', '0'];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolveUrl, reject) => {
    child.once('exit', (code) => reject(new Error(`dyad serve exited (${code})`)));
    child.stdout.on('data', (chunk) => {
      const m = /at (?<url>http:\/\/\S+)/u.exec(String(chunk));
      if (m?.groups) resolveUrl({ url: m.groups.url, child });
    });
  });
}

function requestPaths(rand) {
  return Array.from({ length: DYADS }, () => {
    const a = pick(rand, ACTORS);
    let b = pick(rand, ACTORS);
    while (b[0] === a[0]) b = pick(rand, ACTORS);
    const name = (actor) => (rand() < 0.5 ? actor[0] : actor[1]);
    return `/api/series?${new URLSearchParams({ a: name(a), b: name(b), by: rand() < 0.7 ? 'month' : 'week' })}`;
  });
}

/** CPU seconds the server process has used (Linux /proc): on a shared machine, its cost per request is the steady figure. */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function run(url, paths, seconds) {
  let next = 0;
  return autocannon({ url, connections: CONNECTIONS, duration: seconds, headers: HEADERS, requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }] });
}

function summary(result, seconds) {
  return {
    events: 0, connections: CONNECTIONS, dyads: DYADS, seconds, gzip: 'accept-encoding' in HEADERS, requests: result.requests.total, perSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, bytes: result.throughput.total,
  };
}

function print(label, f, what = `GET /api/series on ${f.events} events, ${f.dyads} series, ${f.gzip ? 'gzip' : 'plain'}`) {
  console.log(`${label}: ${what}, ${f.connections} connections, ${f.seconds} s: ${f.requests} requests (${f.perSecond}/s)`);
  console.log(`  latency ms: p50 ${f.latencyMs.p50}, p90 ${f.latencyMs.p90}, p99 ${f.latencyMs.p99}, max ${f.latencyMs.max}; errors ${f.errors}, timeouts ${f.timeouts}, non-2xx ${f.non2xx}`);
}

const events = await buildStore();
const { url, child } = await startServer();
try {
  const paths = requestPaths(random(11));
  // Cold: each series asked once, one at a time: what the first request for a series costs (it runs the query).
  const cold = [];
  for (const path of new Set(paths)) {
    const started = performance.now();
    const res = await fetch(`${url}${path}`, { headers: HEADERS });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
    cold.push(performance.now() - started);
  }
  cold.sort((x, y) => x - y);
  const coldMs = { series: cold.length, median: Math.round(cold[Math.floor(cold.length / 2)]), max: Math.round(cold[cold.length - 1]) };
  console.log(`cold: ${coldMs.series} series asked once each: median ${coldMs.median} ms, max ${coldMs.max} ms`);
  const warm = { ...summary(await run(url, paths, WARM_UP_SECONDS), WARM_UP_SECONDS), events };
  print('warm-up', warm);
  const cpuBefore = cpuSeconds(child.pid);
  const figures = { ...summary(await run(url, paths, SECONDS), SECONDS), events };
  figures.serverCpuMsPerRequest = Math.round(((cpuSeconds(child.pid) - cpuBefore) * 1000 * 1000) / Math.max(1, figures.requests)) / 1000;
  print('measured', figures);
  console.log(`  server CPU per request: ${figures.serverCpuMsPerRequest} ms (load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`);
  const bytesPerAnswer = Math.round(figures.bytes / Math.max(1, figures.requests));
  let baseline = null;
  if (process.argv.includes('--baseline')) {
    const bare = await startServer(bytesPerAnswer);
    try {
      baseline = summary(await run(bare.url, ['/'], SECONDS), SECONDS);
      print('baseline', baseline, `bare node:http answering a fixed ${bytesPerAnswer}-byte body`);
    } finally {
      bare.child.kill('SIGTERM');
    }
  }
  console.log(JSON.stringify({ ...figures, cold: coldMs, warmUp: warm, baseline }));
  if (figures.errors + figures.timeouts + figures.non2xx > 0) process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
}
if (!existsSync(DB)) process.exitCode = 1;
