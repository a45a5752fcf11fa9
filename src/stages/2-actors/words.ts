/**
 * The words the actors stage reads: the article's tokens, with two repairs so that names match the dictionary.
 * Tokens that touch with a letter on both sides are one word (wink-nlp cuts "Erdoğan" into "Erdo" "ğ" "an");
 * a hyphen inside a token is its own word ("anti-Kremlin" -> "anti" "-" "Kremlin"), as in dictionary phrases.
 * The key is the word in lower case, not wink-nlp's normal form, which respells British English ("defence" ->
 * "defense", "Tyre" -> "tire").
 */
import type { Token } from '../../core/index.js';
import { wordKey, wordShape, type WordShape } from '../../dictionaries/index.js';

export interface Word {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Lower case, curly apostrophes straightened: the dictionary lookup key. */
  readonly key: string;
  readonly shape: WordShape;
  readonly pos: string;
  readonly sentence: number;
  /** First word of its sentence, where a capital letter says nothing about being a name. */
  readonly sentenceStart: boolean;
}

const LETTER_END = /\p{L}$/u;
const LETTER_START = /^\p{L}/u;
const INNER_HYPHEN = /(?<=\p{L})-(?=\p{L})/u;

// Most tokens are ASCII: their char code answers without a regular expression.
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const endsWithLetter = (text: string): boolean => {
  const c = text.charCodeAt(text.length - 1);
  return c < 128 ? isAsciiLetter(c) : LETTER_END.test(text);
};
const startsWithLetter = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c < 128 ? isAsciiLetter(c) : LETTER_START.test(text);
};

interface Form {
  readonly key: string;
  readonly shape: WordShape;
}

/**
 * Key and shape by word form, kept across articles: wink-nlp hands out the same strings for the same words, so a
 * map lookup replaces lower-casing and reading the letters of almost every word. Emptied when full.
 */
const FORMS = new Map<string, Form>();
const MAX_FORMS = 50_000;

function formOf(text: string): Form {
  let form = FORMS.get(text);
  if (form === undefined) {
    if (FORMS.size >= MAX_FORMS) FORMS.clear();
    form = { key: wordKey(text), shape: wordShape(text) };
    FORMS.set(text, form);
  }
  return form;
}

export function readWords(tokens: readonly Token[]): Word[] {
  const words: Word[] = [];
  let sentence = -1;
  for (const t of tokens) {
    const last = words[words.length - 1];
    if (last !== undefined && last.end === t.start && last.sentence === t.sentence && endsWithLetter(last.text) && startsWithLetter(t.text)) {
      const text = last.text + t.text;
      words[words.length - 1] = { ...last, end: t.end, text, key: wordKey(text), shape: wordShape(text), pos: last.pos === 'PROPN' ? 'PROPN' : t.pos };
      continue;
    }
    const sentenceStart = t.sentence !== sentence;
    sentence = t.sentence;
    if (t.text.length > 2 && t.text.includes('-') && INNER_HYPHEN.test(t.text)) {
      splitHyphens(t, words, sentenceStart);
      continue;
    }
    const form = formOf(t.text);
    words.push({ index: words.length, start: t.start, end: t.end, text: t.text, key: form.key, shape: form.shape, pos: t.pos, sentence, sentenceStart });
  }
  return words;
}

function splitHyphens(t: Token, words: Word[], sentenceStart: boolean): void {
  let at = 0;
  for (const part of t.text.split(/(-)/u)) {
    if (part) {
      const start = t.start + at;
      words.push({ index: words.length, start, end: start + part.length, text: part, key: wordKey(part), shape: wordShape(part), pos: t.pos, sentence: t.sentence, sentenceStart: sentenceStart && at === 0 });
    }
    at += part.length;
  }
}
