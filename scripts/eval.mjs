#!/usr/bin/env node
// `npm run eval`: codes the evaluation sets of ../shared with the built dyad, scores each with
// ../shared/eval/score.mjs, and prints one table of the figures (`--json`: the figures as one JSON object).
//
//   node scripts/eval.mjs [--json] [--shared DIR]
//
// Outputs and the scorer's full reports (every miss) go to .eval/. Exits 1 only when something could not run:
// a stage crashed on an article, the scorer failed, or a set produced no output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDyad, ROOT } from './lib/dyad-dist.mjs';
import { datasets } from './lib/eval-datasets.mjs';
import { formatFigures } from './lib/figures-table.mjs';
import { textOption } from './lib/options.mjs';

const asJson = process.argv.includes('--json');
const shared = resolve(ROOT, textOption('--shared', process.env.DYAD_SHARED ?? '../shared'));
const outDir = join(ROOT, '.eval');
const log = (line) => (asJson ? process.stderr : process.stdout).write(`${line}\n`);

/** Codes every article of a set; an input error or a stage crash is a problem, the rest is output. */
function codeSet(dyad, set, dictionaries) {
  const outputs = [];
  const problems = [];
  for (const item of set.articles(dyad)) {
    if (item instanceof Error) {
      problems.push(item.message);
      continue;
    }
    try {
      outputs.push(dyad.toContract(dyad.analyse(item, { dictionaries })));
    } catch (err) {
      problems.push(`${item.source}: could not be coded: ${err.stack ?? err.message}`);
    }
  }
  return { outputs, problems };
}

/** Runs the scorer and returns its `SCORE {json}` figures, or an error with the scorer's last words. */
function score(set, outFile, reportFile) {
  const scorer = join(shared, 'eval/score.mjs');
  const run = spawnSync(process.execPath, [scorer, set.mode, set.gold, outFile, '-v'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  writeFileSync(reportFile, `${run.stdout ?? ''}${run.stderr ?? ''}`);
  const last = (run.stdout ?? '').trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('SCORE ')) {
    return { error: `scorer exit ${run.status}: ${(run.stderr || last).trim().split('\n').pop()}` };
  }
  return { figures: JSON.parse(last.slice('SCORE '.length)) };
}

async function main() {
  const dyad = await loadDyad();
  const dictionaries = dyad.loadDictionaries();
  const sets = datasets(shared, ROOT);
  if (sets.length === 0) throw new Error(`no evaluation sets found under ${shared}`);
  mkdirSync(outDir, { recursive: true });
  const results = [];
  let failed = false;
  for (const set of sets) {
    const started = performance.now();
    const { outputs, problems } = codeSet(dyad, set, dictionaries);
    const slug = set.name.replace(/[^\w.-]+/gu, '-');
    const outFile = join(outDir, `${slug}.jsonl`);
    writeFileSync(outFile, outputs.map((o) => JSON.stringify(o)).join('\n') + (outputs.length ? '\n' : ''));
    for (const p of problems) log(`eval: ${set.name}: ${p}`);
    const scored = outputs.length === 0 ? { error: 'no output' } : score(set, outFile, join(outDir, `${slug}.score.txt`));
    if (scored.error) log(`eval: ${set.name}: ${scored.error}`);
    failed ||= problems.length > 0 || Boolean(scored.error);
    const ms = Math.round(performance.now() - started);
    results.push({ name: set.name, key: set.key, articles: outputs.length, problems: problems.length, ms, figures: scored.figures ?? null, shown: set.figures });
  }
  if (asJson) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map((r) => [r.name, { ...r.figures, coded: r.articles, problems: r.problems, seconds: r.ms / 1000 }])))}\n`);
  } else {
    log(formatFigures(results));
    log(`\nOutputs and the scorer's reports (every miss): ${outDir}/`);
  }
  return failed ? 1 : 0;
}

main().then((status) => (process.exitCode = status), (err) => {
  process.stderr.write(`eval: ${err.message}\n`);
  process.exitCode = 1;
});
