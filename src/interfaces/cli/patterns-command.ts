/** `dyad patterns check`: prints the event-pattern dictionary's summary and problems; exit status 1 on problems. */
import { checkPatternDictionary } from '../../app/index.js';
import type { Io } from './io.js';

export function runPatternsCheck(io: Io): number {
  const report = checkPatternDictionary();
  const roots = Object.entries(report.byRoot).sort(([a], [b]) => a.localeCompare(b)).map(([root, n]) => `${root}:${n}`).join(' ');
  io.out(`${report.patterns} patterns (${report.verbs} verb, ${report.nouns} noun) on ${report.heads} heads, ${report.speech} speech cues`);
  io.out(`per CAMEO root: ${roots}`);
  for (const p of report.problems) io.error(`${p.file}${p.line === null ? '' : `:${p.line}`}: ${p.problem}`);
  io.out(report.problems.length === 0 ? 'ok: every code exists, no duplicates, every root covered' : `${report.problems.length} problem(s)`);
  return report.problems.length === 0 ? 0 : 1;
}
