/**
 * Whether a time expression stands in future context, so that a weekday or a month without a year resolves
 * forwards: "Lavrov will travel to Paris on Friday" -> the coming Friday, "Lavrov travelled on Friday" -> the last.
 */
import type { Token } from '../../core/index.js';
import { tokenAt, type SentenceScope } from './found-time.js';

/** How many tokens before the expression, within its clause, may hold the future cue. */
const LOOK_BACK = 10;
/** For an expression that opens its sentence, how many tokens after it: "On Friday, the board will vote". */
const LOOK_AHEAD = 6;
/** Punctuation that ends the clause the cue must stand in: "Lavrov, who will retire, said on Friday". */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '"', '—', '–', '.', '?', '!']);

const isCue = (scope: SentenceScope, token: Token | undefined): boolean =>
  token !== undefined && scope.cues.futureCues.has(token.normal);

/** `start`/`end` are article offsets of the expression. */
export function isFutureContext(scope: SentenceScope, start: number, end: number): boolean {
  const first = tokenAt(scope, start);
  let opensSentence = true;
  for (let i = first - 1; i >= scope.firstToken && i >= first - LOOK_BACK; i--) {
    const token = scope.tokens[i];
    if (!token || CLAUSE_BREAK.has(token.text)) break;
    if (token.pos !== 'PUNCT') opensSentence = false;
    if (isCue(scope, token)) return true;
  }
  if (!opensSentence || first > scope.firstToken + 1) return false;
  const after = tokenAt(scope, end);
  for (let i = after; i < scope.endToken && i < after + LOOK_AHEAD; i++) {
    if (isCue(scope, scope.tokens[i])) return true;
  }
  return false;
}
