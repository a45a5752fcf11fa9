import { describe, expect, it } from 'vitest';
import type { Token } from '../../core/index.js';
import { readWords } from './words.js';

function token(index: number, start: number, text: string, pos = 'PROPN', sentence = 0): Token {
  return { index, sentence, start, end: start + text.length, text, normal: text.toLowerCase(), lemma: text.toLowerCase(), pos };
}

describe('reading words from tokens', () => {
  it('joins tokens that wink-nlp split inside a word ("Erdo" "ğ" "an" -> "Erdoğan")', () => {
    const words = readWords([token(0, 0, 'Erdo'), token(1, 4, 'ğ', 'X'), token(2, 5, 'an', 'DET'), token(3, 8, 'said', 'VERB')]);
    expect(words.map((w) => [w.text, w.key, w.pos, w.start, w.end])).toEqual([
      ['Erdoğan', 'erdoğan', 'PROPN', 0, 7],
      ['said', 'said', 'VERB', 8, 12],
    ]);
  });

  it('cuts a hyphenated token into words and a hyphen, with offsets ("anti-Kremlin")', () => {
    const words = readWords([token(0, 10, 'anti-Kremlin', 'ADJ')]);
    expect(words.map((w) => [w.text, w.start, w.end])).toEqual([['anti', 10, 14], ['-', 14, 15], ['Kremlin', 15, 22]]);
  });

  it('keeps possessives apart and marks the first word of each sentence', () => {
    const words = readWords([token(0, 0, 'Nato'), token(1, 4, "'s", 'PART'), token(2, 7, 'Moscow', 'PROPN', 1)]);
    expect(words.map((w) => [w.text, w.sentenceStart])).toEqual([['Nato', true], ["'s", false], ['Moscow', true]]);
  });

  it('keys words in lower case without respelling British English', () => {
    expect(readWords([token(0, 0, 'Defence', 'NOUN')])[0]?.key).toBe('defence');
  });
});
