/**
 * PostgreSQL's own migrations: the same tables and indexes as `migrations.ts`, in PostgreSQL's types. They differ
 * where SQLite's loose typing would not carry over:
 *
 *   - text columns collate "C" (byte order), so that code ranges ("RUS" .. "RUT") and `order by` compare as SQLite does;
 *   - double precision, not `real` (float4), so that a Goldstein score of 1.9 reads back as 1.9;
 *   - a bytea signature.
 *
 * Never edit a migration that has shipped: add the next one, under the same name as SQLite's where both change.
 */
import { PREFIX_JOIN, PREFIX_LENGTHS } from './migrations.js';
import { sql, type ColumnDataType, type Expression, type Kysely, type Migration, type MigrationProvider } from 'kysely';

// Kysely<any> is the documented type for migrations: they run before the typed schema exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;
type ColumnType = ColumnDataType | Expression<unknown>;

const TEXT = sql`text collate "C"`;
const DOUBLE = 'double precision';

/** [name, type, not null] in table order; the first column is the primary key unless the table names one. */
type Column = readonly [string, ColumnType, boolean];

async function createTable(db: AnyDb, table: string, columns: readonly Column[], primaryKey?: readonly string[]): Promise<void> {
  let builder = db.schema.createTable(table);
  for (const [index, [name, type, notNull]] of columns.entries()) {
    builder = builder.addColumn(name, type, (c) => {
      const keyed = index === 0 && !primaryKey ? c.primaryKey() : c;
      return notNull ? keyed.notNull() : keyed;
    });
  }
  if (primaryKey) builder = builder.addPrimaryKeyConstraint(`${table}_pk`, [...primaryKey] as never);
  await builder.execute();
}

async function createIndexes(db: AnyDb, table: string, indexes: Readonly<Record<string, readonly string[]>>): Promise<void> {
  for (const [name, columns] of Object.entries(indexes)) await db.schema.createIndex(name).on(table).columns([...columns]).execute();
}

async function createArticles(db: AnyDb): Promise<void> {
  await createTable(db, 'articles', [
    ['id', TEXT, true], ['url', TEXT, false], ['text_hash', TEXT, true], ['source', TEXT, true], ['publisher', TEXT, false],
    ['title', TEXT, false], ['published', TEXT, false], ['duplicate_of', TEXT, false], ['signature', 'bytea', false],
    ['text', TEXT, true], ['output', TEXT, true], ['event_count', 'integer', true], ['quote_count', 'integer', true], ['ingested_at', TEXT, true],
  ]);
  // The article key: a second copy (a retried job, another worker) hits these constraints and is skipped.
  await db.schema.alterTable('articles').addUniqueConstraint('articles_url_key', ['url']).execute();
  await db.schema.alterTable('articles').addUniqueConstraint('articles_text_hash_key', ['text_hash']).execute();
  await createTable(db, 'article_bands', [['band', 'integer', true], ['hash', 'integer', true], ['article_id', TEXT, true]], ['band', 'hash', 'article_id']);
}

async function createEvents(db: AnyDb): Promise<void> {
  await createTable(db, 'events', [
    ['id', TEXT, true], ['article_id', TEXT, true], ['cluster_id', TEXT, true], ['sentence', 'integer', true],
    ['source_code', TEXT, false], ['source_name', TEXT, false], ['target_code', TEXT, false], ['target_name', TEXT, false],
    ['code', TEXT, true], ['root', TEXT, true], ['quad_class', 'integer', true], ['goldstein', DOUBLE, true], ['plover', TEXT, false],
    ['date', TEXT, false], ['date_start', TEXT, false], ['date_end', TEXT, false], ['date_basis', TEXT, false], ['modality', TEXT, true],
    ['background', 'integer', true], ['evidence', TEXT, true], ['location_name', TEXT, false], ['location_country', TEXT, false],
    ['lat', DOUBLE, false], ['lon', DOUBLE, false], ['reported_by', TEXT, false], ['confidence', DOUBLE, true], ['rule', TEXT, true],
  ]);
  await createIndexes(db, 'events', {
    events_article: ['article_id'],
    events_cluster: ['cluster_id'],
    events_dyad: ['source_code', 'target_code', 'date_start'],
    events_target: ['target_code', 'date_start'],
  });
}

async function createClusters(db: AnyDb): Promise<void> {
  await createTable(db, 'clusters', [
    ['id', TEXT, true], ['source_code', TEXT, false], ['source_name', TEXT, false], ['target_code', TEXT, false], ['target_name', TEXT, false],
    ['root', TEXT, true], ['code', TEXT, true], ['quad_class', 'integer', true], ['goldstein', DOUBLE, true], ['modality', TEXT, true],
    ['background', 'integer', true], ['date', TEXT, false], ['date_start', TEXT, false], ['date_end', TEXT, false], ['first_event', TEXT, true],
    ['mentions', 'integer', true], ['articles', 'integer', true], ['sources', 'integer', true],
  ]);
  await createIndexes(db, 'clusters', {
    clusters_dyad: ['source_code', 'target_code', 'date_start'],
    clusters_target: ['target_code', 'date_start'],
    clusters_date: ['date_start'],
  });
  for (const table of ['cluster_articles', 'cluster_sources']) {
    await createTable(db, table, [['cluster_id', TEXT, true], ['member', TEXT, true]], ['cluster_id', 'member']);
  }
  await createTable(
    db,
    'dyad_days',
    [['source_code', TEXT, true], ['target_code', TEXT, true], ['day', TEXT, true], ['quad_class', 'integer', true], ['clusters', 'integer', true], ['mentions', 'integer', true], ['goldstein_sum', DOUBLE, true]],
    ['source_code', 'target_code', 'day', 'quad_class'],
  );
}

