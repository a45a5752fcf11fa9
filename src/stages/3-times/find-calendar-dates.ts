/**
 * Calendar dates with a month or weekday name, or in numbers, found by chrono-node: "November 1", "October 2019",
 * "Friday, July 21, 2017", "on Monday", "last Friday", "7/8/07". Chrono finds the span and the parts the text
 * states; which year or which week an incomplete date falls in is decided here, never by chrono's forwardDate:
 * news is about the past, so "on Monday" looks back unless the clause speaks of the future.
 */
import * as chrono from 'chrono-node';
import type { DatePart } from '../../core/index.js';
import { isoDay, isoMonth, isRealDay, nearestYear, refDay, weekdayNear, weekdayOf, type Day, type Direction, type RefDate } from './calendar.js';
import { missingReference, type FoundTime, type SentenceScope } from './found-time.js';
import { clauseTense, type Tense } from './clause-tense.js';

/**
 * A capitalised month or weekday name, or a numeric date with a year. Gates which sentences chrono reads and which
 * of its results are kept: chrono also reads "march" the verb and "1/2" the fraction as dates.
 */
export const CALENDAR_WORD = /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;

const CALENDAR_WORDS = new RegExp(CALENDAR_WORD.source, 'gu');
const PAST_MODIFIER = /^(?:last|past|previous)\b/iu;
const FUTURE_MODIFIER = /^(?:next|coming)\b/iu;
const NEXT_WORD = /^\s*(?<word>\p{L}+)/u;
const PREVIOUS_WORD = /(?<word>\p{L}+)\s*$/u;
/** What joins the two dates of a range: "November 20 to December 11", "January 23 - March 9 2014". */
const RANGE_JOIN = /\s*(?:-|–|—|to|through|until|till|and)\s*$/u;
/** Punctuation chrono leaves at the end of a date: "On Wednesday," -> "On Wednesday". */
const TRAILING_PUNCTUATION = /[\s,.;:]+$/u;

/** A chrono result cut down to what is used: its span in the sentence and its parsed parts. */
interface Parsed {
  readonly index: number;
  readonly text: string;
  readonly start: chrono.ParsedComponents;
  readonly end: chrono.ParsedComponents | null;
  /** The year the other half of a split range states: "January 23 - March 9 2014" -> 2014 for "January 23". */
  readonly yearHint?: number;
}

/**
 * Chrono's English parsers for dates with a month or weekday name or in numbers. Its parsers for relative words
 * ("last year", "two days ago") and clock times are left out: the rules in find-relative.ts handle the former
 * with the publication date, and the latter are no dates. Reading less makes chrono about twice as fast.
 */
const CALENDAR_PARSERS = new Set(['ENYearMonthDayParser', 'ISOFormatParser', 'SlashDateFormatParser',
  'ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENWeekdayParser', 'ENYearMonthNameParser',
  'ENMonthNameParser']);
const casual = chrono.en.casual;
const calendarParsers = casual.parsers.filter((p) => CALENDAR_PARSERS.has(p.constructor.name));
const dateParser = calendarParsers.length > 0 ? new chrono.Chrono({ parsers: calendarParsers, refiners: casual.refiners }) : casual;

/** Chrono wants an instant; noon UTC keeps the calendar day whatever chrono does with time zones. */
function reference(ref: RefDate | null): { instant: Date; timezone: number } {
  const year = ref?.year ?? 2000;
  return { instant: new Date(Date.UTC(year, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12)), timezone: 0 };
}

function parse(scope: SentenceScope, from: number, to: number): Parsed[] {
  return dateParser.parse(scope.text.slice(from, to), reference(scope.ref), { forwardDate: false })
    .map((r) => ({ index: from + r.index, text: r.text.replace(TRAILING_PUNCTUATION, ''), start: r.start, end: r.end ?? null }));
}

/** How far around a calendar word chrono reads: "last Friday", "11 December", "January 23, 2014, at 5 p.m.". */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 32;

/**
 * The stretches of the sentence chrono reads: each calendar word with some words around it, overlapping
 * stretches joined. Chrono's cost grows with the text it reads, and a long sentence holds one date or two.
 */
function windows(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(CALENDAR_WORDS)) {
    const from = m.index <= WINDOW_BEFORE ? 0 : text.lastIndexOf(' ', m.index - WINDOW_BEFORE) + 1;
    const after = text.indexOf(' ', m.index + m[0].length + WINDOW_AFTER);
    const to = after < 0 ? text.length : after;
    const last = spans[spans.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  return spans;
}

export function findCalendarDates(scope: SentenceScope): FoundTime[] {
  if (!CALENDAR_WORD.test(scope.text)) return [];
  const found: FoundTime[] = [];
  const parsed = windows(scope.text).flatMap(([from, to]) => parse(scope, from, to));
  for (const date of parsed.flatMap((r) => reshape(scope, r))) {
    if (!CALENDAR_WORD.test(date.text) || isNamePart(scope, date)) continue;
    const time = toFound(scope, date);
    if (time) found.push(time);
  }
  return found;
}

/** Splits what chrono joins into a range: "November 20 to December 11" -> two dates, as news coders count them. */
function reshape(scope: SentenceScope, r: Parsed): Parsed[] {
  if (!r.end || r.start.isCertain('weekday')) return [r];
  const words = [...r.text.matchAll(CALENDAR_WORDS)];
  const second = words.find((w) => w.index > 0 && /^[A-Z]/u.test(w[0]));
  const join = second ? RANGE_JOIN.exec(r.text.slice(0, second.index)) : null;
  if (!second || !join) return [r];
  const firsts = parse(scope, r.index, r.index + join.index);
  const lasts = parse(scope, r.index + second.index, r.index + r.text.length);
  const yearHint = lasts[0]?.start.isCertain('year') ? lasts[0].start.get('year') : null;
  return [...firsts.map((f) => (yearHint === null || yearHint === undefined ? f : { ...f, yearHint })), ...lasts];
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
  let year = c.isCertain('year') ? (c.get('year') ?? null) : (result.yearHint ?? null);
  let unresolved: string | null = null;
  if (year === null) {
    unresolved = missingReference(scope.ref, 'month');
    if (scope.ref && unresolved === null) {
      const weekday = c.isCertain('weekday') ? (c.get('weekday') ?? null) : null;
      year = yearOfWeekday(scope.ref, month, dayNumber, weekday) ?? nearestYear(scope.ref, month, dayNumber, dateTense(scope, result.text, start, end));
    }
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
function rangeEnd(result: Parsed, year: number): Day | null {
  const e = result.end;
  if (!e?.isCertain('day')) return null;
  const last = { year: e.isCertain('year') ? (e.get('year') ?? year) : year, month: e.get('month') ?? 1, day: e.get('day') ?? 1 };
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
