/**
 * The PostgreSQL writer: one batch in one transaction, in a fixed number of set-based statements (rows travel as
 * one JSON parameter, `json_populate_recordset`). Safe when any number of workers write at once:
 *
 *   - articles: `on conflict do nothing` on the id, URL and text constraints, so a retried job adds nothing;
 *   - clusters: each touched cluster is inserted as the batch would make it (`insert … on conflict do nothing`),
 *     and the ones already there are locked (`for update`), in key order, so two workers with reports of one
 *     happening build one cluster, one after the other;
 *   - day sums and their rollup: added with `on conflict do update`, in key order.
 *
 * Locks are taken table by table, each in key order, so writers wait for each other but do not deadlock; a
 * deadlock or lost race that happens anyway rolls back and the caller retries the batch.
 */
import type { PoolClient } from 'pg';
import { batchSummary, clusterChanges, nearDuplicateLinks, newClusters, splitDuplicates, type BandCandidate, type StoredKeys } from './batch-plan.js';
import { batchRows, type BatchRows } from './batch-rows.js';
import { CLUSTER_CHANGES } from './cluster-rows.js';
import type { CodedArticle, WriteSummary } from './event-store.js';
import { bandKeys } from './minhash.js';
import type { ClusterMemberTable, ClusterTable } from './schema.js';

export interface PostgresWriteOptions {
  readonly windowDays: number;
  readonly now: string;
}

/** Thrown when another writer stored one of the batch's articles between our check and our insert: retry the batch. */
export class LostRace extends Error {}

const STORED_KEYS = 'select id, url, text_hash from articles where id = any($1::text[]) or url = any($2::text[]) or text_hash = any($3::text[])';
const BAND_CANDIDATES = `select b.band, b.hash, a.id, a.signature, a.duplicate_of, a.ingested_at
  from article_bands b join articles a on a.id = b.article_id
  where (b.band, b.hash) in (select * from unnest($1::integer[], $2::integer[]))`;
const rows = (table: string): string => `select * from json_populate_recordset(null::${table}, $1::json)`;
const INSERT_ARTICLES = `insert into articles ${rows('articles')} on conflict do nothing returning id`;
const insertAll = (table: string): string => `insert into ${table} ${rows(table)} on conflict do nothing`;
const INSERT_SOURCES = `${insertAll('cluster_sources')} returning cluster_id`;
const INSERT_CLUSTERS = `${insertAll('clusters')} returning id`;
const LOCK_CLUSTERS = 'select * from clusters where id = any($1::text[]) order by id for update';
const UPDATE_CLUSTERS = `update clusters c set ${CLUSTER_CHANGES.map((column) => `${column} = n.${column}`).join(', ')}
  from json_populate_recordset(null::clusters, $1::json) n where c.id = n.id`;
const ADD_DAYS = `insert into dyad_days ${rows('dyad_days')}
  on conflict (source_code, target_code, day, quad_class) do update set clusters = dyad_days.clusters + excluded.clusters,
  mentions = dyad_days.mentions + excluded.mentions, goldstein_sum = dyad_days.goldstein_sum + excluded.goldstein_sum`;
const ADD_PERIODS = `insert into dyad_periods ${rows('dyad_periods')}
  on conflict (source_prefix, target_prefix, unit, period, quad_class) do update set clusters = dyad_periods.clusters + excluded.clusters,
  mentions = dyad_periods.mentions + excluded.mentions, goldstein_sum = dyad_periods.goldstein_sum + excluded.goldstein_sum`;

/** bytea travels through JSON as PostgreSQL's hex form: "\x0a1b…". */
function hex(bytes: Uint8Array | null): string | null {
  return bytes === null ? null : `\\x${Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('hex')}`;
}

async function insertRows(client: PoolClient, sql: string, values: readonly object[]): Promise<string[]> {
  if (values.length === 0) return [];
  const result = await client.query<{ id?: string; cluster_id?: string }>(sql, [JSON.stringify(values)]);
  return result.rows.map((r) => r.id ?? r.cluster_id ?? '');
}

const NO_KEYS: StoredKeys = { ids: new Set(), urls: new Set(), hashes: new Set() };

