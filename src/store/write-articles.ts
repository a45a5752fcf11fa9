/**
 * The writer: decides for each coded article whether it is new, a near-duplicate or already stored, and writes
 * its rows and cluster updates. It runs inside the store's transaction through a small statement runner, so the
 * same logic serves any store whose statements can run synchronously inside one.
 */
import { articleRow, entityRows, eventRows, publisherOf, quoteRows } from './article-rows.js';
import { clusterKey } from './cluster-key.js';
import { dyadDay, mergeEvent, netDayRows, newCluster } from './cluster-rows.js';
import { netPeriodRows } from './dyad-periods.js';
import type { CodedArticle, DuplicateReason, WriteSummary } from './event-store.js';
import { bandKeys, NEAR_DUPLICATE, signatureFromBytes, similarity } from './minhash.js';
import type { ClusterTable, DyadDayTable, EventTable } from './schema.js';
import type { WriteStatementName } from './write-statements.js';

/** Named parameter values: a row object, or `{ value }` for a lookup. */
type Values = object;

export interface StatementRunner {
  /** Runs a write and returns the number of rows it changed. */
  run(name: WriteStatementName, values: Values): number;
  get<T>(name: WriteStatementName, values: Values): T | undefined;
  all<T>(name: WriteStatementName, values: Values): T[];
}

interface Candidate {
  readonly id: string;
  readonly signature: Uint8Array | null;
  readonly duplicate_of: string | null;
}

function duplicateReason(db: StatementRunner, coded: CodedArticle): DuplicateReason | null {
  if (db.get('articleById', { value: coded.output.article.id })) return 'id';
  if (coded.url !== null && db.get('articleByUrl', { value: coded.url })) return 'url';
  if (db.get('articleByText', { value: coded.textHash })) return 'text';
  return null;
}

/** The first stored article this one nearly copies, followed to its own original. */
function nearDuplicateOf(db: StatementRunner, coded: CodedArticle, bands: readonly number[]): string | null {
  for (const [band, hash] of bands.entries()) {
    for (const candidate of db.all<Candidate>('nearCandidates', { band, hash })) {
      if (candidate.signature && similarity(coded.signature, signatureFromBytes(candidate.signature)) >= NEAR_DUPLICATE) {
        return candidate.duplicate_of ?? candidate.id;
      }
    }
  }
  return null;
}

/**
 * The day-sum changes of a batch: each cluster's old contribution taken back, its new one added. They are added
 * up per key and written once at the end of the batch, since a batch of news often moves the same week many times.
 */
type DayChanges = (DyadDayTable | null)[];

function joinCluster(db: StatementRunner, event: EventTable, publisher: string | null, days: DayChanges): void {
  const newArticle = db.run('addClusterArticle', { cluster_id: event.cluster_id, member: event.article_id }) > 0;
  const newSource = db.run('addClusterSource', { cluster_id: event.cluster_id, member: publisher ?? '(unknown)' }) > 0;
  const old = db.get<ClusterTable>('cluster', { id: event.cluster_id });
  const merged = mergeEvent(old ?? newCluster(event.cluster_id, event), event, newArticle, newSource);
  db.run(old ? 'updateCluster' : 'insertCluster', merged);
  if (old) days.push(dyadDay(old, -1));
  days.push(dyadDay(merged, 1));
}

function writeDyadSums(db: StatementRunner, changes: DayChanges): void {
  const days = netDayRows(changes);
  for (const day of days) db.run('addDyadDay', day);
  for (const row of netPeriodRows(days)) db.run('addDyadPeriod', row);
}

export interface WriteOptions {
  readonly windowDays: number;
  readonly now: string;
}

type Outcome = { readonly stored: true; readonly near: boolean } | { readonly stored: false; readonly reason: DuplicateReason };

function writeArticle(db: StatementRunner, coded: CodedArticle, options: WriteOptions, days: DayChanges): Outcome {
  const reason = duplicateReason(db, coded);
  if (reason) return { stored: false, reason };
  const { output } = coded;
  const bands = bandKeys(coded.signature);
  const duplicateOf = nearDuplicateOf(db, coded, bands);
  db.run('insertArticle', articleRow(coded, duplicateOf, options.now));
  for (const [band, hash] of bands.entries()) db.run('insertBand', { band, hash, article_id: output.article.id });
  for (const row of quoteRows(output)) db.run('insertQuote', row);
  for (const row of entityRows(output)) db.run('insertEntity', row);
  const publisher = publisherOf(coded.url);
  for (const row of eventRows(output, (e) => clusterKey(e, output.article.id, options.windowDays))) {
    db.run('insertEvent', row);
    joinCluster(db, row, publisher, days);
  }
  return { stored: true, near: duplicateOf !== null };
}

/** Writes a batch; the caller wraps it in one transaction. */
export function writeArticles(db: StatementRunner, batch: readonly CodedArticle[], options: WriteOptions): WriteSummary {
  let stored = 0;
  let nearDuplicates = 0;
  let events = 0;
  let quotes = 0;
  const duplicates: { id: string; reason: DuplicateReason }[] = [];
  const days: DayChanges = [];
  for (const coded of batch) {
    const outcome = writeArticle(db, coded, options, days);
    if (!outcome.stored) {
      duplicates.push({ id: coded.output.article.id, reason: outcome.reason });
      continue;
    }
    stored++;
    if (outcome.near) nearDuplicates++;
    events += coded.output.events.length;
    quotes += coded.output.quotes.length;
  }
  writeDyadSums(db, days);
  return { stored, nearDuplicates, duplicates, events, quotes };
}
