/**
 * The statements of the SQLite writer (`write-articles.ts`), compiled once. Look-ups take a whole batch's keys as
 * one JSON array (`json_each`), so a batch checks its articles and loads its clusters in one statement each. Rows
 * are inserted one statement each: SQLite runs a prepared single-row insert faster than a many-row `VALUES` list or
 * rows read from JSON, since its cost is the b-tree work, not the call.
 *
 *   storedKeys({ ids: '["a1","a2"]', urls: '["https://x.example/1"]', hashes: '["9f…","03…"]' }) -> [{ id: 'a1', … }]
 */
import { sql, type Kysely } from 'kysely';
import { CLUSTER_CHANGES } from './cluster-rows.js';
import { param, prepareQuery, rawQuery, type PreparedQuery } from './prepared-query.js';
import type { ArticleTable, ClusterTable, DyadDatabase, DyadDayTable, DyadPeriodTable, EntityTable, EventTable, QuoteTable } from './schema.js';

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
const DAY_COLUMNS = ['source_code', 'target_code', 'day', 'quad_class', 'clusters', 'mentions', 'goldstein_sum'] as const satisfies readonly (keyof DyadDayTable)[];
const PERIOD_COLUMNS = ['source_prefix', 'target_prefix', 'unit', 'period', 'quad_class', 'clusters', 'mentions', 'goldstein_sum'] as const satisfies readonly (keyof DyadPeriodTable)[];

export type WriteStatementName = keyof ReturnType<typeof writeStatements>;

/** Every statement of the writer; `db` compiles the ones built with Kysely in its dialect. */
export function writeStatements(db: Kysely<DyadDatabase>) {
  const lookUp = (column: 'id' | 'url'): PreparedQuery => prepareQuery(db.selectFrom('articles').select('id').where(column, '=', param<string>('value')));
  const inJson = (column: string): string => `select id, url, text_hash from articles where ${column} in (select value from json_each(?))`;
  // The sums a batch adds to the row already there: it writes changes, not totals.
  const addSums = (table: 'dyad_days' | 'dyad_periods') => ({
    clusters: sql<number>`${sql.ref(table)}.clusters + excluded.clusters`,
    mentions: sql<number>`${sql.ref(table)}.mentions + excluded.mentions`,
    goldstein_sum: sql<number>`${sql.ref(table)}.goldstein_sum + excluded.goldstein_sum`,
  });
  return {
    articleById: lookUp('id'),
    articleByUrl: lookUp('url'),
    /** The stored articles that share an id, URL or text hash with the batch: JSON arrays `ids`, `urls`, `hashes`. */
    storedKeys: rawQuery([inJson('id'), inJson('url'), inJson('text_hash')].join(' union '), ['ids', 'urls', 'hashes']),
    /** Stored articles in the bands of the batch: `pairs` is a JSON array of [band, hash]. */
    bandCandidates: rawQuery(
      `select b.band, b.hash, a.id, a.signature, a.duplicate_of, a.ingested_at
        from json_each(?) k cross join article_bands b cross join articles a
        where b.band = k.value ->> 0 and b.hash = k.value ->> 1 and a.id = b.article_id`,
      ['pairs'],
    ),
    /** The stored clusters among `ids` (a JSON array). */
    clusters: rawQuery('select c.* from json_each(?) k cross join clusters c where c.id = k.value', ['ids']),
    insertArticle: prepareQuery(db.insertInto('articles').values(params<ArticleTable>(ARTICLE_COLUMNS))),
    insertBand: prepareQuery(db.insertInto('article_bands').values({ band: param<number>('band'), hash: param('hash'), article_id: param('article_id') }).onConflict((oc) => oc.doNothing())),
    insertEvent: prepareQuery(db.insertInto('events').values(params<EventTable>(EVENT_COLUMNS))),
    insertQuote: prepareQuery(db.insertInto('quotes').values(params<QuoteTable>(QUOTE_COLUMNS))),
    insertEntity: prepareQuery(db.insertInto('entities').values(params<EntityTable>(ENTITY_COLUMNS))),
    insertCluster: prepareQuery(db.insertInto('clusters').values(params<ClusterTable>(CLUSTER_COLUMNS))),
    updateCluster: prepareQuery(db.updateTable('clusters').set(params<ClusterTable>(CLUSTER_CHANGES)).where('id', '=', param<string>('id'))),
    /** Changes one row when the publisher is new to the cluster. */
    addClusterSource: prepareQuery(db.insertInto('cluster_sources').values({ cluster_id: param('cluster_id'), member: param('member') }).onConflict((oc) => oc.doNothing())),
    addDyadDay: prepareQuery(db.insertInto('dyad_days').values(params<DyadDayTable>(DAY_COLUMNS)).onConflict((oc) => oc.columns(['source_code', 'target_code', 'day', 'quad_class']).doUpdateSet(addSums('dyad_days')))),
    addDyadPeriod: prepareQuery(db.insertInto('dyad_periods').values(params<DyadPeriodTable>(PERIOD_COLUMNS)).onConflict((oc) => oc.columns(['source_prefix', 'target_prefix', 'unit', 'period', 'quad_class']).doUpdateSet(addSums('dyad_periods')))),
  } satisfies Record<string, PreparedQuery>;
}
