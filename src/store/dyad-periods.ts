/**
 * The series rollup (`dyad_periods`): each per-day dyad sum added up again per day, ISO week and month, under every
 * code prefix made of whole 3-letter blocks, so that `dyad series RUS IGOWSTNAT --by week` reads one row per week
 * and QuadClass instead of adding up the days of RUS, RUSGOV, RUSMIL, … itself.
 *
 *   codePrefixes("RUSGOV") -> ["RUS", "RUSGOV"]      codePrefixes("IGOWSTNAT") -> ["IGO", "IGOWST", "IGOWSTNAT"]
 *
 * A row keyed by the prefix "RUS" holds every code that begins with RUS: exactly what a series asks for RUS.
 */
import { dayFromEpoch, epochDay } from './date-range.js';
import { netSums } from './net-sums.js';
import type { DyadDayTable, DyadPeriodTable, SeriesUnit } from './schema.js';

export const SERIES_UNITS: readonly SeriesUnit[] = ['day', 'week', 'month'];

/** The length of one block of a CAMEO actor code ("RUS" + "GOV"). */
const BLOCK = 3;

/** The prefixes of `code` made of whole blocks; a trailing part block is left out ("ABCDE" -> ["ABC"]). */
export function codePrefixes(code: string): string[] {
  const prefixes: string[] = [];
  for (let length = BLOCK; length <= code.length; length += BLOCK) prefixes.push(code.slice(0, length));
  return prefixes;
}

/** Whether the rollup answers for `code`: whole blocks only, since "RUSG" is no key of it. */
export function isBlockPrefix(code: string): boolean {
  return code.length >= BLOCK && code.length % BLOCK === 0;
}

/**
 * The period a day falls in: the day itself, its ISO week (named by its Monday) or its month.
 *
 *   periodOf("2021-10-20", "week") -> "2021-10-18"     periodOf("2021-10-20", "month") -> "2021-10"
 */
export function periodOf(day: string, unit: SeriesUnit): string {
  if (unit === 'day') return day;
  if (unit === 'month') return day.slice(0, 7);
  const days = epochDay(day);
  // 1970-01-01 was a Thursday: (days + 3) mod 7 is 0 on Mondays.
  return dayFromEpoch(days - ((((days + 3) % 7) + 7) % 7));
}

/** What one change of a day sum adds to the rollup: one row per unit and pair of prefixes. */
export function periodRows(day: DyadDayTable): DyadPeriodTable[] {
  const rows: DyadPeriodTable[] = [];
  for (const unit of SERIES_UNITS) {
    const period = periodOf(day.day, unit);
    for (const source_prefix of codePrefixes(day.source_code)) {
      for (const target_prefix of codePrefixes(day.target_code)) {
        rows.push({ source_prefix, target_prefix, unit, period, quad_class: day.quad_class, clusters: day.clusters, mentions: day.mentions, goldstein_sum: day.goldstein_sum });
      }
    }
  }
  return rows;
}

const periodKey = (row: DyadPeriodTable): string => `${row.source_prefix}\u0000${row.target_prefix}\u0000${row.unit}\u0000${row.period}\u0000${row.quad_class}`;

/**
 * The rollup changes of some day-sum changes, one row per key in key order, leaving out keys where they cancel:
 * a report that only adds a mention changes no cluster count (see `netSums`).
 */
export function netPeriodRows(days: readonly (DyadDayTable | null)[]): DyadPeriodTable[] {
  return netSums(days.flatMap((day) => (day ? periodRows(day) : [])), periodKey);
}
