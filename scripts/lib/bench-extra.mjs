// The store and scale-out benches as parts of `npm run bench`: `--store` runs scripts/bench-store.mjs (SQLite
// ingest and series, issue #5), `--scale` runs scripts/bench-scale.mjs (PostgreSQL + BullMQ, issue #8), `--all`
// both, after the code figures. Each runs as a child process on the same build; its last-line JSON is merged into
// bench.mjs's JSON under `store` / `scale`, with a `targets` object saying which target is met.
//
//   npm run bench -- --store [--store-count 20000] [--store-events 1000000] [--store-repeat 1]
//   npm run bench -- --scale [--scale-count 20000] [--scaling-count 3000] [--scale-events 1000000]
//   npm run bench -- --all
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPTS = fileURLToPath(new URL('../', import.meta.url));

/** `--store-count 5000` on bench.mjs's command line becomes `--count 5000` for bench-store.mjs. */
function passOn(argv, from, to) {
  const i = argv.indexOf(from);
  return i >= 0 && argv[i + 1] !== undefined ? [to, argv[i + 1]] : [];
}

/** Runs a bench script with its output shown as it comes; resolves with the JSON object of its last line. */
function runScript(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`${SCRIPTS}${script}`, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let last = '';
    let pending = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('{')) last = line;
        else console.log(`  ${line}`);
      }
    });
    child.on('error', reject);
    child.on('close', (status) => {
      if (pending.startsWith('{')) last = pending;
      if (status !== 0 || !last) reject(new Error(`${script} exited with status ${status}`));
      else resolve(JSON.parse(last));
    });
  });
}

const verdict = (t) => (t.met === null ? 'not measured' : `${t.met ? 'met' : 'NOT met'}${t.sized ? '' : ' (on a smaller input than the target names)'}`);

/** A target check: `met` is null when the figure was not measured (a part skipped); `sized` whether the input was as large as the issue asks. */
function target(key, label, value, met, { unit = '', sized = true } = {}) {
  const measured = value !== null && value !== undefined;
  return { key, label, value: measured ? value : null, met: measured ? met(value) : null, unit, sized };
}

function storeTargets(f) {
  const corpus = { sized: f.articles >= 20_000 };
  return [
    target('ingestOverCode', 'ingest / code only (wall clock), target >= 0.7', f.ingestOverCode, (v) => v >= 0.7, corpus),
    target('twoOverOne', '2 workers / 1 worker (wall clock), target >= 1.8', f.twoOverOne, (v) => v >= 1.8, { ...corpus, unit: 'x' }),
    target('peakRss', 'peak RSS of the ingest process with 2 workers, target <= 300 MB', f.peakRssMb, (v) => v <= 300, { ...corpus, unit: ' MB' }),
    target('series', 'series over 1,000,000 events (median, warm), target < 100 ms', f.seriesMedianMs, (v) => v < 100, { unit: ' ms', sized: f.seriesEvents >= 1_000_000 }),
  ];
}

function scaleTargets(f) {
  return [
    target('countsEqual', 'queue ingest (1 producer, 3 worker processes) counts equal to one SQLite process', f.ingest?.equal, (v) => v === true, { sized: f.ingest?.articles >= 20_000 }),
    target('twoOverOne', '2 worker processes / 1 (wall clock), target >= 1.8', f.scaling ? Number(f.scaling.speedup.toFixed(2)) : null, (v) => v >= 1.8, { unit: 'x' }),
    target('series', 'series over 1,000,000 events in PostgreSQL (median, warm), target < 100 ms', f.series ? Number(f.series.medianMs.toFixed(1)) : null, (v) => v < 100, { unit: ' ms', sized: f.series?.events >= 1_000_000 }),
  ];
}

function withTargets(name, figures, targetsOf) {
  const targets = targetsOf(figures);
  console.log(`${name} targets:`);
  for (const t of targets) console.log(`  ${t.label}: ${t.value === null ? '-' : `${t.value}${t.unit}`} -> ${verdict(t)}`);
  return { ...figures, targets: Object.fromEntries(targets.map((t) => [t.key, t.met === null ? null : t.met && t.sized])) };
}

/** The extra parts the flags ask for, run one after the other; `{}` when none is asked for. */
export async function runExtraBenches(argv) {
  const all = argv.includes('--all');
  const extra = {};
  if (all || argv.includes('--store')) {
    console.log('store bench (scripts/bench-store.mjs):');
    const args = [...passOn(argv, '--store-count', '--count'), ...passOn(argv, '--store-events', '--events'), ...passOn(argv, '--store-repeat', '--repeat')];
    extra.store = withTargets('store', await runScript('bench-store.mjs', args), storeTargets);
  }
  if (all || argv.includes('--scale')) {
    console.log('scale bench (scripts/bench-scale.mjs):');
    const args = [...passOn(argv, '--scale-count', '--count'), ...passOn(argv, '--scaling-count', '--scaling-count'), ...passOn(argv, '--scale-events', '--events')];
    extra.scale = withTargets('scale', await runScript('bench-scale.mjs', args), scaleTargets);
  }
  return extra;
}
