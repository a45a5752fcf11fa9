/**
 * Calendar buckets for series: a day, the ISO week (named by its Monday) or the month.
 *
 *   period("2021-10-20", "week") -> "2021-10-18"     period("2021-10-20", "month") -> "2021-10"
 */
import { dayFromEpoch, epochDay, periodOf, type SeriesUnit } from '../store/index.js';

export type Period = SeriesUnit;

/** The period a day falls in; the writer files its rollup rows by the same rule. */
export function period(day: string, by: Period): string {
  return periodOf(day, by);
}

function nextPeriod(current: string, by: Period): string {
  if (by === 'day') return dayFromEpoch(epochDay(current) + 1);
  if (by === 'week') return dayFromEpoch(epochDay(current) + 7);
  const [year, month] = current.split('-').map(Number);
  const next = new Date(Date.UTC(year ?? 1970, month ?? 1, 1));
  return next.toISOString().slice(0, 7);
}

/** Every period from `first` to `last`, inclusive, so that gaps show as zeros. */
export function periodsBetween(first: string, last: string, by: Period): string[] {
  const all: string[] = [];
  for (let p = first; p <= last && all.length < 100_000; p = nextPeriod(p, by)) all.push(p);
  return all;
}
