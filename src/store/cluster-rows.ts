/**
 * How an event report joins its cluster, and what a cluster adds to the per-day dyad sums. Every choice is
 * independent of arrival order (the earliest date, the smallest code, the smallest event id), so any ingest order
 * ends with the same clusters and the same series.
 */
import { netSums } from './net-sums.js';
import type { ClusterTable, DyadDayTable, EventTable } from './schema.js';

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** What a new report can change in its cluster; the key columns (dyad, root, modality, background) never change. */
export const CLUSTER_CHANGES = ['source_name', 'target_name', 'code', 'quad_class', 'goldstein', 'date', 'date_start', 'date_end', 'first_event', 'mentions', 'articles', 'sources'] as const satisfies readonly (keyof ClusterTable)[];

export function newCluster(id: string, event: EventTable): ClusterTable {
  return {
    id,
    source_code: event.source_code,
    source_name: event.source_name,
    target_code: event.target_code,
    target_name: event.target_name,
    root: event.root,
    code: event.code,
    quad_class: event.quad_class,
    goldstein: event.goldstein,
    modality: event.modality,
    background: event.background,
    date: event.date,
    date_start: event.date_start,
    date_end: event.date_end,
    first_event: event.id,
    mentions: 0,
    articles: 0,
    sources: 0,
  };
}

function before(a: string | null, b: string | null): boolean {
  return a !== null && (b === null || a < b);
}

/** The cluster with one more report: `newArticle`/`newSource` say whether the report brings one. */
export function mergeEvent(cluster: ClusterTable, event: EventTable, newArticle: boolean, newSource: boolean): ClusterTable {
  const codeFrom = event.code < cluster.code ? event : cluster;
  const dateFrom = before(event.date, cluster.date) ? event : cluster;
  const first = event.id < cluster.first_event ? event : null;
  return {
    ...cluster,
    // Names as the first report (by id) gives them: "protesters" and "opposition parties" can share a code.
    source_name: first ? first.source_name : cluster.source_name,
    target_name: first ? first.target_name : cluster.target_name,
    code: codeFrom.code,
    quad_class: codeFrom.quad_class,
    goldstein: codeFrom.goldstein,
    date: dateFrom.date,
    date_start: dateFrom.date_start,
    date_end: event.date_end !== null && (cluster.date_end === null || event.date_end > cluster.date_end) ? event.date_end : cluster.date_end,
    first_event: first ? first.id : cluster.first_event,
    mentions: cluster.mentions + 1,
    articles: cluster.articles + (newArticle ? 1 : 0),
    sources: cluster.sources + (newSource ? 1 : 0),
  };
}

/**
 * What the cluster adds to `dyad_days`, times `sign` (-1 takes a cluster's old contribution back before it
 * changes). Only what a series counts: asserted news (not background), a day date, both actors coded.
 */
export function dyadDay(cluster: ClusterTable, sign: 1 | -1): DyadDayTable | null {
  const { source_code, target_code, date } = cluster;
  if (cluster.modality !== 'asserted' || cluster.background || !source_code || !target_code || date === null || !DAY.test(date)) return null;
  return { source_code, target_code, day: date, quad_class: cluster.quad_class, clusters: sign, mentions: sign * cluster.mentions, goldstein_sum: sign * cluster.goldstein };
}

const dayKey = (day: DyadDayTable): string => `${day.source_code}\u0000${day.target_code}\u0000${day.day}\u0000${day.quad_class}`;

/** Day-sum changes added up per key, in key order, leaving out keys where they cancel (see `netSums`). */
export function netDayRows(days: readonly (DyadDayTable | null)[]): DyadDayTable[] {
  return netSums(days.filter((day): day is DyadDayTable => day !== null), dayKey);
}
