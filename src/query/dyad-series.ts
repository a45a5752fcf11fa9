/**
 * `dyad series A B --by week`: how relations between two actors moved, in both directions: per period, the
 * clusters (or reports) in each QuadClass and the Goldstein sum and mean. It reads sums the writer keeps, never
 * events:
 *
 *   - `dyad_periods` when both actors are codes of whole 3-letter blocks (RUS, RUSGOV, IGOWSTNAT): one row per
 *     period and QuadClass, whatever the number of codes the prefixes take in;
 *   - `dyad_days` otherwise ("RUSG"), adding up the days of every code in the prefix's range.
 */
import type { Kysely } from 'kysely';
import { dayFromEpoch, epochDay, isBlockPrefix, type DyadDatabase, type SeriesUnit } from '../store/index.js';
import { codeRange } from './actor-match.js';
import { period, periodsBetween, type Period } from './periods.js';
import type { SeriesRow } from '../core/index.js';

export interface SeriesQuery {
  /** CAMEO codes or code prefixes ("RUS" takes in RUSGOV). */
  readonly a: string;
  readonly b: string;
  readonly by: Period;
  readonly from?: string;
  readonly to?: string;
  /** Count reports instead of clusters. */
  readonly reports?: boolean;
}

/** The sums of one period (a day, or the unit of the rollup rows read) and QuadClass. */
interface PeriodRow {
  readonly period: string;
  readonly quad_class: number;
  readonly clusters: number;
  readonly mentions: number;
  readonly goldstein_sum: number;
}

/** Day sums for one direction, added up over the codes the prefixes take in (RUS, RUSGOV, …) by the database. */
async function days(db: Kysely<DyadDatabase>, source: string, target: string, query: SeriesQuery): Promise<PeriodRow[]> {
  const [sourceFrom, sourceTo] = codeRange(source);
  const [targetFrom, targetTo] = codeRange(target);
  let select = db
    .selectFrom('dyad_days')
    .select((eb) => ['day as period', 'quad_class', eb.fn.sum<number>('clusters').as('clusters'), eb.fn.sum<number>('mentions').as('mentions'), eb.fn.sum<number>('goldstein_sum').as('goldstein_sum')])
    .where('source_code', '>=', sourceFrom)
    .where('source_code', '<', sourceTo)
    .where('target_code', '>=', targetFrom)
    .where('target_code', '<', targetTo)
    .where('clusters', '>', 0)
    .groupBy(['day', 'quad_class']);
  if (query.from) select = select.where('day', '>=', query.from);
  if (query.to) select = select.where('day', '<=', query.to);
  const rows = await select.execute();
  // PostgreSQL returns sums of integers as strings.
  return rows.map((r) => ({ period: r.period, quad_class: r.quad_class, clusters: Number(r.clusters), mentions: Number(r.mentions), goldstein_sum: Number(r.goldstein_sum) }));
}

/**
 * The rollup unit that answers the query exactly: its own period, unless the days are needed:
 *   - `--from`/`--to` cut a period in two (`--by week --from 2021-10-20`, a Wednesday);
 *   - `--reports` weights each day's mean Goldstein by that day's reports, which a week's sums cannot give back.
 */
function rollupUnit(query: SeriesQuery): SeriesUnit {
  const { from, to, by } = query;
  if (query.reports) return 'day';
  const startsPeriod = from === undefined || period(from, by) !== period(dayFromEpoch(epochDay(from) - 1), by);
  const endsPeriod = to === undefined || period(to, by) !== period(dayFromEpoch(epochDay(to) + 1), by);
  return startsPeriod && endsPeriod ? by : 'day';
}

/** One row per period of `unit` and QuadClass, for prefixes of whole blocks: the rollup already holds every code they take in. */
async function rollup(db: Kysely<DyadDatabase>, source: string, target: string, query: SeriesQuery): Promise<PeriodRow[]> {
  const unit = rollupUnit(query);
  let select = db
    .selectFrom('dyad_periods')
    .select(['period', 'quad_class', 'clusters', 'mentions', 'goldstein_sum'])
    .where('source_prefix', '=', source)
    .where('target_prefix', '=', target)
    .where('unit', '=', unit)
    .where('clusters', '>', 0);
  if (query.from) select = select.where('period', '>=', period(query.from, unit));
  if (query.to) select = select.where('period', '<=', period(query.to, unit));
  return select.execute();
}

function sums(db: Kysely<DyadDatabase>, source: string, target: string, query: SeriesQuery): Promise<PeriodRow[]> {
  return isBlockPrefix(source) && isBlockPrefix(target) ? rollup(db, source, target, query) : days(db, source, target, query);
}

type Sums = { q: [number, number, number, number]; goldstein: number; clusters: number };

function accumulate(rows: readonly PeriodRow[], query: SeriesQuery): Map<string, Sums> {
  const byPeriod = new Map<string, Sums>();
  for (const row of rows) {
    const key = period(row.period, query.by);
    const sums = byPeriod.get(key) ?? { q: [0, 0, 0, 0], goldstein: 0, clusters: 0 };
    const count = query.reports ? row.mentions : row.clusters;
    const index = Math.min(3, Math.max(0, row.quad_class - 1));
    sums.q[index] = (sums.q[index] ?? 0) + count;
    // Goldstein per cluster: the writer sums one value per cluster; per report, weight it by the reports.
    sums.goldstein += query.reports && row.clusters > 0 ? (row.goldstein_sum / row.clusters) * row.mentions : row.goldstein_sum;
    sums.clusters += count;
    byPeriod.set(key, sums);
  }
  return byPeriod;
}

function toRow(periodKey: string, direction: string, sums: Sums | undefined): SeriesRow {
  const [q1, q2, q3, q4] = sums?.q ?? [0, 0, 0, 0];
  const total = q1 + q2 + q3 + q4;
  const goldsteinSum = Math.round((sums?.goldstein ?? 0) * 100) / 100;
  return { period: periodKey, direction, q1, q2, q3, q4, total, goldsteinSum, goldsteinMean: total > 0 ? Math.round((goldsteinSum / total) * 100) / 100 : null };
}

/** Rows for every period from the first to the last with events (either direction), A>B then B>A. */
export async function dyadSeries(db: Kysely<DyadDatabase>, query: SeriesQuery): Promise<SeriesRow[]> {
  const forward = accumulate(await sums(db, query.a, query.b, query), query);
  const backward = accumulate(await sums(db, query.b, query.a, query), query);
  const keys = [...forward.keys(), ...backward.keys()].sort();
  const first = query.from ? period(query.from, query.by) : keys[0];
  const last = query.to ? period(query.to, query.by) : keys[keys.length - 1];
  if (first === undefined || last === undefined) return [];
  const rows: SeriesRow[] = [];
  for (const p of periodsBetween(first, last, query.by)) {
    rows.push(toRow(p, `${query.a}>${query.b}`, forward.get(p)));
    rows.push(toRow(p, `${query.b}>${query.a}`, backward.get(p)));
  }
  return rows;
}
