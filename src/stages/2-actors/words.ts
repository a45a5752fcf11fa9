/**
 * The words the actors stage reads: the article's tokens, with two repairs so that names match the dictionary.
 * Tokens that touch with a letter on both sides are one word (wink-nlp cuts "Erdoğan" into "Erdo" "ğ" "an");
 * a hyphen inside a token is its own word ("anti-Kremlin" -> "anti" "-" "Kremlin"), as in dictionary phrases.
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

export function readWords(tokens: readonly Token[]): Word[] {
  const merged = mergeBrokenWords(tokens);
  const words: Word[] = [];
  let sentence = -1;
  for (const t of merged) {
    const sentenceStart = t.sentence !== sentence;
    sentence = t.sentence;
    if (!t.text.includes('-') || !INNER_HYPHEN.test(t.text)) {
      words.push(word(t, words.length, sentenceStart));
      continue;
    }
    for (const piece of splitHyphens(t)) words.push(word(piece, words.length, sentenceStart && piece.start === t.start));
  }
  return words;
}

function word(p: Piece, index: number, sentenceStart: boolean): Word {
  return { index, start: p.start, end: p.end, text: p.text, key: wordKey(p.text), shape: wordShape(p.text), pos: p.pos, sentence: p.sentence, sentenceStart };
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly pos: string;
  readonly sentence: number;
}

function mergeBrokenWords(tokens: readonly Token[]): Piece[] {
  const out: Piece[] = [];
  for (const t of tokens) {
    const last = out[out.length - 1];
    if (last !== undefined && last.end === t.start && last.sentence === t.sentence && LETTER_END.test(last.text) && LETTER_START.test(t.text)) {
      out[out.length - 1] = { ...last, end: t.end, text: last.text + t.text, pos: last.pos === 'PROPN' ? 'PROPN' : t.pos };
    } else {
      out.push({ start: t.start, end: t.end, text: t.text, pos: t.pos, sentence: t.sentence });
    }
  }
  return out;
}

function splitHyphens(t: Piece): Piece[] {
  if (!INNER_HYPHEN.test(t.text)) return [t];
  const pieces: Piece[] = [];
  let at = 0;
  for (const part of t.text.split(/(-)/u)) {
    if (part) pieces.push({ ...t, start: t.start + at, end: t.start + at + part.length, text: part });
    at += part.length;
  }
  return pieces;
}
