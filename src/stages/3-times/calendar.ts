/**
 * Pure calendar arithmetic over plain numbers (UTC, no time zones): the reference date, ISO strings, adding days
 * and months, the weekday of a day, and which year a month-day without a year most plausibly falls in.
 */

/** The publication date split into numbers: "2021-10" -> { year: 2021, month: 10, day: null }. */
export interface RefDate {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

/** A calendar day; month 1-12. */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const PUBLISHED = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/u;

/** "2021-10-19" -> { 2021, 10, 19 }; null for null or a malformed date. */
export function parseRef(published: string | null): RefDate | null {
  const m = published === null ? null : PUBLISHED.exec(published);
  if (!m?.groups) return null;
  const { year, month, day } = m.groups;
  return { year: Number(year), month: month ? Number(month) : null, day: day ? Number(day) : null };
}

/** The reference as a full day, when it has one. */
export function refDay(ref: RefDate): Day | null {
  return ref.month !== null && ref.day !== null ? { year: ref.year, month: ref.month, day: ref.day } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

export const isoYear = (year: number): string => String(year).padStart(4, '0');
export const isoMonth = (year: number, month: number): string => `${isoYear(year)}-${pad(month)}`;
export const isoDay = (d: Day): string => `${isoMonth(d.year, d.month)}-${pad(d.day)}`;

const MS_PER_DAY = 86_400_000;
const toEpochDay = (d: Day): number => Date.UTC(d.year, d.month - 1, d.day) / MS_PER_DAY;

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** addDays(2021-10-19, -1) -> 2021-10-18 */
export function addDays(d: Day, n: number): Day {
  return fromEpochDay(toEpochDay(d) + n);
}

/** addMonths(2021, 1, -1) -> { year: 2020, month: 12 } */
export function addMonths(year: number, month: number, n: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + n;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** Days from `a` to `b`: daysBetween(2021-10-19, 2021-11-01) -> 13. */
export function daysBetween(a: Day, b: Day): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(d: Day): number {
  return new Date(toEpochDay(d) * MS_PER_DAY).getUTCDay();
}

/** True when the day exists: 2021-02-29 does not. */
export function isRealDay(d: Day): boolean {
  const back = fromEpochDay(toEpochDay(d));
  return back.year === d.year && back.month === d.month && back.day === d.day;
}

/**
 * Which way a weekday or a month without a year resolves. `past`/`future` include the reference itself ("on
 * Tuesday" in a Tuesday article is that day); the `-strict` forms exclude it ("last Tuesday", "next Tuesday").
 */
export type Direction = 'past' | 'future' | 'past-strict' | 'future-strict';

/** The weekday nearest the reference in the direction: Tuesday 2021-10-19, Monday, past -> 2021-10-18. */
export function weekdayNear(ref: Day, weekday: number, direction: Direction): Day {
  const diff = weekday - weekdayOf(ref);
  const strict = direction.endsWith('strict');
  if (direction.startsWith('past')) {
    const back = (((-diff % 7) + 7) % 7) || (strict ? 7 : 0);
    return addDays(ref, -back);
  }
  const ahead = (((diff % 7) + 7) % 7) || (strict ? 7 : 0);
  return addDays(ref, ahead);
}

/**
 * How much farther a date on the unlikely side of the reference counts when choosing the year of "November 1" or
 * "April": with no tense, dates ahead (news is about the past); in future context, dates behind, which stay
 * possible for what is under way ("the exhibit is to run from January 23" in an article of January 28).
 */
const AHEAD_PENALTY = 1.5;
const BEHIND_PENALTY = 10;

/**
 * The year of a month (and day) the text gave without one: the nearest sensible occurrence around the reference.
 * With no tense to go by the past is preferred: in an article of 2021-10-19, "November 1" -> 2021 (13 days
 * ahead), "April 2" -> 2021 (200 days back beats 165 ahead). In future context, the first occurrence on or after
 * the reference ("will meet on April 2" -> 2022); in past context, the last on or before it ("was introduced in
 * November" -> 2020).
 */
export function nearestYear(ref: RefDate, month: number, day: number | null, tense: 'future' | 'past' | 'unknown'): number {
  if (ref.month === null) return ref.year;
  const refMonth = ref.month;
  const refDayNumber = ref.day ?? 15;
  let best = ref.year;
  let bestCost = Infinity;
  for (const year of [ref.year - 1, ref.year, ref.year + 1]) {
    const distance = day === null || ref.day === null
      ? (year - ref.year) * 12 + (month - refMonth)
      : daysBetween({ year: ref.year, month: refMonth, day: refDayNumber }, { year, month, day });
    const cost = distance < 0
      ? -distance * (tense === 'future' ? BEHIND_PENALTY : 1)
      : tense === 'past' && distance > 0 ? Infinity : distance * (tense === 'future' ? 1 : AHEAD_PENALTY);
    if (cost < bestCost) [best, bestCost] = [year, cost];
  }
  return best;
}
