/**
 * Calendar dates with a month or weekday name, or in numbers: "November 1", "October 2019", "Friday, July 21,
 * 2017", "on Monday", "last Friday", "7/8/07". Chrono finds the span and the parts the text states (see
 * read-calendar-dates.ts); which year or which week an incomplete date falls in is decided here, never by chrono's
 * forwardDate: news is about the past, so "on Monday" looks back unless the clause speaks of the future.
 */
import type { DatePart } from '../../core/index.js';
import { isoDay, isoMonth, isRealDay, nearestYear, refDay, weekdayNear, weekdayOf, type Day, type Direction, type RefDate } from './calendar.js';
import { clauseTense, type Tense } from './clause-tense.js';
import { missingReference, type FoundTime, type SentenceScope } from './found-time.js';
import { CALENDAR_WORD, readCalendarDates, type Parsed } from './read-calendar-dates.js';

const PAST_MODIFIER = /^(?:last|past|previous)\b/iu;
const FUTURE_MODIFIER = /^(?:next|coming)\b/iu;
const NEXT_WORD = /^\s*(?<word>\p{L}+)/u;
const PREVIOUS_WORD = /(?<word>\p{L}+)\s*$/u;

export function findCalendarDates(scope: SentenceScope): FoundTime[] {
  const found: FoundTime[] = [];
  for (const date of readCalendarDates(scope)) {
    if (!CALENDAR_WORD.test(date.text) || isNamePart(scope, date)) continue;
    const time = toFound(scope, date);
    if (time) found.push(time);
  }
  return found;
}

/** "the Sunday Times", "Black Monday": a weekday inside a name is not a date. */
function isNamePart(scope: SentenceScope, r: Parsed): boolean {
  const end = r.index + r.text.length;
  const after = NEXT_WORD.exec(scope.text.slice(end, end + 20))?.groups?.word;
  const before = PREVIOUS_WORD.exec(scope.text.slice(Math.max(0, r.index - 20), r.index))?.groups?.word;
  return (after !== undefined && scope.cues.weekdayNameParts.has(after.toLowerCase())) ||
    (before !== undefined && scope.cues.weekdayNamePrefixes.has(before.toLowerCase()));
}

function toFound(scope: SentenceScope, result: Parsed): FoundTime | null {
  const c = result.start;
  const stated = (['year', 'month', 'day', 'weekday'] as const).filter((p) => c[p] !== undefined);
  const start = scope.offset + result.index;
  const base = { start, end: start + result.text.length, stated, since: false, rule: 'chrono' };
  if (c.month !== undefined) return monthDate(scope, result, base);
  return c.weekday !== undefined ? weekdayDate(scope, result, base) : null; // else a clock time only: "at 5 p.m."
}

type Base = Pick<FoundTime, 'start' | 'end' | 'stated' | 'since' | 'rule'>;

/**
 * The find, field by field: `{ ...base, value, … }` costs several times more in V8, which adds the properties after
 * a spread one at a time, and this runs for every date of every article.
 */
function dateFind(base: Base, rest: Pick<FoundTime, 'value' | 'precision' | 'implied' | 'unresolved'>, rule = base.rule): FoundTime {
  return { start: base.start, end: base.end, stated: base.stated, since: base.since, rule, value: rest.value, precision: rest.precision, implied: rest.implied, unresolved: rest.unresolved };
}

/** "on Monday", "last Friday": the day of that weekday nearest the publication day, back or forth by context. */
function weekdayDate(scope: SentenceScope, result: Parsed, base: Base): FoundTime {
  const direction = weekdayDirection(scope, result.text, base.start, base.end);
  const unresolved = missingReference(scope.ref, 'day');
  const anchor = scope.ref ? refDay(scope.ref) : null;
  const value = unresolved === null && anchor ? isoDay(weekdayNear(anchor, result.start.weekday ?? 0, direction)) : null;
  return dateFind(base, { value, precision: 'day', implied: ['year', 'month', 'day'], unresolved }, `chrono:weekday-${direction}`);
}

/** "November 1", "October 2019", "May 5-6": the year stated, hinted or the most plausible one. */
function monthDate(scope: SentenceScope, result: Parsed, base: Base): FoundTime | null {
  const c = result.start;
  const month = c.month ?? 1;
  const dayNumber = c.day ?? null;
  let year = c.year ?? result.yearHint ?? null;
  let unresolved: string | null = null;
  if (year === null) {
    unresolved = missingReference(scope.ref, 'month');
    if (scope.ref && unresolved === null) {
      year = yearOfWeekday(scope.ref, month, dayNumber, c.weekday ?? null) ??
        nearestYear(scope.ref, month, dayNumber, dateTense(scope, result.text, base.start, base.end));
    }
  }
  const implied: DatePart[] = c.year === undefined ? ['year'] : [];
  if (year === null) return dateFind(base, { value: null, precision: dayNumber === null ? 'month' : 'day', implied, unresolved });
  if (dayNumber === null) return dateFind(base, { value: isoMonth(year, month), precision: 'month', implied, unresolved });
  const first: Day = { year, month, day: dayNumber };
  if (!isRealDay(first)) return null;
  const last = rangeEnd(result, year);
  const value = last ? `${isoDay(first)}/${isoDay(last)}` : isoDay(first);
  return dateFind(base, { value, precision: last ? 'range' : 'day', implied, unresolved });
}

/** "May 5-6" -> the end day of the range, in the start's year unless stated; null when there is no range. */
function rangeEnd(result: Parsed, year: number): Day | null {
  const e = result.end;
  if (e?.day === undefined) return null;
  const last = { year: e.year ?? year, month: e.month ?? 1, day: e.day };
  return isRealDay(last) ? last : null;
}

/** "Wednesday, July 31" in an article of 2019: the one year around the reference whose July 31 is a Wednesday. */
function yearOfWeekday(ref: RefDate, month: number, day: number | null, weekday: number | null): number | null {
  if (day === null || weekday === null) return null;
  const years = [ref.year - 1, ref.year, ref.year + 1].filter((year) => {
    const date = { year, month, day };
    return isRealDay(date) && weekdayOf(date) === weekday;
  });
  return years.length === 1 ? (years[0] ?? null) : null;
}

/** "next …" and "last …" decide before the clause does: "effective next Wednesday, July 31". */
function dateTense(scope: SentenceScope, text: string, start: number, end: number): Tense {
  if (PAST_MODIFIER.test(text)) return 'past';
  if (FUTURE_MODIFIER.test(text)) return 'future';
  return clauseTense(scope, start, end);
}

function weekdayDirection(scope: SentenceScope, text: string, start: number, end: number): Direction {
  if (PAST_MODIFIER.test(text)) return 'past-strict';
  if (FUTURE_MODIFIER.test(text)) return 'future-strict';
  return clauseTense(scope, start, end) === 'future' ? 'future' : 'past';
}
