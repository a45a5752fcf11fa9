/**
 * The statements the writer runs, built once with Kysely so that each store compiles them in its own SQL dialect.
 * `ON CONFLICT … DO NOTHING / DO UPDATE` is standard in both SQLite (3.24+) and PostgreSQL.
 */
import { sql, type Kysely } from 'kysely';
import { param, prepareQuery, type PreparedQuery } from './prepared-query.js';
import type { ArticleTable, ClusterTable, DyadDatabase, EventTable, QuoteTable, EntityTable } from './schema.js';

type Row<T> = { readonly [K in keyof T]: T[K] };

/** Placeholders for every column of a row type: `{ id: param('id'), … }`. */
function params<T>(columns: readonly (keyof T & string)[]): Row<T> {
  return Object.fromEntries(columns.map((c) => [c, param(c)])) as Row<T>;
}

const ARTICLE_COLUMNS = ['id', 'url', 'text_hash', 'source', 'publisher', 'title', 'published', 'duplicate_of', 'signature', 'text', 'output', 'event_count', 'quote_count', 'ingested_at'] as const satisfies readonly (keyof ArticleTable)[];
const EVENT_COLUMNS = ['id', 'article_id', 'cluster_id', 'sentence', 'source_code', 'source_name', 'target_code', 'target_name', 'code', 'root', 'quad_class', 'goldstein', 'plover', 'date', 'date_start', 'date_end', 'date_basis', 'modality', 'background', 'evidence', 'location_name', 'location_country', 'lat', 'lon', 'reported_by', 'confidence', 'rule'] as const satisfies readonly (keyof EventTable)[];
const CLUSTER_COLUMNS = ['id', 'source_code', 'source_name', 'target_code', 'target_name', 'root', 'code', 'quad_class', 'goldstein', 'modality', 'background', 'date', 'date_start', 'date_end', 'first_event', 'mentions', 'articles', 'sources'] as const satisfies readonly (keyof ClusterTable)[];
const QUOTE_COLUMNS = ['id', 'article_id', 'text', 'direct', 'speaker_name', 'speaker_code', 'cue', 'sentence'] as const satisfies readonly (keyof QuoteTable)[];
const ENTITY_COLUMNS = ['id', 'article_id', 'name', 'type', 'code', 'role', 'mentions'] as const satisfies readonly (keyof EntityTable)[];

export type WriteStatementName = keyof ReturnType<typeof writeStatements>;

/** Every statement of the writer, compiled by `db`'s dialect. */
export function writeStatements(db: Kysely<DyadDatabase>) {
  const member = (table: 'cluster_articles' | 'cluster_sources'): PreparedQuery =>
    prepareQuery(db.insertInto(table).values({ cluster_id: param('cluster_id'), member: param('member') }).onConflict((oc) => oc.doNothing()));
  return {
    articleById: prepareQuery(db.selectFrom('articles').select('id').where('id', '=', param<string>('value'))),
    articleByUrl: prepareQuery(db.selectFrom('articles').select('id').where('url', '=', param<string>('value'))),
    articleByText: prepareQuery(db.selectFrom('articles').select('id').where('text_hash', '=', param<string>('value'))),
    nearCandidates: prepareQuery(
      db
        .selectFrom('article_bands as b')
        .innerJoin('articles as a', 'a.id', 'b.article_id')
        .select(['a.id', 'a.signature', 'a.duplicate_of'])
        .where('b.band', '=', param<number>('band'))
        .where('b.hash', '=', param<number>('hash'))
        .orderBy('a.ingested_at')
        .orderBy('a.id'),
    ),
    insertArticle: prepareQuery(db.insertInto('articles').values(params<ArticleTable>(ARTICLE_COLUMNS))),
    insertBand: prepareQuery(db.insertInto('article_bands').values({ band: param<number>('band'), hash: param('hash'), article_id: param('article_id') }).onConflict((oc) => oc.doNothing())),
    insertEvent: prepareQuery(db.insertInto('events').values(params<EventTable>(EVENT_COLUMNS))),
    insertQuote: prepareQuery(db.insertInto('quotes').values(params<QuoteTable>(QUOTE_COLUMNS))),
    insertEntity: prepareQuery(db.insertInto('entities').values(params<EntityTable>(ENTITY_COLUMNS))),
    cluster: prepareQuery(db.selectFrom('clusters').selectAll().where('id', '=', param<string>('id'))),
    insertCluster: prepareQuery(db.insertInto('clusters').values(params<ClusterTable>(CLUSTER_COLUMNS))),
    updateCluster: prepareQuery(
      db
        .updateTable('clusters')
        .set({ source_name: param('source_name'), target_name: param('target_name'), code: param('code'), quad_class: param('quad_class'), goldstein: param('goldstein'), date: param('date'), date_start: param('date_start'), date_end: param('date_end'), first_event: param('first_event'), mentions: param('mentions'), articles: param('articles'), sources: param('sources') })
        .where('id', '=', param<string>('id')),
    ),
    addClusterArticle: member('cluster_articles'),
    addClusterSource: member('cluster_sources'),
    addDyadDay: prepareQuery(
      db
        .insertInto('dyad_days')
        .values({ source_code: param('source_code'), target_code: param('target_code'), day: param('day'), quad_class: param('quad_class'), clusters: param('clusters'), mentions: param('mentions'), goldstein_sum: param('goldstein_sum') })
        .onConflict((oc) =>
          oc.columns(['source_code', 'target_code', 'day', 'quad_class']).doUpdateSet({
            clusters: sql`dyad_days.clusters + excluded.clusters`,
            mentions: sql`dyad_days.mentions + excluded.mentions`,
            goldstein_sum: sql`dyad_days.goldstein_sum + excluded.goldstein_sum`,
          }),
        ),
    ),
    addDyadPeriod: prepareQuery(
      db
        .insertInto('dyad_periods')
        .values({ source_prefix: param('source_prefix'), target_prefix: param('target_prefix'), unit: param('unit'), period: param('period'), quad_class: param('quad_class'), clusters: param('clusters'), mentions: param('mentions'), goldstein_sum: param('goldstein_sum') })
        .onConflict((oc) =>
          oc.columns(['source_prefix', 'target_prefix', 'unit', 'period', 'quad_class']).doUpdateSet({
            clusters: sql`dyad_periods.clusters + excluded.clusters`,
            mentions: sql`dyad_periods.mentions + excluded.mentions`,
            goldstein_sum: sql`dyad_periods.goldstein_sum + excluded.goldstein_sum`,
          }),
        ),
    ),
  } satisfies Record<string, PreparedQuery>;
}
