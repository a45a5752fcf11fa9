/**
 * The lookup table of every actor and place phrase, keyed by its first word so that the actors stage does one map
 * lookup per word of the article. Case matters per word: an ALL-CAPS dictionary word ("US", "WHO") matches only
 * in capitals, a Capitalised one ("Nato", "Turkey") only capitalised, a lower-case one ("minister") in any case.
 */
import type { Sense } from './actor-senses.js';

export type WordShape = 'any' | 'capital' | 'upper';

export interface Phrase {
  /** Lower-case words: "North Atlantic Treaty Organization" -> ["north", "atlantic", "treaty", "organization"]. */
  readonly words: readonly string[];
  readonly shapes: readonly WordShape[];
  readonly senses: readonly Sense[];
}

// "al-Qaeda" -> "al", "-", "Qaeda"; "People's" -> "People", "'s"; "Washington," -> "Washington", ",".
const PIECE = /(?<possessive>['\u2019]s$)|(?<hyphen>-)|(?<comma>,)/u;

/** Splits a dictionary phrase into words the way the actors stage splits the article's tokens. */
export function phraseWords(text: string): string[] {
  const words: string[] = [];
  for (const raw of text.split(/\s+/u)) {
    let rest = raw;
    while (rest) {
      const m = PIECE.exec(rest);
      if (!m || m.index === undefined) {
        words.push(rest);
        break;
      }
      if (m.index > 0) words.push(rest.slice(0, m.index));
      words.push(m[0]);
      rest = rest.slice(m.index + m[0].length);
    }
  }
  return words.filter(Boolean);
}

/** The lookup key of a word: lower case, curly apostrophes straightened. */
export function wordKey(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/gu, "'") : lower;
}

// ASCII letters by char code; other characters are letters when their upper and lower case differ.
export function wordShape(word: string): WordShape {
  let letters = 0;
  let upper = 0;
  let firstUpper = -1;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let isUpper: boolean;
    if (code >= 65 && code <= 90) isUpper = true;
    else if (code >= 97 && code <= 122) isUpper = false;
    else if (code < 128) continue;
    else {
      const c = word.charAt(i);
      const lower = c.toLowerCase();
      if (c === lower && c === c.toUpperCase()) continue;
      isUpper = c !== lower;
    }
    letters++;
    if (isUpper) upper++;
    if (firstUpper < 0) firstUpper = isUpper ? 1 : 0;
  }
  if (letters >= 2 && upper === letters) return 'upper';
  return firstUpper === 1 ? 'capital' : 'any';
}

/** True when a word of the text with shape `actual` may stand for a dictionary word of shape `wanted`. */
export function shapeFits(wanted: WordShape, actual: WordShape): boolean {
  if (wanted === 'any') return true;
  if (wanted === 'upper') return actual === 'upper';
  return actual !== 'any';
}

/**
 * Phrases of one first word: one-word phrases, and longer ones by their second word (longest first). Most first
 * words (city names) start no longer phrase, so `bySecond` is made only when one does: an empty Map costs ~200 bytes.
 */
export interface PhraseBucket {
  readonly single: readonly Phrase[];
  readonly bySecond: ReadonlyMap<string, readonly Phrase[]> | null;
}

interface Bucket extends PhraseBucket {
  readonly single: Phrase[];
  bySecond: Map<string, Phrase[]> | null;
}

interface LoadingPhrase extends Phrase {
  readonly senses: Sense[];
}

/**
 * Phrases made only when their first word is first looked up (or added to): the 27,000 city names would otherwise
 * be ~25 MB of phrase objects in every worker thread, of which a run of articles looks up a few hundred.
 */
export interface DeferredPhrases {
  /** The first words (`wordKey` of the first of `phraseWords`) of its phrases, each once. */
  keys(): Iterable<string>;
  /** Its phrases starting with `key`, in the order `add` would have been called with them; none the second time. */
  take(key: string): readonly (readonly [text: string, sense: Sense])[];
}

export class PhraseIndex {
  private readonly byFirst = new Map<string, Bucket>();
  /** The phrase of the same words in the same shapes, to merge senses while loading; `seal` drops it. */
  private byKey: Map<string, LoadingPhrase> | null = new Map();
  private readonly deferred: DeferredPhrases[] = [];

