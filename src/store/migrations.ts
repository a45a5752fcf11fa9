/**
 * Versioned migrations, written with Kysely's schema builder so that SQLite and PostgreSQL get the same tables.
 * Never edit a migration that has shipped: add the next one. Kysely records the applied ones in
 * `kysely_migration`, so opening an older database upgrades it in order.
 */
import { sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { leanTables } from './lean-tables-migration.js';

// Kysely<any> is the documented type for migrations: they run before the typed schema exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

async function createArticles(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('articles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.unique())
    .addColumn('text_hash', 'text', (c) => c.notNull().unique())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('publisher', 'text')
    .addColumn('title', 'text')
    .addColumn('published', 'text')
    .addColumn('duplicate_of', 'text')
    .addColumn('signature', 'blob')
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('output', 'text', (c) => c.notNull())
    .addColumn('event_count', 'integer', (c) => c.notNull())
    .addColumn('quote_count', 'integer', (c) => c.notNull())
    .addColumn('ingested_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('article_bands')
    .addColumn('band', 'integer', (c) => c.notNull())
    .addColumn('hash', 'integer', (c) => c.notNull())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('article_bands_pk', ['band', 'hash', 'article_id'])
    .execute();
}

async function createEvents(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('cluster_id', 'text', (c) => c.notNull())
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .addColumn('source_code', 'text')
    .addColumn('source_name', 'text')
    .addColumn('target_code', 'text')
    .addColumn('target_name', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('plover', 'text')
    .addColumn('date', 'text')
    .addColumn('date_start', 'text')
    .addColumn('date_end', 'text')
    .addColumn('date_basis', 'text')
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('background', 'integer', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    .addColumn('location_name', 'text')
    .addColumn('location_country', 'text')
    .addColumn('lat', 'real')
    .addColumn('lon', 'real')
    .addColumn('reported_by', 'text')
    .addColumn('confidence', 'real', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_article').on('events').column('article_id').execute();
  await db.schema.createIndex('events_cluster').on('events').column('cluster_id').execute();
  await db.schema.createIndex('events_dyad').on('events').columns(['source_code', 'target_code', 'date_start']).execute();
  await db.schema.createIndex('events_target').on('events').columns(['target_code', 'date_start']).execute();
}

async function createClusters(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('clusters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_code', 'text')
    .addColumn('source_name', 'text')
    .addColumn('target_code', 'text')
    .addColumn('target_name', 'text')
    .addColumn('root', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('goldstein', 'real', (c) => c.notNull())
    .addColumn('modality', 'text', (c) => c.notNull())
    .addColumn('background', 'integer', (c) => c.notNull())
    .addColumn('date', 'text')
    .addColumn('date_start', 'text')
    .addColumn('date_end', 'text')
    .addColumn('first_event', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('articles', 'integer', (c) => c.notNull())
    .addColumn('sources', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clusters_dyad').on('clusters').columns(['source_code', 'target_code', 'date_start']).execute();
  await db.schema.createIndex('clusters_target').on('clusters').columns(['target_code', 'date_start']).execute();
  await db.schema.createIndex('clusters_date').on('clusters').column('date_start').execute();
  for (const table of ['cluster_articles', 'cluster_sources']) {
    await db.schema
      .createTable(table)
      .addColumn('cluster_id', 'text', (c) => c.notNull())
      .addColumn('member', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['cluster_id', 'member'])
      .execute();
  }
  await db.schema
    .createTable('dyad_days')
    .addColumn('source_code', 'text', (c) => c.notNull())
    .addColumn('target_code', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('quad_class', 'integer', (c) => c.notNull())
    .addColumn('clusters', 'integer', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addColumn('goldstein_sum', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('dyad_days_pk', ['source_code', 'target_code', 'day', 'quad_class'])
    .execute();
}

async function createQuotesAndEntities(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('quotes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('direct', 'integer', (c) => c.notNull())
    .addColumn('speaker_name', 'text')
    .addColumn('speaker_code', 'text')
    .addColumn('cue', 'text')
    .addColumn('sentence', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quotes_article').on('quotes').column('article_id').execute();
  await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_name').execute();
  await db.schema
    .createTable('entities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('article_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('code', 'text')
    .addColumn('role', 'text')
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('entities_article').on('entities').column('article_id').execute();
  await db.schema.createIndex('entities_name').on('entities').columns(['name', 'type']).execute();
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
 * `dyad series` reads day sums by a range of source codes ("RUS" takes in RUSGOV): with every summed column in the
 * index, SQLite answers from the index alone instead of looking up each row in the table.
 */
const seriesCoveringIndex: Migration = {
  async up(db) {
    await db.schema.createIndex('dyad_days_series').on('dyad_days').columns(['source_code', 'target_code', 'day', 'quad_class', 'clusters', 'mentions', 'goldstein_sum']).execute();
  },
  async down(db) {
    await db.schema.dropIndex('dyad_days_series').execute();
  },
};

/**
 * Nothing reads events by article or by cluster (`dyad show` reads the stored output, clusters keep their own
 * member tables), and each index costs the writer a b-tree insert per event.
 */
const dropUnusedEventIndexes: Migration = {
  async up(db) {
    await db.schema.dropIndex('events_article').execute();
    await db.schema.dropIndex('events_cluster').execute();
  },
  async down(db) {
    await db.schema.createIndex('events_article').on('events').column('article_id').execute();
    await db.schema.createIndex('events_cluster').on('events').column('cluster_id').execute();
  },
};

/**
 * The series rollup (`dyad-periods.ts`), filled from the day sums a store already holds. A table without rowid is
 * its own primary-key index, so a series reads its rows in key order from that index alone.
 */
const dyadPeriods: Migration = {
  async up(db) {
    await db.schema
      .createTable('dyad_periods')
      .addColumn('source_prefix', 'text', (c) => c.notNull())
      .addColumn('target_prefix', 'text', (c) => c.notNull())
      .addColumn('unit', 'text', (c) => c.notNull())
      .addColumn('period', 'text', (c) => c.notNull())
      .addColumn('quad_class', 'integer', (c) => c.notNull())
      .addColumn('clusters', 'integer', (c) => c.notNull())
      .addColumn('mentions', 'integer', (c) => c.notNull())
      .addColumn('goldstein_sum', 'real', (c) => c.notNull())
      .addPrimaryKeyConstraint('dyad_periods_pk', ['source_prefix', 'target_prefix', 'unit', 'period', 'quad_class'])
      .modifyEnd(sql`without rowid`)
      .execute();
    // Monday of the week: strftime('%w') is 0 on Sundays, so (w + 6) % 7 days back.
    await sql`${sql.raw(PREFIX_LENGTHS)}
      insert into dyad_periods
      select substr(d.source_code, 1, s.n), substr(d.target_code, 1, t.n), u.unit,
        case u.unit when 'day' then d.day when 'week' then date(d.day, '-' || ((cast(strftime('%w', d.day) as integer) + 6) % 7) || ' days') else substr(d.day, 1, 7) end,
        d.quad_class, sum(d.clusters), sum(d.mentions), sum(d.goldstein_sum)
      ${sql.raw(PREFIX_JOIN)}`.execute(db);
  },
  async down(db) {
    await db.schema.dropTable('dyad_periods').execute();
  },
};

/** The block lengths 3, 6, 9, … up to the longest code in `dyad_days`, for the rollup's backfill in either store. */
export const PREFIX_LENGTHS = `with recursive lengths(n) as (
    select 3 union all select n + 3 from lengths
    where n < (select max(length(source_code)) from dyad_days) or n < (select max(length(target_code)) from dyad_days)
  ), units(unit) as (values ('day'), ('week'), ('month'))`;

/** Every day sum under every pair of block prefixes and every unit, added up per rollup key. */
export const PREFIX_JOIN = `from dyad_days d
  join lengths s on s.n <= length(d.source_code)
  join lengths t on t.n <= length(d.target_code)
  cross join units u
  group by 1, 2, 3, 4, 5
  having sum(d.clusters) <> 0 or sum(d.mentions) <> 0`;

/** Every migration by name; Kysely applies them in name order. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0002-series-covering-index': seriesCoveringIndex,
  '0003-drop-unused-event-indexes': dropUnusedEventIndexes,
  '0004-dyad-periods': dyadPeriods,
  '0005-lean-tables': leanTables,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve({ ...MIGRATIONS }),
};
