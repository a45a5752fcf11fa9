#!/usr/bin/env node
/**
 * `npm run fuzz`: thousands of malformed inputs through `dyad code` and `dyad ingest` (in-process, via the CLI's
 * `main`), then a few real processes for exit codes and stderr. Passes when nothing crashed, every bad item gave
 * exactly one clear error line, and every good item was coded (code: one output each; ingest: stored or duplicate).
 *
 *   node scripts/fuzz.mjs [--inputs 10000] [--seed 1] [--no-big]
 *   -> fuzz: 10,013 inputs tried, 7,051 good coded, 2,962 bad reported, 0 crashes (seed 1, 41.2 s)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { jsonLine, random, wholeFiles } from './fuzz-inputs.mjs';
import { timeWorstInputs } from './fuzz-worst.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { inputs: { type: 'string', default: '10000' }, seed: { type: 'string', default: '1' }, 'no-big': { type: 'boolean', default: false } } });
const { main } = await import(join(root, 'dist/interfaces/cli/main.js'));

const LINES_PER_FILE = 500;
const STACK_FRAME = /^\s+at .+[(:]\d+/mu;
const problems = [];
let crashes = 0;
const crash = (what, err) => {
  crashes++;
  problems.push(`CRASH ${what}: ${err?.stack ?? err}`);
};
process.on('uncaughtException', (err) => crash('uncaught exception', err));
process.on('unhandledRejection', (err) => crash('unhandled rejection', err));

function capture() {
  const out = [];
  const err = [];
  return { out, err, io: { out: (s) => out.push(s), error: (s) => err.push(s), readStdin: async () => Buffer.alloc(0), isTerminal: false, colour: false } };
}

/** Writes the inputs: JSON Lines files of LINES_PER_FILE lines each, then the whole files. */
function writeInputs(dir, count, rnd, big) {
  const items = [];
  mkdirSync(join(dir, 'in'));
  for (let file = 0, n = 0; n < count; file++) {
    const lines = [];
    for (let i = 0; i < LINES_PER_FILE && n < count; i++, n++) lines.push(jsonLine(rnd, n));
    const name = join(dir, 'in', `batch-${String(file).padStart(4, '0')}.jsonl`);
    writeFileSync(name, `${lines.map((l) => l.line).join('\n')}\n`);
    for (const l of lines) items.push({ code: l.good, ingest: l.good });
  }
  for (const f of wholeFiles(rnd, big)) {
    writeFileSync(join(dir, 'in', f.name), f.bytes);
    items.push({ code: f.code, ingest: f.ingest });
  }
  return items;
}

/** Error lines must be one line each, say `dyad: <where>: <what>`, and carry no stack trace. */
function checkErrors(command, lines) {
  for (const line of lines) {
    if (!line.startsWith('dyad: ') || line.includes('\n') || STACK_FRAME.test(line)) problems.push(`${command}: unclear error line: ${line.slice(0, 300)}`);
  }
}

async function run(command, argv) {
  const c = capture();
  const started = performance.now();
  let status;
  try {
    status = await main(argv, c.io);
  } catch (err) {
    crash(command, err);
  }
  checkErrors(command, c.err);
  if (process.env.FUZZ_VERBOSE) for (const line of c.err) console.error(`  ${command}: ${line.slice(0, 200)}`);
  return { ...c, status, seconds: (performance.now() - started) / 1000 };
}

function expect(what, actual, wanted, slack = 0) {
  if (!(actual >= wanted && actual <= wanted + slack)) problems.push(`${what}: ${actual}, want ${wanted}${slack ? ` to ${wanted + slack}` : ''}`);
}

/** Items that must be coded, and those that may go either way (an article near the time budget). */
function verdicts(items, command) {
  const good = items.filter((i) => i[command] === true).length;
  const either = items.filter((i) => i[command] === null).length;
  return { good, either, bad: items.length - good - either };
}

async function fuzzCode(dir, items) {
  const r = await run('code', ['code', '--format', 'jsonl', ...filesOf(dir)]);
  const { good, either, bad } = verdicts(items, 'code');
  expect('code: outputs', r.out.length, good, either);
  expect('code: error lines', r.err.length, bad, either);
  expect('code: outputs + error lines', r.out.length + r.err.length, items.length);
  expect('code: exit status', r.status, 1);
  return { good: r.out.length, bad: r.err.length, seconds: r.seconds };
}

