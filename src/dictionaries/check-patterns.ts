/**
 * The checks behind `dyad patterns check`: every pattern's code exists in the ontology, no pattern is listed twice,
 * and every CAMEO root 01-20 has at least one verb or noun pattern.
 */
import type { Ontology } from './load-ontology.js';
import type { EventPattern, PatternSet } from './load-patterns.js';

export interface PatternProblem {
  readonly file: string;
  readonly line: number | null;
  readonly problem: string;
}

export interface PatternReport {
  readonly patterns: number;
  readonly verbs: number;
  readonly nouns: number;
  readonly speech: number;
  /** Number of distinct head lemmas. */
  readonly heads: number;
  /** Patterns per CAMEO root, "01" … "20". */
  readonly byRoot: Readonly<Record<string, number>>;
  readonly problems: readonly PatternProblem[];
}

const ROOTS = Array.from({ length: 20 }, (_, i) => String(i + 1).padStart(2, '0'));

/** Two patterns are the same when kind, head, particle, words and flags agree (word order does not matter). */
function signature(p: EventPattern): string {
  return [p.kind, p.lemma, p.particle ?? '', [...p.with].sort().join('|'), [...p.without].sort().join('|'), [...p.flags].sort().join(',')].join('\t');
}

export function checkPatterns(patterns: PatternSet, ontology: Ontology): PatternReport {
  const problems: PatternProblem[] = [];
  const first = new Map<string, EventPattern>();
  const byRoot: Record<string, number> = Object.fromEntries(ROOTS.map((r) => [r, 0]));
  for (const p of patterns.all) {
    if (!ontology.codes.has(p.code)) problems.push({ file: p.file, line: p.line, problem: `${p.id}: code ${p.code} is not in the CAMEO ontology` });
    const sig = signature(p);
    const earlier = first.get(sig);
    if (earlier) problems.push({ file: p.file, line: p.line, problem: `${p.id} repeats line ${earlier.line} (${earlier.code} vs ${p.code})` });
    else first.set(sig, p);
    const root = p.code.slice(0, 2);
    byRoot[root] = (byRoot[root] ?? 0) + 1;
  }
  for (const cue of patterns.speechCues) {
    if (!ontology.codes.has(cue.code)) problems.push({ file: cue.file, line: cue.line, problem: `${cue.id}: code ${cue.code} is not in the CAMEO ontology` });
  }
  for (const [prefix, code] of patterns.intent) {
    if (!ontology.codes.has(prefix) || !ontology.codes.has(code)) problems.push({ file: 'patterns/intent.tsv', line: null, problem: `${prefix} -> ${code}: code not in the CAMEO ontology` });
  }
  for (const root of ROOTS) {
    if (!byRoot[root]) problems.push({ file: 'patterns', line: null, problem: `no pattern codes root ${root}` });
  }
  const heads = new Set(patterns.all.map((p) => `${p.kind}:${p.lemma}`)).size;
  const verbs = patterns.all.filter((p) => p.kind === 'verb').length;
  return { patterns: patterns.all.length, verbs, nouns: patterns.all.length - verbs, speech: patterns.speechCues.length, heads, byRoot, problems };
}