  /** Adds one sense of a phrase; the same words in the same case shape share one entry. */
  add(text: string, sense: Sense): void {
    if (!this.byKey) throw new Error('phrase index: add after seal');
    const raw = phraseWords(text);
    if (raw[0] === undefined) return;
    const key = wordKey(raw[0]);
    // Deferred phrases of this first word were added earlier, so they take their places first.
    if (!this.byFirst.has(key)) this.build(key);
    this.insert(raw, sense, this.byKey);
  }

  /**
   * Adds phrases as if by `add` in the source's order, but makes them only when needed. The coded output is the
   * same: a first word already known takes its phrases now, behind the earlier ones; any other one takes them
   * before the first later `add` or lookup of it.
   */
  addDeferred(source: DeferredPhrases): void {
    if (!this.byKey) throw new Error('phrase index: add after seal');
    for (const key of [...source.keys()]) {
      if (!this.byFirst.has(key) && !this.build(key)) continue;
      for (const [text, sense] of source.take(key)) this.add(text, sense);
    }
    this.deferred.push(source);
  }

  /** Drops what only loading needs, once every source is added; `add` then throws. */
  seal(): void {
    this.byKey = null;
  }

  /**
   * The phrases that start with the word `key` (lower case), or undefined when none does: one map lookup per word
   * of the article, for the actors stage's scan.
   */
  byFirstWord(key: string): PhraseBucket | undefined {
    return this.byFirst.get(key) ?? this.build(key);
  }

  /** Every phrase whose first word is `key` (lower case), longer ones first. */
  startingWith(key: string): readonly Phrase[] {
    const bucket = this.byFirstWord(key);
    if (!bucket) return NONE;
    const longer = [...(bucket.bySecond?.values() ?? [])].flat().sort((a, b) => b.words.length - a.words.length);
    return [...longer, ...bucket.single];
  }

  /** Makes the deferred phrases of a first word that has no bucket yet; returns its bucket, if it now has one. */
  private build(key: string): Bucket | undefined {
    // Sealed, the phrases merged are only these: no other phrase starts with `key`.
    let byKey = this.byKey;
    for (const source of this.deferred) {
      for (const [text, sense] of source.take(key)) {
        byKey ??= new Map();
        this.insert(phraseWords(text), sense, byKey);
      }
    }
    return this.byFirst.get(key);
  }

  private insert(raw: readonly string[], sense: Sense, byKey: Map<string, LoadingPhrase>): void {
    const [first, second] = raw;
    if (first === undefined) return;
    const words = raw.map(wordKey);
    const shapes = raw.length === 1 ? ONE_WORD_SHAPES[wordShape(first)] : raw.map(wordShape);
    const key = `${words.join(' ')}|${shapes.join(' ')}`;
    const known = byKey.get(key);
    if (known) {
      if (!known.senses.some((s) => sameSense(s, sense))) known.senses.push(sense);
      return;
    }
    const phrase = { words, shapes, senses: [sense] };
    byKey.set(key, phrase);
    let bucket = this.byFirst.get(wordKey(first));
    if (!bucket) {
      bucket = { single: [], bySecond: null };
      this.byFirst.set(wordKey(first), bucket);
    }
    if (second === undefined) {
      bucket.single.push(phrase);
      return;
    }
    bucket.bySecond ??= new Map();
    const list = bucket.bySecond.get(wordKey(second)) ?? [];
    // Longest first, so that the first phrase that fits is the longest.
    const at = list.findIndex((p) => p.words.length < words.length);
    list.splice(at < 0 ? list.length : at, 0, phrase);
    bucket.bySecond.set(wordKey(second), list);
  }
}

// One array per shape for all one-word phrases, most of the index.
const ONE_WORD_SHAPES: Readonly<Record<WordShape, readonly WordShape[]>> = { any: ['any'], capital: ['capital'], upper: ['upper'] };

const NONE: readonly Phrase[] = [];

function sameSense(a: Sense, b: Sense): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
