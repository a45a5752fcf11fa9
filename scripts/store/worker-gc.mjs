#!/usr/bin/env node
// Garbage collection in one ingest worker thread: codes a generated corpus in a worker with the heap limits given,
// holding each transaction's coded articles until the transaction is full, as `dyad ingest` does (no writing), and
// prints the scavenges and mark-compacts V8 ran, their pause time, and the CPU time of the whole process per
// article (V8's helper threads mark the old generation concurrently, so their CPU counts too).
//
//   npm run build && node scripts/store/worker-gc.mjs [--young 16] [--old 256] [--batch 256] [--count 3000]
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { importDist } from '../lib/dyad-dist.mjs';
import { option } from '../lib/options.mjs';
import { storeCorpusArticles } from '../lib/store-corpus.mjs';

const WARM_UP = 300;

async function measure({ count, batch }) {
  const { codeForStore } = await importDist('app/ingest/code-for-store.js');
  const { loadDictionaries } = await importDist('dictionaries/index.js');
  const dictionaries = loadDictionaries();
  const articles = await storeCorpusArticles(count);
  for (const article of articles.slice(0, WARM_UP)) codeForStore(article, dictionaries);

  const gc = { scavenges: 0, markCompacts: 0, scavengeMs: 0, markCompactMs: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR) {
        gc.markCompacts++;
        gc.markCompactMs += entry.duration;
      } else if (entry.detail.kind === constants.NODE_PERFORMANCE_GC_MINOR) {
        gc.scavenges++;
        gc.scavengeMs += entry.duration;
      }
    }
  });
  observer.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  const cpu = process.cpuUsage();
  let held = [];
  let events = 0;
  for (const article of articles) {
    const outcome = codeForStore(article, dictionaries);
    if (outcome.ok) held.push(outcome.coded);
    if (held.length >= batch) {
      for (const coded of held) events += coded.output.events.length;
      held = [];
    }
  }
  // The observer reports on a later tick.
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const used = process.cpuUsage(cpu);
  return {
    articles: articles.length,
    events,
    msPerArticle: Number(((performance.now() - started) / articles.length).toFixed(3)),
    processCpuMsPerArticle: Number(((used.user + used.system) / 1000 / articles.length).toFixed(3)),
    scavenges: gc.scavenges,
    markCompacts: gc.markCompacts,
    scavengePauseMs: Math.round(gc.scavengeMs),
    markCompactPauseMs: Math.round(gc.markCompactMs),
    rssMb: Math.round(process.memoryUsage().rss / 1048576),
  };
}

if (isMainThread) {
  const young = option('--young', 16);
  const old = option('--old', 256);
  const setup = { count: option('--count', 3_000), batch: option('--batch', 256) };
  const worker = new Worker(new URL(import.meta.url), { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: old } });
  worker.on('message', (figures) => {
    console.log(`worker with a ${young} MB young and ${old} MB old generation, transactions of ${setup.batch}: ${figures.scavenges} scavenges, ${figures.markCompacts} mark-compacts, ${figures.processCpuMsPerArticle} ms CPU an article (process), RSS ${figures.rssMb} MB`);
    console.log(JSON.stringify({ young, old, ...setup, ...figures }));
  });
  worker.on('error', (err) => {
    process.stderr.write(`worker-gc: ${err.message}\n`);
    process.exitCode = 1;
  });
} else {
  parentPort.postMessage(await measure(workerData));
}
