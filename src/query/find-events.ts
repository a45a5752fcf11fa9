/**
 * `dyad events`: the stored happenings that match a filter. By default one row per cluster (a happening counted
 * once however many articles report it), asserted and not background unless asked; `reports` lists every report.
 */
import type { Kysely } from 'kysely';
import type { DyadDatabase } from '../store/index.js';
import { matchActor } from './actor-match.js';
import type { EventRow } from '../core/index.js';

export interface EventFilter {
  readonly source?: string;
  readonly target?: string;
  /** Either side. */
  readonly actor?: string;
  /** A code prefix: "16" or "161". */
  readonly code?: string;
  readonly root?: string;
  /** Days, inclusive; partial dates overlap ("2021-10" overlaps --from 2021-10-19). */
  readonly from?: string;
  readonly to?: string;
  /** Default: every modality. */
  readonly modality?: string;
  readonly includeBackground?: boolean;
  /** Words in the evidence sentence. */
  readonly q?: string;
  readonly reports?: boolean;
  readonly limit?: number;
}

type Table = 'events' | 'clusters';

interface Columns {
  readonly code: string;
  readonly root: string;
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly modality: string;
  readonly background: number;
}

function where<T extends Table>(filter: EventFilter, table: T) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return (eb: any) => {
    const all = [];
    const t = (column: keyof Columns | 'source_code' | 'source_name' | 'target_code' | 'target_name'): string => `${table}.${column}`;
    if (filter.source) all.push(matchActor(eb, t('source_code'), t('source_name'), filter.source));
    if (filter.target) all.push(matchActor(eb, t('target_code'), t('target_name'), filter.target));
    if (filter.actor) all.push(eb.or([matchActor(eb, t('source_code'), t('source_name'), filter.actor), matchActor(eb, t('target_code'), t('target_name'), filter.actor)]));
    if (filter.code) all.push(eb.and([eb(t('code'), '>=', filter.code), eb(t('code'), '<', `${filter.code}\uffff`)]));
    if (filter.root) all.push(eb(t('root'), '=', filter.root));
    if (filter.from) all.push(eb(t('date_end'), '>=', filter.from));
    if (filter.to) all.push(eb(t('date_start'), '<=', filter.to));
    if (filter.modality) all.push(eb(t('modality'), '=', filter.modality));
    if (!filter.includeBackground) all.push(eb(t('background'), '=', 0));
    // lower() on both sides: SQLite's like ignores ASCII case, PostgreSQL's does not.
    if (filter.q) all.push(eb(eb.fn('lower', ['events.evidence']), 'like', `%${filter.q.replace(/[%_]/gu, '').toLowerCase()}%`));
    return eb.and(all);
  };
}

/** The columns an event row is made of, as both the events and the clusters tables have them. */
interface StoredEvent {
  readonly id: string;
  readonly date: string | null;
  readonly source_code: string | null;
  readonly source_name: string | null;
  readonly code: string;
  readonly target_code: string | null;
  readonly target_name: string | null;
  readonly quad_class: number;
  readonly goldstein: number;
  readonly modality: string;
  readonly background: number;
  readonly article_id: string;
  readonly evidence: string;
}

function eventRow(r: StoredEvent, counts: Pick<EventRow, 'mentions' | 'articles' | 'sources'>): EventRow {
  return {
    id: r.id,
    date: r.date,
    source: r.source_code ?? r.source_name,
    code: r.code,
    target: r.target_code ?? r.target_name,
    quadClass: r.quad_class,
    goldstein: r.goldstein,
    modality: r.modality,
    background: r.background === 1,
    mentions: counts.mentions,
    articles: counts.articles,
    sources: counts.sources,
    article: r.article_id,
    evidence: r.evidence,
  };
}

async function clusterRows(db: Kysely<DyadDatabase>, filter: EventFilter): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('clusters')
    .innerJoin('events', 'events.id', 'clusters.first_event')
    .select(['clusters.id', 'clusters.date', 'clusters.source_code', 'clusters.source_name', 'clusters.code', 'clusters.target_code', 'clusters.target_name', 'clusters.quad_class', 'clusters.goldstein', 'clusters.modality', 'clusters.background', 'clusters.mentions', 'clusters.articles', 'clusters.sources', 'events.article_id', 'events.evidence'])
    .where(where(filter, 'clusters'))
    .orderBy('clusters.date_start', (ob) => ob.desc().nullsLast())
    .orderBy('clusters.id')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map((r) => eventRow(r, r));
}

async function reportRows(db: Kysely<DyadDatabase>, filter: EventFilter): Promise<EventRow[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where(where(filter, 'events'))
    .orderBy('events.date_start', (ob) => ob.desc().nullsLast())
    .orderBy('events.id')
    .limit(filter.limit ?? 100)
    .execute();
  return rows.map((r) => eventRow(r, { mentions: 1, articles: 1, sources: 1 }));
}

export function findEvents(db: Kysely<DyadDatabase>, filter: EventFilter): Promise<EventRow[]> {
  return filter.reports ? reportRows(db, filter) : clusterRows(db, filter);
}
