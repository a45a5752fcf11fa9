/**
 * What chrono-node reads from a sentence: the dates with a month or weekday name or in numbers, with the parts the
 * text states. Chrono only reads windows around calendar words, and only with its calendar parsers: its cost
 * grows with the text and the parsers it runs.
 */
// The English locale alone: the package's index loads every locale (~4 MB of heap per thread instead of ~1 MB).
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
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

/** The calendar parts a date states; month 1-12, weekday 0 (Sunday) - 6. */
export interface StatedParts {
  readonly year?: number;
  readonly month?: number;
  readonly day?: number;
  readonly weekday?: number;
}

/** A date read from the sentence: its span in the sentence and the parts it states. */
export interface Parsed {
  readonly index: number;
  readonly text: string;
  readonly start: StatedParts;
  /** The end of a range chrono read as one: "May 5-6". */
  readonly end: StatedParts | null;
  /** The year the other half of a split range states: "January 23 - March 9 2014" -> 2014 for "January 23". */
  readonly yearHint?: number;
}

/**
 * Chrono's English parsers for dates with a month or weekday name or in numbers, each with what its pattern cannot
 * match without (chrono's patterns ignore ASCII case): a digit, a month stem or a weekday stem ("weekend" too).
 * Its parsers for relative words ("last year", "two days ago") and clock times are left out: the rules in
 * find-relative.ts handle the former with the publication date, and the latter are no dates. Reading less makes
 * chrono about twice as fast.
 */
const DIGIT = /[0-9]/u;
const MONTH_STEM = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/iu;
const WEEKDAY_STEM = /sun|mon|tue|wed|thu|fri|sat|week/iu;
const CALENDAR_PARSERS = new Map([['ENYearMonthDayParser', DIGIT], ['ISOFormatParser', DIGIT], ['SlashDateFormatParser', DIGIT],
  ['ENMonthNameLittleEndianParser', MONTH_STEM], ['ENMonthNameMiddleEndianParser', MONTH_STEM], ['ENWeekdayParser', WEEKDAY_STEM],
  ['ENYearMonthNameParser', DIGIT], ['ENMonthNameParser', MONTH_STEM]]);
const CUES = [DIGIT, MONTH_STEM, WEEKDAY_STEM];
const casual = chrono.casual;
const calendarParsers = casual.parsers.filter((p) => CALENDAR_PARSERS.has(p.constructor.name));

/**
 * A chrono with only the calendar parsers whose cue the text holds, in chrono's order: a parser that cannot match
 * finds nothing, so the results are the same. "on Monday, 5 May" needs no parser of numeric dates.
 */
const byCues = new Map<number, chrono.Chrono>();
function dateParserFor(text: string): chrono.Chrono {
  if (calendarParsers.length === 0) return casual;
  let mask = 0;
  for (let i = 0; i < CUES.length; i++) if (CUES[i]?.test(text)) mask |= 1 << i;
  let parser = byCues.get(mask);
  if (!parser) {
    const cues = CUES.filter((_, i) => (mask & (1 << i)) !== 0);
    const parsers = calendarParsers.filter((p) => cues.includes(CALENDAR_PARSERS.get(p.constructor.name) as RegExp));
    parser = new chrono.Chrono({ parsers, refiners: casual.refiners });
    byCues.set(mask, parser);
  }
  return parser;
}

/** Chrono wants an instant; noon UTC keeps the calendar day whatever chrono does with time zones. */
function reference(ref: RefDate | null): { instant: Date; timezone: number } {
  const year = ref?.year ?? 2000;
  return { instant: new Date(Date.UTC(year, (ref?.month ?? 1) - 1, ref?.day ?? 1, 12)), timezone: 0 };
}

const PARTS = ['year', 'month', 'day', 'weekday'] as const;

function stated(c: ParsedComponents): StatedParts {
  const parts: { -readonly [P in keyof StatedParts]: number } = {};
  for (const part of PARTS) if (c.isCertain(part)) parts[part] = c.get(part) ?? undefined;
  return parts;
}

