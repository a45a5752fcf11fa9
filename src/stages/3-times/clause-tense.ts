/**
 * Whether a time expression stands in future or past context, so that a weekday or a month without a year
 * resolves the right way: "Lavrov will travel to Paris on Friday" -> the coming Friday, "the Shuffle was
 * introduced in January" -> the last January. The nearest cue in the clause before the expression decides.
 */
import type { Token } from '../../core/index.js';
import { tokenAt, type SentenceScope } from './found-time.js';

export type Tense = 'future' | 'past' | 'unknown';

/** How many tokens before the expression, within its clause, may hold the cue. */
const LOOK_BACK = 10;
/** For an expression in the first clause, how many tokens after it: "On Wednesday, Mohamed and his father are to travel". */
const LOOK_AHEAD = 8;
/**
 * Punctuation and conjunctions that end the clause the cue must stand in: "Lavrov, who will retire, said on
 * Friday"; "Talks began on 3 October and end in November".
 */
const CLAUSE_BREAK = new Set([',', ';', ':', '(', ')', '"', '—', '–', '.', '?', '!', 'and', 'but', 'while', 'whereas',
  'although', 'though', 'because']);
/** Past forms of "be", "have" and "do"; other past verbs are told by their form ("announced" vs "announce"). */
const PAST_AUXILIARIES = new Set(['was', 'were', 'had', 'did']);
/** "is to travel", "are to be held": a form of "be" before "to" speaks of the future. */
const BE_PRESENT = new Set(['is', 'are', "'re", 'am']);

/**
 * The tense token `i` gives its clause, or unknown to read on. A participle after "be" or "have" defers to the
 * auxiliary before it: "is to be held" -> future, "was signed" -> past, "may be signed" -> future, "had left" ->
 * past, "has been scheduled" -> read on.
 */
function tenseOf(scope: SentenceScope, i: number): Tense {
  const token: Token | undefined = scope.tokens[i];
  if (!token) return 'unknown';
  const previous = scope.tokens[i - 1];
  if (scope.cues.futureCues.has(token.normal) && token.pos !== 'PROPN') return 'future';
  if (token.normal === 'to' && BE_PRESENT.has(previous?.normal ?? '')) return 'future';
  if (token.normal === 'be' && previous?.normal === 'to') return 'future';
  if (PAST_AUXILIARIES.has(token.normal)) return 'past';
  // "announced", "said", "taken" differ from their lemma; "says", "saying", "are" do too but are not past.
  const pastForm = (token.pos === 'VERB' || token.pos === 'AUX') && token.normal !== token.lemma &&
    !BE_PRESENT.has(token.normal) && !/(?:s|ing)$/u.test(token.normal);
  if (!pastForm) return 'unknown';
  if (previous?.lemma === 'be' && previous.normal !== 'was' && previous.normal !== 'were') return 'unknown';
  if (previous?.lemma === 'have' && previous.normal !== 'had') return 'unknown'; // "has been scheduled": present
  return 'past';
}

/**
 * `start`/`end` are article offsets of the expression. "since" right before it means the past ("stalled since
 * March"), whatever else the clause holds. A weak cue ("until") gives the future unless a past auxiliary stands
 * before it in the clause: "remain closed until Friday", but "had given them until Friday". An infinitive is no
 * cue: "offered to host a summit in July" looks ahead, "opened fire to disperse them on Monday" does not.
 */
export function clauseTense(scope: SentenceScope, start: number, end: number): Tense {
  const first = tokenAt(scope, start);
  if (scope.tokens[first - 1]?.normal === 'since' || scope.tokens[first]?.normal === 'since') return 'past';
  let weakFuture = false;
  let i = first - 1;
  for (; i >= scope.firstToken && i >= first - LOOK_BACK; i--) {
    const token = scope.tokens[i];
    if (!token || CLAUSE_BREAK.has(token.normal)) break;
    if (scope.cues.weakFutureCues.has(token.normal)) weakFuture = true;
    const tense = tenseOf(scope, i);
    if (tense === 'future' || (tense === 'past' && (!weakFuture || PAST_AUXILIARIES.has(token.normal)))) return tense;
  }
  if (weakFuture) return 'future';
  return i < scope.firstToken ? tenseAfter(scope, end) : 'unknown';
}

/**
 * For an expression in the sentence's first clause with no cue before it, the first cue after it: "On Friday,
 * the board will vote", "In an interview this weekend, the president said …".
 */
function tenseAfter(scope: SentenceScope, end: number): Tense {
  const after = tokenAt(scope, end);
  for (let i = after; i < scope.endToken && i < after + LOOK_AHEAD; i++) {
    const tense = tenseOf(scope, i);
    if (tense !== 'unknown') return tense;
  }
  return 'unknown';
}
