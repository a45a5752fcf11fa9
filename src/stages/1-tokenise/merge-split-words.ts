/**
 * wink-nlp's English model cuts words at letters it does not know (most letters beyond Latin-1):
 * "Erdoğan" -> "Erdo|ğ|an", "Yıldırım" -> "Y|ı|ld|ı|r|ı|m", "Łukasz" -> "Ł|ukasz". This joins such pieces back
 * into one word: adjacent pieces (no space between) made only of letters, at least one of which the model did not
 * know. "cannot" -> "can|not" is left alone: both pieces are known words.
 */
import type { RawToken } from './split-sentences.js';

const LETTERS = /^[\p{L}\p{M}]+$/u;

/** True when a token may join its neighbours: letters and marks only. */
export function isLetters(value: string): boolean {
  return LETTERS.test(value);
}

function joinable(token: RawToken): boolean {
  return isLetters(token.value);
}

function join(run: readonly RawToken[]): RawToken {
  const first = run[0] as RawToken;
  const last = run[run.length - 1] as RawToken;
  const value = run.map((t) => t.value).join('');
  const proper = run.some((t) => t.pos === 'PROPN') || /^\p{Lu}/u.test(value);
  return { ...first, end: last.end, value, normal: value.toLowerCase(), lemma: value.toLowerCase(), pos: proper ? 'PROPN' : first.pos, unknown: false };
}

export function mergeSplitWords(tokens: readonly RawToken[]): RawToken[] {
  if (!tokens.some((t) => t.unknown)) return tokens as RawToken[];
  const merged: RawToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as RawToken;
    let end = i + 1;
    if (joinable(token)) {
      while (end < tokens.length) {
        const next = tokens[end] as RawToken;
        if (next.start !== (tokens[end - 1] as RawToken).end || next.breaksBefore > 0 || !joinable(next)) break;
        end++;
      }
    }
    const run = tokens.slice(i, end);
    merged.push(run.length > 1 && run.some((t) => t.unknown) ? join(run) : token);
    if (run.length > 1 && !run.some((t) => t.unknown)) merged.push(...run.slice(1));
    i = end;
  }
  return merged;
}
