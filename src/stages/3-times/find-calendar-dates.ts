/**
 * Calendar dates with a month or weekday name, or in numbers, found by chrono-node: "November 1", "October 2019",
 * "Friday, July 21, 2017", "on Monday", "last Friday", "7/8/07". Chrono finds the span and the parts the text
 * states; which year or which week an incomplete date falls in is decided here, never by chrono's forwardDate:
 * news is about the past, so "on Monday" looks back unless the clause speaks of the future.
 */
import * as chrono from 'chrono-node';
import type { DatePart } from '../../core/index.js';
import { isoDay, isoMonth, isRealDay, nearestYear, refDay, weekdayNear, type Day, type Direction, type RefDate } from './calendar.js';
import { missingReference, type FoundTime, type SentenceScope } from './found-time.js';
import { isFutureContext } from './future-context.js';

/**
 * A capitalised month or weekday name, or a numeric date with a year. Gates which sentences chrono reads and which
 * of its results are kept: chrono also reads "march" the verb and "1/2" the fraction as dates.
 */
export const CALENDAR_WORD = /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;

const PAST_MODIFIER = /^(?:last|past|previous)\b/iu;
const FUTURE_MODIFIER = /^(?:next|coming)\b/iu;
const NEXT_WORD = /^\s*(?<word>[\p{L}]+)/u;

/** Chrono wants an instant; noon UTC keeps the calendar day whatever chrono does with time zones. */
function reference(ref: RefDate | null): { instant: Date; timezone: number } {
  const year = ref?.year ?? 2000;
  return { instant: new Date(Date.UTC(year, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12)), timezone: 0 };
}

export function findCalendarDates(scope: SentenceScope): FoundTime[] {
  if (!CALENDAR_WORD.test(scope.text)) return [];
  const found: FoundTime[] = [];
  for (const result of chrono.en.casual.parse(scope.text, reference(scope.ref), { forwardDate: false })) {
    if (!CALENDAR_WORD.test(result.text) || isNamePart(scope, result.index + result.text.length)) continue;
    const time = toFound(scope, result);
    if (time) found.push(time);
  }
  return found;
}

/** "the Sunday Times": a weekday before a word of a name is not a date. */
function isNamePart(scope: SentenceScope, end: number): boolean {
  const word = NEXT_WORD.exec(scope.text.slice(end, end + 20))?.groups?.word;
  return word !== undefined && scope.cues.weekdayNameParts.has(word.toLowerCase());
}

function toFound(scope: SentenceScope, result: chrono.ParsedResult): FoundTime | null {
  const c = result.start;
  const stated = (['year', 'month', 'day', 'weekday'] as const).filter((p) => c.isCertain(p));
  const start = scope.offset + result.index;
  const end = start + result.text.length;
  const base = { start, end, stated, since: false, rule: 'chrono' };
  if (!c.isCertain('month')) {
    if (!c.isCertain('weekday')) return null; // a clock time only: "at 5 p.m."
    const direction = weekdayDirection(scope, result.text, start, end);
    const unresolved = missingReference(scope.ref, 'day');
    const anchor = scope.ref ? refDay(scope.ref) : null;
    const value = unresolved === null && anchor ? isoDay(weekdayNear(anchor, c.get('weekday') ?? 0, direction)) : null;
    return { ...base, value, precision: 'day', implied: ['year', 'month', 'day'], unresolved, rule: `chrono:weekday-${direction}` };
  }
  const month = c.get('month') ?? 1;
  const dayNumber = c.isCertain('day') ? (c.get('day') ?? 1) : null;
  let year = c.isCertain('year') ? (c.get('year') ?? null) : null;
  let unresolved: string | null = null;
  if (year === null) {
    unresolved = missingReference(scope.ref, 'month');
    year = scope.ref && unresolved === null ? nearestYear(scope.ref, month, dayNumber, isFutureContext(scope, start, end)) : null;
  }
  const implied: DatePart[] = c.isCertain('year') ? [] : ['year'];
  if (year === null) return { ...base, value: null, precision: dayNumber === null ? 'month' : 'day', implied, unresolved };
  if (dayNumber === null) return { ...base, value: isoMonth(year, month), precision: 'month', implied, unresolved };
  const first: Day = { year, month, day: dayNumber };
  if (!isRealDay(first)) return null;
  const last = rangeEnd(result, year);
  const value = last ? `${isoDay(first)}/${isoDay(last)}` : isoDay(first);
  return { ...base, value, precision: last ? 'range' : 'day', implied, unresolved };
}

/** "May 5-6" -> the end day of the range, in the start's year unless stated; null when there is no range. */
function rangeEnd(result: chrono.ParsedResult, year: number): Day | null {
  const e = result.end;
  if (!e?.isCertain('day')) return null;
  const last = { year: e.isCertain('year') ? (e.get('year') ?? year) : year, month: e.get('month') ?? 1, day: e.get('day') ?? 1 };
  return isRealDay(last) ? last : null;
}

function weekdayDirection(scope: SentenceScope, text: string, start: number, end: number): Direction {
  if (PAST_MODIFIER.test(text)) return 'past-strict';
  if (FUTURE_MODIFIER.test(text)) return 'future-strict';
  return isFutureContext(scope, start, end) ? 'future' : 'past';
}
