/**
 * What each finder returns for one sentence, before overlapping finds are merged, and the scope a finder works
 * in: the sentence text, the reference date, the cues and the tokens for context checks.
 */
import type { DatePart, Token, TimePrecision } from '../../core/index.js';
import type { TimeCues } from '../../dictionaries/index.js';
import type { RefDate } from './calendar.js';

export interface FoundTime {
  /** Offsets into the article text. */
  readonly start: number;
  readonly end: number;
  readonly value: string | null;
  readonly precision: TimePrecision;
  readonly stated: readonly DatePart[];
  readonly implied: readonly DatePart[];
  readonly since: boolean;
  readonly unresolved: string | null;
  readonly rule: string;
}

export interface SentenceScope {
  /** The sentence's text and where it starts in the article. */
  readonly text: string;
  readonly offset: number;
  readonly ref: RefDate | null;
  readonly cues: TimeCues;
  /** All tokens of the article, and the sentence's range of them. */
  readonly tokens: readonly Token[];
  readonly firstToken: number;
  readonly endToken: number;
}

/** The rule of "the day", "the same day": resolved to the day named before it by link-anaphora.ts. */
export const ANAPHORIC_DAY_RULE = 'rule:anaphoric-day';

/** The reference precision a relative expression needs: "yesterday" needs a day, "last year" only a year. */
export type Need = 'day' | 'month' | 'year';

/** Why a relative expression cannot be resolved against this reference, or null when it can. */
export function missingReference(ref: RefDate | null, need: Need): string | null {
  if (ref === null) return 'relative to the publication date, which is not given';
  if (need !== 'year' && ref.month === null) return 'relative to the publication day, but only its year is given';
  if (need === 'day' && ref.day === null) return 'relative to the publication day, but only its month is given';
  return null;
}

/** The parts a relative expression takes from the reference: "yesterday" takes all three. */
const NEEDED_PARTS: Record<Need, readonly DatePart[]> = { year: ['year'], month: ['year', 'month'], day: ['year', 'month', 'day'] };

/** A find whose value depends on the reference: resolved with `resolve` when the reference allows, else null. */
export function relativeFind(
  scope: SentenceScope,
  span: { readonly start: number; readonly end: number },
  need: Need,
  rule: string,
  precision: TimePrecision,
  resolve: (ref: RefDate) => string,
  stated: readonly DatePart[] = [],
): FoundTime {
  const unresolved = missingReference(scope.ref, need);
  const implied: DatePart[] = NEEDED_PARTS[need].filter((p) => !stated.includes(p));
  return {
    start: scope.offset + span.start,
    end: scope.offset + span.end,
    value: unresolved === null && scope.ref ? resolve(scope.ref) : null,
    precision,
    stated,
    implied,
    since: false,
    unresolved,
    rule,
  };
}

/** Index of the first token of the sentence that starts at or after article offset `at`. */
export function tokenAt(scope: SentenceScope, at: number): number {
  let lo = scope.firstToken;
  let hi = scope.endToken;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((scope.tokens[mid]?.start ?? Infinity) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