async function createQuotesAndEntities(db: AnyDb): Promise<void> {
  await createTable(db, 'quotes', [
    ['id', TEXT, true], ['article_id', TEXT, true], ['text', TEXT, true], ['direct', 'integer', true],
    ['speaker_name', TEXT, false], ['speaker_code', TEXT, false], ['cue', TEXT, false], ['sentence', 'integer', true],
  ]);
  await createIndexes(db, 'quotes', { quotes_article: ['article_id'], quotes_speaker: ['speaker_name'] });
  await createTable(db, 'entities', [
    ['id', TEXT, true], ['article_id', TEXT, true], ['name', TEXT, true], ['type', TEXT, true], ['code', TEXT, false], ['role', TEXT, false], ['mentions', 'integer', true],
  ]);
  await createIndexes(db, 'entities', { entities_article: ['article_id'], entities_name: ['name', 'type'] });
}

const initial: Migration = {
  async up(db) {
    await createArticles(db);
    await createEvents(db);
    await createClusters(db);
    await createQuotesAndEntities(db);
  },
  async down(db) {
    const tables = ['entities', 'quotes', 'dyad_days', 'cluster_sources', 'cluster_articles', 'clusters', 'events', 'article_bands', 'articles'];
    for (const table of tables) await db.schema.dropTable(table).execute();
  },
};

/**
 * The series rollup (`dyad-periods.ts`), filled from the day sums the store already holds. The primary key
 * carries the sums (`include`), so a series is an index-only scan once VACUUM has marked the pages all-visible.
 */
const dyadPeriods: Migration = {
  async up(db) {
    await sql`create table dyad_periods (
      source_prefix text collate "C" not null, target_prefix text collate "C" not null, unit text collate "C" not null,
      period text collate "C" not null, quad_class integer not null, clusters integer not null, mentions integer not null,
      goldstein_sum double precision not null,
      constraint dyad_periods_pk primary key (source_prefix, target_prefix, unit, period, quad_class) include (clusters, mentions, goldstein_sum))`.execute(db);
    await sql`${sql.raw(PREFIX_LENGTHS)}
      insert into dyad_periods
      select substr(d.source_code, 1, s.n), substr(d.target_code, 1, t.n), u.unit,
        case u.unit when 'day' then d.day when 'week' then to_char(date_trunc('week', d.day::date), 'YYYY-MM-DD') else left(d.day, 7) end,
        d.quad_class, sum(d.clusters), sum(d.mentions), sum(d.goldstein_sum)
      ${sql.raw(PREFIX_JOIN)}`.execute(db);
  },
  async down(db) {
    await db.schema.dropTable('dyad_periods').execute();
  },
};

/**
 * As SQLite's 0003 and 0005: `cluster_articles` goes (every article of a batch is new, so the pairs are the events'
 * own), and so do the indexes no query reads, each of which costs the writer an index entry per row. An article's
 * contract output (~18 kB of JSON) is compressed with lz4 where the server has it: several times less CPU than the
 * default pglz, for a little more disk.
 */
const UNUSED_INDEXES = ['events_article', 'events_cluster', 'quotes_article', 'quotes_speaker', 'entities_article'];

const leanTables: Migration = {
  async up(db) {
    for (const index of UNUSED_INDEXES) await db.schema.dropIndex(index).execute();
    await db.schema.dropTable('cluster_articles').execute();
    const lz4 = await sql`select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)`.execute(db);
    if (lz4.rows.length > 0) await sql`alter table articles alter column output set compression lz4, alter column text set compression lz4`.execute(db);
  },
  async down(db) {
    await sql`alter table articles alter column output set compression default, alter column text set compression default`.execute(db);
    await createTable(db, 'cluster_articles', [['cluster_id', TEXT, true], ['member', TEXT, true]], ['cluster_id', 'member']);
    await sql`insert into cluster_articles select distinct cluster_id, article_id from events`.execute(db);
    await createIndexes(db, 'events', { events_article: ['article_id'], events_cluster: ['cluster_id'] });
    await createIndexes(db, 'quotes', { quotes_article: ['article_id'], quotes_speaker: ['speaker_name'] });
    await createIndexes(db, 'entities', { entities_article: ['article_id'] });
  },
};

/** Every PostgreSQL migration by name; Kysely applies them in name order, under an advisory lock. */
export const POSTGRES_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0004-dyad-periods': dyadPeriods,
  '0005-lean-tables': leanTables,
};

export const postgresMigrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...POSTGRES_MIGRATIONS }),
};
