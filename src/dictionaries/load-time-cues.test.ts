import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './data-dir.js';
import { DictionaryError } from './dictionary-error.js';
import { loadTimeCues, parseTimeCues } from './load-time-cues.js';

describe('loadTimeCues', () => {
  it('loads the shipped cues as lower-case sets', () => {
    const cues = loadTimeCues(DATA_DIR);
    expect(cues.strongYearCues.has('since')).toBe(true);
    expect(cues.futureCues.has('will')).toBe(true);
    expect(cues.numberWords.get('seventeen')).toBe(17);
    expect(cues.recentSpan.year).toBeGreaterThan(0);
  });

  it('names the file, the line and the field of a bad entry', () => {
    const text = loadTimeCuesText().replace(/^recentSpan:\n {2}year: \d+/mu, 'recentSpan:\n  year: -3');
    expect(() => parseTimeCues(text, 'cues.yaml')).toThrow(DictionaryError);
    try {
      parseTimeCues(text, 'cues.yaml');
    } catch (err) {
      const line = text.split('\n').findIndex((l) => l.includes('year: -3')) + 1;
      expect((err as DictionaryError).message).toMatch(new RegExp(`^cues\\.yaml:${line}: recentSpan\\.year`, 'u'));
    }
  });

  it('rejects a missing list', () => {
    expect(() => parseTimeCues('strongYearCues: [in]\n', 'cues.yaml')).toThrow(/cues\.yaml.*weakYearCues/u);
  });
});

function loadTimeCuesText(): string {
  return readFileSync(join(DATA_DIR, 'times/cues.yaml'), 'utf8');
}
