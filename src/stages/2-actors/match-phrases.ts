/**
 * Finds every dictionary phrase in the article's words. Each word start looks up the phrases beginning with that
 * word (one map lookup); overlapping matches are settled longest first, so "West Bank" beats "the West" and
 * "Secretary General" beats "General".
 */
import { shapeFits, type Phrase, type PhraseIndex, type Sense } from '../../dictionaries/index.js';
import type { Word } from './words.js';

export interface PhraseMatch {
  /** Index of the first word, and one past the last. */
  readonly first: number;
  readonly end: number;
  readonly senses: readonly Sense[];
}

export function matchPhrases(words: readonly Word[], index: PhraseIndex): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const bucket = word ? index.byFirstWord(word.key) : undefined;
    if (!word || !bucket) continue;
    const next = words[i + 1];
    const longer = next && next.sentence === word.sentence ? bucket.bySecond?.get(next.key) : undefined;
    const phrase = (longer ? firstFitting(longer, words, i) : null) ?? firstFitting(bucket.single, words, i);
    if (phrase) found.push({ first: i, end: i + phrase.words.length, senses: phrase.senses });
  }
  return settleOverlaps(found, words.length);
}

function firstFitting(phrases: readonly Phrase[], words: readonly Word[], at: number): Phrase | null {
  for (const phrase of phrases) if (fits(phrase, words, at)) return phrase;
  return null;
}

function fits(phrase: Phrase, words: readonly Word[], at: number): boolean {
  for (let k = 0; k < phrase.words.length; k++) {
    const word = words[at + k];
    const shape = phrase.shapes[k];
    if (!word || shape === undefined || word.key !== phrase.words[k] || !shapeFits(shape, word.shape)) return false;
    if (k > 0 && word.sentence !== words[at]?.sentence) return false;
  }
  return true;
}

function settleOverlaps(found: PhraseMatch[], wordCount: number): PhraseMatch[] {
  let overlapping = false;
  for (let i = 1; i < found.length && !overlapping; i++) overlapping = (found[i]?.first ?? 0) < (found[i - 1]?.end ?? 0);
  if (!overlapping) return found;
  const taken = new Uint8Array(wordCount);
  const kept: PhraseMatch[] = [];
  const longestFirst = [...found].sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);
  for (const m of longestFirst) {
    let free = true;
    for (let i = m.first; i < m.end && free; i++) free = taken[i] === 0;
    if (!free) continue;
    taken.fill(1, m.first, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.first - b.first);
}
