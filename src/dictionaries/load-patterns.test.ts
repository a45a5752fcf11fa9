import { describe, expect, it } from 'vitest';
import { checkPatterns } from './check-patterns.js';
import { DATA_DIR } from './data-dir.js';
import { DictionaryError } from './dictionary-error.js';
import { buildOntology, loadOntology } from './load-ontology.js';
import { buildPatterns, buildSpeechCues, loadPatterns, type PatternKind } from './load-patterns.js';
import { parseTsv } from './tsv-lines.js';

const rows = (kind: PatternKind, text: string) => parseTsv(text).map((line) => ({ kind, file: `patterns/${kind}s.tsv`, line }));

describe('event patterns', () => {
  it('indexes verbs by lemma, the most specific pattern first', () => {
    const set = buildPatterns(rows('verb', '160\tsuspend\n161\tsuspend\tmission|ties\n161\tshut down\tembassy\n'));
    expect(set.verbs.get('suspend')?.map((p) => p.id)).toEqual(['verb:suspend+mission', 'verb:suspend']);
    expect(set.verbs.get('shut')?.[0]).toMatchObject({ particle: 'down', with: ['embassy'], id: 'verb:shut_down+embassy' });
  });

  it('reads a list starting with ! as words that must not stand near the head', () => {
    const [war] = buildPatterns(rows('noun', '190\twar\t!word|crime\n')).all;
    expect(war).toMatchObject({ with: [], without: ['word', 'crime'] });
  });

  it('numbers patterns that share head and first word', () => {
    const set = buildPatterns(rows('verb', '173\tarrest\n173\tarrest\t\tpassive-only\n'));
    expect(set.all.map((p) => p.id)).toEqual(['verb:arrest', 'verb:arrest#2']);
  });

  it('names file and line of a bad pattern', () => {
    expect(() => buildPatterns(rows('verb', '# c\n161\tSuspend\tmission\n'))).toThrow(DictionaryError);
    expect(() => buildPatterns(rows('verb', '# c\n161\tsuspend\tmission\tsideways\n'))).toThrow(/patterns\/verbs\.tsv:2/u);
    expect(() => buildSpeechCues('patterns/speech.tsv', parseTsv('012\tNo Longer\n'))).toThrow(/speech\.tsv:1/u);
  });

  it('reports unknown codes, repeated patterns and uncovered roots', () => {
    const ontology = buildOntology('o.tsv', parseTsv('161\t-4\tSANCTION\t\tReduce\n'));
    const report = checkPatterns(buildPatterns(rows('verb', '161\tsuspend\tmission\n161\tsuspend\tmission\n999\tfoo\n')), ontology);
    const problems = report.problems.map((p) => p.problem).join('\n');
    expect(problems).toMatch(/code 999 is not in the CAMEO ontology/u);
    expect(problems).toMatch(/repeats line 1/u);
    expect(problems).toMatch(/no pattern codes root 01/u);
  });

  it('ships a dictionary that passes its own check, with hundreds of patterns over all 20 roots', () => {
    const report = checkPatterns(loadPatterns(DATA_DIR), loadOntology(DATA_DIR));
    expect(report.problems).toEqual([]);
    expect(report.patterns).toBeGreaterThan(500);
    expect(Object.values(report.byRoot).every((n) => n > 0)).toBe(true);
  });
});