async function fuzzIngest(dir, items) {
  const db = join(dir, 'fuzz.db');
  const r = await run('ingest', ['ingest', '--db', db, '--no-progress', '--format', 'json', '--workers', '2', join(dir, 'in')]);
  const { good, either, bad } = verdicts(items, 'ingest');
  const summary = JSON.parse(r.out.join('\n') || '{}');
  expect('ingest: read', summary.read, items.length);
  expect('ingest: stored + duplicates', summary.stored + summary.duplicates, good, either);
  expect('ingest: failed', summary.failed, bad, either);
  expect('ingest: error lines', r.err.length, summary.failed);
  // A second run over the same inputs stores nothing new: nothing was half-written.
  const again = await run('ingest again', ['ingest', '--db', db, '--no-progress', '--format', 'json', '--workers', '0', join(dir, 'in')]);
  const second = JSON.parse(again.out.join('\n') || '{}');
  expect('ingest again: stored', second.stored, 0, either);
  expect('ingest again: duplicates', second.duplicates, summary.stored + summary.duplicates, either);
  return { good: summary.stored + summary.duplicates, bad: summary.failed, seconds: r.seconds };
}

function filesOf(dir) {
  return spawnSync('ls', [join(dir, 'in')], { encoding: 'utf8' }).stdout.trim().split('\n').map((f) => join(dir, 'in', f));
}

/** A few real processes: the exit status and stderr a shell user sees. */
function processRuns(dir) {
  const dyad = join(root, 'bin/dyad.js');
  const cases = [
    { argv: ['code', join(dir, 'in/good-date.txt'), '--format', 'json'], status: 0, errLines: 0 },
    { argv: ['code', join(dir, 'in/binary.txt')], status: 1, errLines: 1 },
    { argv: ['code', join(dir, 'in/bad-date.txt')], status: 1, errLines: 1 },
    { argv: ['code', join(dir, 'in/good-date.txt'), '--max-chars', '10'], status: 1, errLines: 1 },
    { argv: ['code', join(dir, 'missing.txt')], status: 1, errLines: 1 },
    { argv: ['code', '--max-chars', 'lots'], status: 2, errLines: 1 },
    { argv: ['code', '-'], stdin: Buffer.from([0xff, 0xfe, 0x00, 0x01]), status: 1, errLines: 1 },
    { argv: ['ingest', '--db', join(dir, 'proc.db'), '--no-progress', join(dir, 'in/binary.txt'), join(dir, 'in/good-date.txt')], status: 1, errLines: 1 },
  ];
  for (const c of cases) {
    const r = spawnSync(process.execPath, [dyad, ...c.argv], { input: c.stdin ?? '', encoding: 'utf8', maxBuffer: 1 << 28 });
    const errLines = r.stderr.split('\n').filter(Boolean);
    const what = `process dyad ${c.argv.map((a) => a.replace(dir, '…')).join(' ')}`;
    if (r.status !== c.status) problems.push(`${what}: exit ${r.status}, want ${c.status}`);
    if (errLines.length !== c.errLines || STACK_FRAME.test(r.stderr)) problems.push(`${what}: stderr ${JSON.stringify(r.stderr.slice(0, 300))}`);
    if (r.signal) crash(what, `killed by ${r.signal}`);
  }
  return cases.length;
}

const started = performance.now();
const dir = mkdtempSync(join(tmpdir(), 'dyad-fuzz-'));
try {
  const items = writeInputs(dir, Number(values.inputs), random(Number(values.seed)), !values['no-big']);
  const code = await fuzzCode(dir, items);
  const ingest = await fuzzIngest(dir, items);
  const processes = processRuns(dir);
  for (const row of await timeWorstInputs()) console.log(row);
  for (const p of problems) console.error(p);
  console.log(`  dyad code: ${code.good} coded, ${code.bad} errors in ${code.seconds.toFixed(1)} s; dyad ingest: ${ingest.good} stored, ${ingest.bad} failed in ${ingest.seconds.toFixed(1)} s; ${processes} process runs`);
  const tried = items.length * 2 + processes;
  console.log(`fuzz: ${tried.toLocaleString('en')} inputs tried (${items.length.toLocaleString('en')} items x code and ingest, ${processes} processes), ${(code.good + ingest.good).toLocaleString('en')} good coded, ${(code.bad + ingest.bad).toLocaleString('en')} bad reported, ${crashes} crashes, ${problems.length} problems (seed ${values.seed}, ${((performance.now() - started) / 1000).toFixed(1)} s)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exitCode = problems.length > 0 ? 1 : 0;
