/**
 * Migration 0005 (SQLite): fewer b-trees for the writer to update per row, nothing a query reads taken away.
 *
 *   - `cluster_articles` goes: every article of a batch is new, so its first event in a cluster is always a new
 *     article of that cluster, and the pairs are the events' (cluster_id, article_id) anyway;
 *   - tables keyed by their primary key alone (`article_bands`, `cluster_sources`, `dyad_days`) become tables without
 *     rowid: one b-tree instead of the table and its key index; `dyad_days` is then its own covering index for
 *     `dyad series` and `dyad_days_series` goes;
 *   - indexes no query uses go: quotes by article and by speaker name (`dyad quotes` matches `lower(speaker_name)`,
 *     which that index cannot serve), entities by article.
 */
import { sql, type Kysely, type Migration } from 'kysely';

// Kysely<any> is the documented type for migrations: they run before the typed schema exists.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/** Each keyed table as it becomes: `create table <name>_lean …` with the key first, as the old table had it. */
const WITHOUT_ROWID: Readonly<Record<string, string>> = {
  article_bands: `(band integer not null, hash integer not null, article_id text not null,
    constraint article_bands_pk primary key (band, hash, article_id))`,
  cluster_sources: `(cluster_id text not null, member text not null, constraint cluster_sources_pk primary key (cluster_id, member))`,
  dyad_days: `(source_code text not null, target_code text not null, day text not null, quad_class integer not null,
    clusters integer not null, mentions integer not null, goldstein_sum real not null,
    constraint dyad_days_pk primary key (source_code, target_code, day, quad_class))`,
};

const UNUSED_INDEXES = ['quotes_article', 'quotes_speaker', 'entities_article', 'dyad_days_series'];

/** Copies `table` into a new table made by `columns` and `options`, and puts the copy in its place. */
async function rebuild(db: AnyDb, table: string, columns: string, options: string): Promise<void> {
  await sql.raw(`create table ${table}_rebuilt ${columns} ${options}`).execute(db);
  await sql.raw(`insert into ${table}_rebuilt select * from ${table}`).execute(db);
  await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw(`alter table ${table}_rebuilt rename to ${table}`).execute(db);
}

export const leanTables: Migration = {
  async up(db) {
    for (const index of UNUSED_INDEXES) await db.schema.dropIndex(index).ifExists().execute();
    for (const [table, columns] of Object.entries(WITHOUT_ROWID)) await rebuild(db, table, columns, 'without rowid');
    await db.schema.dropTable('cluster_articles').execute();
  },
  async down(db) {
    await sql`create table cluster_articles (cluster_id text not null, member text not null, constraint cluster_articles_pk primary key (cluster_id, member))`.execute(db);
    await sql`insert into cluster_articles select distinct cluster_id, article_id from events`.execute(db);
    for (const [table, columns] of Object.entries(WITHOUT_ROWID)) await rebuild(db, table, columns, '');
    await db.schema.createIndex('quotes_article').on('quotes').column('article_id').execute();
    await db.schema.createIndex('quotes_speaker').on('quotes').column('speaker_name').execute();
    await db.schema.createIndex('entities_article').on('entities').column('article_id').execute();
    await db.schema.createIndex('dyad_days_series').on('dyad_days').columns(['source_code', 'target_code', 'day', 'quad_class', 'clusters', 'mentions', 'goldstein_sum']).execute();
  },
};
