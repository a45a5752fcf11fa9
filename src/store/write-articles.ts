/**
 * The SQLite writer: decides for each coded article of a batch whether it is new, a near-duplicate or already
 * stored, and writes its rows and cluster updates. The decisions are the PostgreSQL writer's (`batch-plan.ts`),
 * taken once per batch: one look-up for the stored keys, one for near-duplicate candidates, one for the touched
 * clusters, and each touched cluster and sum written once. It runs inside the store's transaction through a small
 * statement runner, so the same logic serves any connection, in any thread, whose statements run synchronously.
 */
import { batchRows, type BatchRows } from './batch-rows.js';
import { batchSummary, clusterChanges, nearDuplicateLinks, splitDuplicates, type BandCandidate, type StoredKeys } from './batch-plan.js';
import type { CodedArticle, WriteSummary } from './event-store.js';
import { bandKeys } from './minhash.js';
import type { ClusterTable } from './schema.js';
import type { WriteStatementName } from './write-statements.js';

/** Named parameter values: a row object, or `{ value }` / `{ ids }` for a look-up. */
type Values = object;

export interface StatementRunner {
  /** Runs a write and returns the number of rows it changed. */
  run(name: WriteStatementName, values: Values): number;
  get<T>(name: WriteStatementName, values: Values): T | undefined;
  all<T>(name: WriteStatementName, values: Values): T[];
}

export interface WriteOptions {
  readonly windowDays: number;
  readonly now: string;
}

const json = (values: readonly unknown[]): string => JSON.stringify(values);

function storedKeys(db: StatementRunner, batch: readonly CodedArticle[]): StoredKeys {
  const found = db.all<{ id: string; url: string | null; text_hash: string }>('storedKeys', {
    ids: json(batch.map((c) => c.output.article.id)),
    urls: json(batch.flatMap((c) => (c.url === null ? [] : [c.url]))),
    hashes: json(batch.map((c) => c.textHash)),
  });
  return {
    ids: new Set(found.map((r) => r.id)),
    urls: new Set(found.flatMap((r) => (r.url === null ? [] : [r.url]))),
    hashes: new Set(found.map((r) => r.text_hash)),
  };
}

function bandCandidates(db: StatementRunner, fresh: readonly CodedArticle[]): BandCandidate[] {
  const pairs = fresh.flatMap((c) => bandKeys(c.signature).map((hash, band) => [band, hash]));
  return pairs.length === 0 ? [] : db.all<BandCandidate>('bandCandidates', { pairs: json(pairs) });
}

/** Per cluster, how many of the batch's publishers it did not have yet. */
function newSources(db: StatementRunner, rows: BatchRows): Map<string, number> {
  const counts = new Map<string, number>();
  for (const pair of rows.clusterSources) if (db.run('addClusterSource', pair) > 0) counts.set(pair.cluster_id, (counts.get(pair.cluster_id) ?? 0) + 1);
  return counts;
}

function writeClusters(db: StatementRunner, rows: BatchRows): void {
  const ids = [...new Set(rows.events.map((e) => e.cluster_id))];
  const stored = new Map(db.all<ClusterTable>('clusters', { ids: json(ids) }).map((c) => [c.id, c]));
  const changes = clusterChanges({ events: rows.events, locked: stored, newArticles: rows.newArticles, newSources: newSources(db, rows) });
  for (const cluster of changes.clusters) db.run(stored.has(cluster.id) ? 'updateCluster' : 'insertCluster', cluster);
  for (const day of changes.days) db.run('addDyadDay', day);
  for (const period of changes.periods) db.run('addDyadPeriod', period);
}

const NO_KEYS: StoredKeys = { ids: new Set(), urls: new Set(), hashes: new Set() };

/** Writes a batch; the caller wraps it in one transaction. */
export function writeArticles(db: StatementRunner, batch: readonly CodedArticle[], options: WriteOptions): WriteSummary {
  const split = splitDuplicates(batch, batch.length === 0 ? NO_KEYS : storedKeys(db, batch));
  const links = nearDuplicateLinks(split.fresh, bandCandidates(db, split.fresh), options.now);
  const rows = batchRows(split.fresh, links, options);
  for (const row of rows.articles) db.run('insertArticle', row);
  for (const row of rows.bands) db.run('insertBand', row);
  for (const row of rows.quotes) db.run('insertQuote', row);
  for (const row of rows.entities) db.run('insertEntity', row);
  for (const row of rows.events) db.run('insertEvent', row);
  writeClusters(db, rows);
  return batchSummary(split, links);
}
