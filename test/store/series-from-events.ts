/**
 * What `dyad series` must answer, worked out the slow way from the events table alone: group the reports into their
 * clusters (earliest date, smallest code), keep what a series counts, and add up per period. The store cases check
 * the series against it, so the writer's day sums and their rollup can never drift from the events.
 */
import type { SeriesQuery, SeriesRow } from '../../src/query/index.js';
import { period } from '../../src/query/index.js';
import type { EventStore, EventTable } from '../../src/store/index.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** The cluster of the events that share its key, as the writer describes it. */
interface Cluster {
  readonly source: string | null;
  readonly target: string | null;
  readonly date: string | null;
  readonly quad: number;
  readonly goldstein: number;
  readonly mentions: number;
  readonly counted: boolean;
}

function cluster(events: readonly EventTable[]): Cluster {
  const bySmallestCode = [...events].sort((x, y) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0))[0] as EventTable;
  const dates = events.flatMap((e) => (e.date === null ? [] : [e.date])).sort();
  const first = events[0] as EventTable;
  return {
    source: first.source_code,
    target: first.target_code,
    date: dates[0] ?? null,
    quad: bySmallestCode.quad_class,
    goldstein: bySmallestCode.goldstein,
    mentions: events.length,
    counted: first.modality === 'asserted' && !first.background,
  };
}

/** The non-empty rows of the series, per period and direction, with what they count. */
export async function seriesFromEvents(store: EventStore, query: SeriesQuery): Promise<CountedRow[]> {
  const events = await store.db.selectFrom('events').selectAll().execute();
  const grouped = new Map<string, EventTable[]>();
  for (const e of events) grouped.set(e.cluster_id, [...(grouped.get(e.cluster_id) ?? []), e]);
  const clusters = [...grouped.values()].map(cluster);
  const rows: CountedRow[] = [];
  for (const [source, target] of [[query.a, query.b], [query.b, query.a]] as const) {
    const sums = new Map<string, { q: number[]; goldstein: number }>();
    for (const c of clusters) {
      if (!c.counted || c.date === null || !DAY.test(c.date) || !c.source?.startsWith(source) || !c.target?.startsWith(target)) continue;
      if ((query.from !== undefined && c.date < query.from) || (query.to !== undefined && c.date > query.to)) continue;
      const key = period(c.date, query.by);
      const s = sums.get(key) ?? { q: [0, 0, 0, 0], goldstein: 0 };
      s.q[c.quad - 1] = (s.q[c.quad - 1] ?? 0) + (query.reports ? c.mentions : 1);
      s.goldstein += c.goldstein;
      sums.set(key, s);
    }
    for (const [key, s] of sums) {
      const [q1 = 0, q2 = 0, q3 = 0, q4 = 0] = s.q;
      rows.push({ period: key, direction: `${source}>${target}`, q1, q2, q3, q4, total: q1 + q2 + q3 + q4, goldsteinSum: Math.round(s.goldstein * 100) / 100 });
    }
  }
  return rows.sort((x, y) => (x.period + x.direction < y.period + y.direction ? -1 : 1));
}

export type CountedRow = Pick<SeriesRow, 'period' | 'direction' | 'q1' | 'q2' | 'q3' | 'q4' | 'total' | 'goldsteinSum'>;

/** The series' non-empty rows, in the same shape and order. */
export function nonEmpty(rows: readonly SeriesRow[]): CountedRow[] {
  return rows
    .filter((r) => r.total > 0)
    .map(({ period: p, direction, q1, q2, q3, q4, total, goldsteinSum }) => ({ period: p, direction, q1, q2, q3, q4, total, goldsteinSum }))
    .sort((x, y) => (x.period + x.direction < y.period + y.direction ? -1 : 1));
}

/** The counts alone: with `--reports` the Goldstein sum weights each day's mean by its reports, not per cluster. */
export function countsOnly(rows: readonly CountedRow[]): Omit<CountedRow, 'goldsteinSum'>[] {
  return rows.map(({ goldsteinSum: _, ...counts }) => counts);
}
