import { describe, expect, it } from 'vitest';
import { DATA_DIR } from './data-dir.js';
import { DictionaryError } from './dictionary-error.js';
import { loadQuoteCues, parseQuoteCues } from './load-quote-cues.js';

const minimal = (verbs: string): string =>
  `speechVerbs:\n${verbs}\nsourcePhrases: [according to]\nutteranceNouns: [statement]\ntitleNouns: [film]\npersonNouns: [spokesman]\n`;

describe('quote cues dictionary', () => {
  it('loads the shipped file with its speech verbs and flags', () => {
    const cues = loadQuoteCues(DATA_DIR);
    expect(cues.speechVerbs.get('say')?.reports).toBe(true);
    expect(cues.speechVerbs.get('tell')?.addressee).toBe(true);
    expect(cues.speechVerbs.get('call')?.notBefore.has('off')).toBe(true);
    expect(cues.sourcePhrases).toContainEqual(['according', 'to']);
  });

  it('names the file and line of a bad entry', () => {
    const text = minimal('  say: { reports: true }\n  tell: { reprts: true }');
    expect(() => parseQuoteCues(text, 'quotes/cues.yaml')).toThrow(DictionaryError);
    expect(() => parseQuoteCues(text, 'quotes/cues.yaml')).toThrow(/quotes\/cues\.yaml:3: speechVerbs\.tell/u);
  });

  it('rejects a verb written with capitals or spaces', () => {
    expect(() => parseQuoteCues(minimal('  Said Again: {}'))).toThrow(/cues\.yaml:2: speechVerbs\.Said Again/u);
  });

  it('reports broken YAML with its line', () => {
    expect(() => parseQuoteCues('speechVerbs:\n  say: { reports: true\n', 'x.yaml')).toThrow(/^x\.yaml:\d+/u);
  });
});