function parse(scope: SentenceScope, from: number, to: number): Parsed[] {
  const text = scope.text.slice(from, to);
  return dateParserFor(text).parse(text, reference(scope.ref), { forwardDate: false }).map((r) => ({
    index: from + r.index,
    text: r.text.replace(TRAILING_PUNCTUATION, ''),
    start: stated(r.start),
    end: r.end ? stated(r.end) : null,
  }));
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** A weekday alone, as chrono's weekday parser reads it: "on Monday", "last Friday", "this past Sunday". */
const WEEKDAY = new RegExp(String.raw`(?:\b[Oo]n\s+)?(?:\b(?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Cc]oming)\s+)?\b(?<weekday>${WEEKDAYS.join('|')})\b`, 'gu');

/**
 * Weekdays in a stretch without month names or numeric dates, read without chrono (the commonest date in news,
 * and chrono's costliest to find): "Lavrov said on Monday" -> "on Monday", weekday 1.
 */
function parseWeekdays(scope: SentenceScope, from: number, to: number): Parsed[] {
  return [...scope.text.slice(from, to).matchAll(WEEKDAY)].map((m) => ({
    index: from + m.index,
    text: m[0],
    start: { weekday: WEEKDAYS.indexOf(m.groups?.weekday ?? '') },
    end: null,
  }));
}

/** How far around a calendar word chrono reads: "last Friday", "11 December", "January 23, 2014, at 5 p.m.". */
const WINDOW_BEFORE = 24;
const WINDOW_AFTER = 32;

/** A stretch of the sentence to read, and whether all its calendar words are weekdays. */
interface Window {
  readonly from: number;
  to: number;
  weekdaysOnly: boolean;
}

const IS_WEEKDAY = /day$/u;

/**
 * The stretches of the sentence chrono reads: each calendar word with some words around it, overlapping
 * stretches joined. Chrono's cost grows with the text it reads, and a long sentence holds one date or two.
 */
function windows(text: string): Window[] {
  const spans: Window[] = [];
  for (const m of text.matchAll(CALENDAR_WORDS)) {
    const from = m.index <= WINDOW_BEFORE ? 0 : text.lastIndexOf(' ', m.index - WINDOW_BEFORE) + 1;
    const after = text.indexOf(' ', m.index + m[0].length + WINDOW_AFTER);
    const to = after < 0 ? text.length : after;
    const weekday = IS_WEEKDAY.test(m[0]);
    const last = spans[spans.length - 1];
    if (last && from <= last.to) {
      last.to = Math.max(last.to, to);
      last.weekdaysOnly &&= weekday;
    } else spans.push({ from, to, weekdaysOnly: weekday });
  }
  return spans;
}

/** The dates chrono finds in the sentence, ranges of two named dates split in two. */
export function readCalendarDates(scope: SentenceScope): Parsed[] {
  if (!CALENDAR_WORD.test(scope.text)) return [];
  const out: Parsed[] = [];
  for (const w of windows(scope.text)) {
    if (w.weekdaysOnly) out.push(...parseWeekdays(scope, w.from, w.to));
    else for (const r of parse(scope, w.from, w.to)) out.push(...reshape(scope, r));
  }
  return out;
}

/** Splits what chrono joins into a range: "November 20 to December 11" -> two dates, as news coders count them. */
function reshape(scope: SentenceScope, r: Parsed): Parsed[] {
  if (!r.end || r.start.weekday !== undefined) return [r];
  const words = [...r.text.matchAll(CALENDAR_WORDS)];
  const second = words.find((w) => w.index > 0 && /^[A-Z]/u.test(w[0]));
  const join = second ? RANGE_JOIN.exec(r.text.slice(0, second.index)) : null;
  if (!second || !join) return [r];
  const firsts = parse(scope, r.index, r.index + join.index);
  const lasts = parse(scope, r.index + second.index, r.index + r.text.length);
  const yearHint = lasts[0]?.start.year;
  return [...firsts.map((f) => (yearHint === undefined ? f : { ...f, yearHint })), ...lasts];
}
