#!/usr/bin/env node
// `npm run readme:figures`: runs `npm run eval` and `npm run bench` (their scripts, on the current build) and writes
// their figures into README.md between `<!-- figures: eval -->` and `<!-- figures: bench -->` markers, with the
// date and commit they were measured at. Figures depend on the machine, so no test checks them; rerun this after
// a change that moves them.
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { ROOT } from './lib/dyad-dist.mjs';

function lastJsonLine(script, args = []) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`${script} failed (exit ${run.status}): ${run.stderr.trim().split('\n').pop()}`);
  const lines = run.stdout.trim().split('\n');
  return { json: JSON.parse(lines[lines.length - 1] ?? '{}'), text: lines.slice(0, -1).join('\n') };
}

const pct = (v) => (v == null ? 'n/a' : `${(v * 100).toFixed(1)}%`);
const EVENT_ROWS = [
  ['events found (recall)', (f) => `${pct(f.eventRecall)} (${f.eventsHit}/${f.events})`],
  ['precision in gold sentences', (f) => pct(f.sentencePrecision)],
  ['event date right', (f) => pct(f.dateAccuracy)],
  ['background flag right', (f) => pct(f.backgroundAccuracy)],
  ['modality right', (f) => pct(f.modalityAccuracy)],
  ['must-not cases broken', (f) => `${f.mustNotBroken}/${f.mustNot}`],
  ['quotes found', (f) => `${pct(f.quoteRecall)} of ${f.quotes}`],
  ['quote speaker right', (f) => pct(f.speakerAccuracy)],
  ['times right', (f) => pct(f.timeAccuracy)],
  ['people (role, code) right', (f) => pct(f.personAccuracy)],
  ['events output', (f) => String(f.outputEvents)],
];

function evalTable(figures) {
  const seed = figures.seed ?? {};
  const wiki = figures['wikinews-dev'] ?? {};
  const rows = EVENT_ROWS.map(([name, show]) => `| ${name} | ${show(seed)} | ${show(wiki)} |`);
  const plover = figures['plover-dev'];
  const timex = [['meantime', figures.meantime], ['gum-news', figures['gum-news']]].filter(([, f]) => f);
  return [
    '| figure | seed article | Wikinews dev (20 gold articles) |', '|---|---|---|', ...rows, '',
    plover ? `PLOVER gold sentences (dev, ${plover.records}): event type found ${pct(plover.typeRecall)}, with the right source ${pct(plover.typeAndSourceRecall)}; precision of the types output ${pct(plover.typePrecision)}.` : '',
    ...timex.map(([name, f]) => `Dates in ${name} (${f.documents} articles, ${f.timexes} calendar dates): found ${pct(f.timexRecall)}, value right ${pct(f.valueAccuracy)}.`),
  ].filter((l, i, all) => l !== '' || all[i - 1] !== '').join('\n');
}

function benchTable(b) {
  return [
    '| figure | value |', '|---|---|',
    `| tokenise + actors + times: articles / s (wall clock; CPU time), target 1,500 | ${b.foundationArticlesPerSecond}; ${b.foundationCpuArticlesPerSecond} |`,
    `| tokenise to quotes: articles / s (wall clock; CPU time), target 1,200 | ${b.throughQuotesArticlesPerSecond}; ${b.throughQuotesCpuArticlesPerSecond} |`,
    `| full pipeline: articles / s (one core, wall clock), target 1,000 | ${b.articlesPerSecond} |`,
    `| full pipeline: articles / s (one core, CPU time) | ${b.cpuArticlesPerSecond} |`,
    `| full pipeline: ms / article | ${b.msPerArticle} |`,
    `| tokens / s | ${b.tokensPerSecond} |`,
    `| wink-nlp readDoc alone, articles / s (wall clock; CPU time) | ${b.baselineArticlesPerSecond}; ${b.baselineCpuArticlesPerSecond} |`,
    `| ratio to readDoc (CPU time): tokenise + actors + times; to quotes; full | ${b.foundationCpuRatio}; ${b.throughQuotesCpuRatio}; ${b.cpuRatio} |`,
    `| ms / article per stage | ${Object.entries(b.stageMsPerArticle).map(([k, v]) => `${k} ${v}`).join(', ')} |`,
    `| peak RSS | ${b.peakRssMB} MB |`,
    '', `${b.articles} generated articles (${b.words} words, seed ${b.seed}), Node ${b.node}, ${os.cpus().length} cores, load average ${os.loadavg()[0].toFixed(1)} when it finished.`,
  ].join('\n');
}

function replaceBlock(readme, name, body) {
  const start = `<!-- figures: ${name} -->`;
  const end = `<!-- /figures: ${name} -->`;
  const i = readme.indexOf(start);
  const j = readme.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README.md has no ${start} … ${end} block`);
  return `${readme.slice(0, i + start.length)}\n${body}\n${readme.slice(j)}`;
}

const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
const when = `Measured ${new Date().toISOString().slice(0, 10)} at commit ${commit}.`;
const evaluation = lastJsonLine('eval.mjs', ['--json']).json;
const bench = lastJsonLine('bench.mjs', process.argv.slice(2)).json;
let readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
readme = replaceBlock(readme, 'eval', `${evalTable(evaluation)}\n\n${when}`);
readme = replaceBlock(readme, 'bench', `${benchTable(bench)} ${when}`);
writeFileSync(join(ROOT, 'README.md'), readme);
console.log('README.md figures updated');