async function storedKeys(client: PoolClient, batch: readonly CodedArticle[]): Promise<StoredKeys> {
  const urls = batch.flatMap((c) => (c.url === null ? [] : [c.url]));
  const found = await client.query<{ id: string; url: string | null; text_hash: string }>(STORED_KEYS, [batch.map((c) => c.output.article.id), urls, batch.map((c) => c.textHash)]);
  return {
    ids: new Set(found.rows.map((r) => r.id)),
    urls: new Set(found.rows.flatMap((r) => (r.url === null ? [] : [r.url]))),
    hashes: new Set(found.rows.map((r) => r.text_hash)),
  };
}

async function bandCandidates(client: PoolClient, fresh: readonly CodedArticle[]): Promise<BandCandidate[]> {
  const bands: number[] = [];
  const hashes: number[] = [];
  for (const coded of fresh) {
    for (const [band, hash] of bandKeys(coded.signature).entries()) {
      bands.push(band);
      hashes.push(hash);
    }
  }
  if (bands.length === 0) return [];
  return (await client.query<BandCandidate>(BAND_CANDIDATES, [bands, hashes])).rows;
}

/** Inserts the member rows and counts, per cluster, the ones that were not there yet. */
async function newMembers(client: PoolClient, pairs: readonly ClusterMemberTable[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const id of await insertRows(client, INSERT_SOURCES, pairs)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function perCluster(pairs: readonly ClusterMemberTable[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { cluster_id } of pairs) counts.set(cluster_id, (counts.get(cluster_id) ?? 0) + 1);
  return counts;
}

/**
 * Each touched cluster is first inserted as if it were new, so one this writer creates is complete in one write.
 * Its publishers are then all new to it (another writer adds publishers only after creating or locking the
 * cluster, which waits for this transaction); where the store says otherwise, the cluster is written again.
 */
async function writeClusters(client: PoolClient, rows: BatchRows): Promise<void> {
  const { events, newArticles } = rows;
  if (events.length === 0) return;
  const publishers = perCluster(rows.clusterSources);
  const asNew = newClusters({ events, newArticles, newSources: publishers });
  const created = new Set(await insertRows(client, INSERT_CLUSTERS, asNew));
  const stored = asNew.map((c) => c.id).filter((id) => !created.has(id));
  const locked = stored.length === 0 ? [] : (await client.query<ClusterTable>(LOCK_CLUSTERS, [stored])).rows;
  const newSources = await newMembers(client, rows.clusterSources);
  const complete = (id: string): boolean => created.has(id) && newSources.get(id) === publishers.get(id);
  const changes = clusterChanges({ events, locked: new Map(locked.map((c) => [c.id, c])), newArticles, newSources });
  await insertRows(client, UPDATE_CLUSTERS, changes.clusters.filter((c) => !complete(c.id)));
  await insertRows(client, ADD_DAYS, changes.days);
  await insertRows(client, ADD_PERIODS, changes.periods);
}

/** Writes a batch inside the caller's transaction; throws LostRace when a concurrent writer got an article first. */
export async function writePostgresBatch(client: PoolClient, batch: readonly CodedArticle[], options: PostgresWriteOptions): Promise<WriteSummary> {
  const split = splitDuplicates(batch, batch.length === 0 ? NO_KEYS : await storedKeys(client, batch));
  const links = nearDuplicateLinks(split.fresh, await bandCandidates(client, split.fresh), options.now);
  const rows = batchRows(split.fresh, links, options);
  const articles = rows.articles.map((row) => ({ ...row, signature: hex(row.signature) }));
  const inserted = await insertRows(client, INSERT_ARTICLES, articles);
  if (inserted.length !== articles.length) throw new LostRace(`${articles.length - inserted.length} article(s) of the batch were stored by another writer meanwhile`);
  await insertRows(client, insertAll('article_bands'), rows.bands);
  await insertRows(client, insertAll('quotes'), rows.quotes);
  await insertRows(client, insertAll('entities'), rows.entities);
  await insertRows(client, insertAll('events'), rows.events);
  await writeClusters(client, rows);
  return batchSummary(split, links);
}
