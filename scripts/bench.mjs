#!/usr/bin/env node
// `npm run bench`: speed of the whole `dyad code` pipeline on one core, against bare wink-nlp `readDoc` on the same
// generated corpus. Prints a summary and, as its last line, one JSON object with the figures.
//
//   node scripts/bench.mjs [--long] [--count N] [--seed S]
//
// Default: 2,000 articles, about 10 s per measurement (well within 50 s). --long: 10,000 articles, about 30 s each.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { generateCorpus, toText } from './corpus/generate.mjs';
import { loadDyad } from './lib/dyad-dist.mjs';
import { emptyStageTimes, timeStages } from './lib/stage-times.mjs';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? Number(process.argv[i + 1]) : fallback;
}

const long = process.argv.includes('--long');
const count = option('--count', long ? 10_000 : 2_000);
const seed = option('--seed', 1);
const budgetMs = long ? 30_000 : 10_000;
const maxPasses = long ? 10 : 5;
const WARM_UP = 200;

/** Runs `work` over every item, pass after pass, until the time budget is spent; at least one pass. */
function measure(items, work) {
  let n = 0;
  let passes = 0;
  const started = performance.now();
  while (passes === 0 || (performance.now() - started < budgetMs && passes < maxPasses)) {
    for (const item of items) work(item);
    n += items.length;
    passes++;
  }
  const ms = performance.now() - started;
  return { items: n, passes, ms, perSecond: (n * 1000) / ms };
}

async function main() {
  const dyad = await loadDyad();
  const t0 = performance.now();
  const generated = [...generateCorpus({ count, seed })];
  const articles = generated.map((g) => dyad.parseTextArticle(toText(g), `${g.id}.txt`));
  const words = generated.reduce((n, g) => n + g.words, 0);
  const generateMs = performance.now() - t0;

  const t1 = performance.now();
  const dictionaries = dyad.loadDictionaries();
  const loadMs = performance.now() - t1;
  const code = (article) => JSON.stringify(dyad.toContract(dyad.analyse(article, { dictionaries })));
  const nlp = winkNLP(model);
  const read = (article) => nlp.readDoc(article.text);

  for (const a of articles.slice(0, WARM_UP)) { code(a); read(a); }
  const stageTimes = emptyStageTimes(dyad.STAGES);
  const tokens = timeStages(articles, dyad, dictionaries, stageTimes);
  const full = measure(articles, code);
  const baseline = measure(articles, read);

  const perArticle = (r) => r.ms / r.items;
  const result = {
    articles: count, words, tokens, seed,
    articlesPerSecond: Math.round(full.perSecond),
    tokensPerSecond: Math.round((full.perSecond * tokens) / count),
    wordsPerSecond: Math.round((full.perSecond * words) / count),
    msPerArticle: Number(perArticle(full).toFixed(4)),
    baselineArticlesPerSecond: Math.round(baseline.perSecond),
    baselineMsPerArticle: Number(perArticle(baseline).toFixed(4)),
    ratio: Number((full.perSecond / baseline.perSecond).toFixed(3)),
    passes: full.passes, baselinePasses: baseline.passes,
    stageMsPerArticle: Object.fromEntries(Object.entries(stageTimes).map(([k, v]) => [k, Number((v / count).toFixed(4))])),
    dictionaryLoadMs: Math.round(loadMs),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    node: process.version,
  };
  console.log(`dyad bench: ${count} generated articles (seed ${seed}), ${words} words, ${tokens} tokens; generated in ${Math.round(generateMs)} ms`);
  console.log(`dictionaries loaded in ${result.dictionaryLoadMs} ms`);
  console.log(`dyad code (in-process: analyse + toContract + JSON.stringify): ${result.articlesPerSecond} articles/s, ${result.msPerArticle} ms/article, ${result.tokensPerSecond} tokens/s (${full.passes} passes)`);
  console.log(`wink-nlp readDoc alone:                                     ${result.baselineArticlesPerSecond} articles/s, ${result.baselineMsPerArticle} ms/article (${baseline.passes} passes)`);
  console.log(`ratio dyad / readDoc: ${result.ratio}; target >= 1,000 articles/s per core: ${result.articlesPerSecond >= 1000 ? 'met' : 'NOT met'}`);
  console.log(`per stage (ms/article): ${Object.entries(result.stageMsPerArticle).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`peak RSS: ${result.peakRssMB} MB`);
  console.log(JSON.stringify(result));
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 1;
});
