import { describe, expect, it } from 'vitest';
import type { Token } from '../../core/index.js';
import { PhraseIndex, type Sense } from '../../dictionaries/index.js';
import { matchPhrases } from './match-phrases.js';
import { readWords } from './words.js';

const country = (code: string): Sense => ({ kind: 'country', code, name: code, form: 'name', agent: null, ambiguous: false });
const role: Sense = { kind: 'role', agent: 'GOV', person: true, group: false, bare: true, gender: null };

function wordsOf(text: string) {
  let at = 0;
  const tokens: Token[] = text.split(' ').map((t, index) => {
    const start = at;
    at += t.length + 1;
    return { index, sentence: 0, start, end: start + t.length, text: t, normal: t.toLowerCase(), lemma: t.toLowerCase(), pos: 'PROPN' };
  });
  return readWords(tokens);
}

function matched(text: string, index: PhraseIndex): string[] {
  const words = wordsOf(text);
  return matchPhrases(words, index).map((m) => words.slice(m.first, m.end).map((w) => w.text).join(' '));
}

describe('matching dictionary phrases', () => {
  const index = new PhraseIndex();
  index.add('the West', country('WST'));
  index.add('the West Bank', { kind: 'place', geo: { name: 'West Bank', country: 'PSE', lat: 0, lon: 0 }, scope: 'region', population: 0, admin: null, ambiguous: false });
  index.add('US', country('USA'));
  index.add('Turkey', country('TUR'));
  index.add('general', { ...role, agent: 'MIL' });
  index.add('secretary general', role);

  it('prefers the longest phrase where two overlap', () => {
    expect(matched('raids in the West Bank', index)).toEqual(['the West Bank']);
    expect(matched('the Secretary General said', index)).toEqual(['Secretary General']);
  });

  it('matches ALL-CAPS entries only in capitals and Capitalised ones only capitalised', () => {
    expect(matched('US officials told us', index)).toEqual(['US']);
    expect(matched('we ate turkey in Turkey', index)).toEqual(['Turkey']);
  });

  it('matches lower-case entries in any case', () => {
    expect(matched('General Akar', index)).toEqual(['General']);
  });
});
