/**
 * What chrono-node reads from a sentence: the dates with a month or weekday name or in numbers, with the parts the
 * text states. Chrono only reads windows around calendar words, and only with its calendar parsers: its cost
 * grows with the text and the parsers it runs.
 */
import * as chrono from 'chrono-node';
import type { RefDate } from './calendar.js';
import type { SentenceScope } from './found-time.js';

/**
 * A capitalised month or weekday name, or a numeric date with a year. Gates which sentences chrono reads and which
 * of its results are kept: chrono also reads "march" the verb and "1/2" the fraction as dates.
 */
export const CALENDAR_WORD = /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/u;

const CALENDAR_WORDS = new RegExp(CALENDAR_WORD.source, 'gu');
/** What joins the two dates of a range: "November 20 to December 11", "January 23 - March 9 2014". */
const RANGE_JOIN = /\s*(?:-|–|—|to|through|until|till|and)\s*$/u;
/** Punctuation chrono leaves at the end of a date: "On Wednesday," -> "On Wednesday". */
const TRAILING_PUNCTUATION = /[\s,.;:]+$/u;

/** A chrono result cut down to what is used: its span in the sentence and its parsed parts. */
export interface Parsed {
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

/** The dates chrono finds in the sentence, ranges of two named dates split in two. */
export function readCalendarDates(scope: SentenceScope): Parsed[] {
  if (!CALENDAR_WORD.test(scope.text)) return [];
  return windows(scope.text).flatMap(([from, to]) => parse(scope, from, to)).flatMap((r) => reshape(scope, r));
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
