/**
 * The decisions of both writers (SQLite's `write-articles.ts`, PostgreSQL's `postgres-write-batch.ts`), as pure
 * functions over what one batch brings and what the database already holds: which articles are duplicates, which
 * nearly copy an earlier one, and what each touched cluster and day sum becomes. So a batch costs a handful of
 * set-based statements whatever its size, and both stores make the same choices.
 */
import { dyadDay, mergeEvent, netDayRows, newCluster } from './cluster-rows.js';
import { netPeriodRows } from './dyad-periods.js';
import type { CodedArticle, DuplicateReason, WriteSummary } from './event-store.js';
import { bandKeys, NEAR_DUPLICATE, signatureFromBytes, similarity } from './minhash.js';
import type { ClusterTable, DyadDayTable, DyadPeriodTable, EventTable } from './schema.js';

export interface StoredKeys {
  readonly ids: ReadonlySet<string>;
  readonly urls: ReadonlySet<string>;
  readonly hashes: ReadonlySet<string>;
}

export interface DuplicateSplit {
  readonly fresh: readonly CodedArticle[];
  readonly duplicates: readonly { readonly id: string; readonly reason: DuplicateReason }[];
}

/** Splits a batch into new articles and duplicates (of a stored article or of an earlier one in the batch). */
export function splitDuplicates(batch: readonly CodedArticle[], stored: StoredKeys): DuplicateSplit {
  const ids = new Set(stored.ids);
  const urls = new Set(stored.urls);
  const hashes = new Set(stored.hashes);
  const fresh: CodedArticle[] = [];
  const duplicates: { id: string; reason: DuplicateReason }[] = [];
  for (const coded of batch) {
    const id = coded.output.article.id;
    const reason: DuplicateReason | null = ids.has(id) ? 'id' : coded.url !== null && urls.has(coded.url) ? 'url' : hashes.has(coded.textHash) ? 'text' : null;
    if (reason) {
      duplicates.push({ id, reason });
      continue;
    }
    ids.add(id);
    if (coded.url !== null) urls.add(coded.url);
    hashes.add(coded.textHash);
    fresh.push(coded);
  }
  return { fresh, duplicates };
}

/** A stored article that shares a MinHash band with an article of the batch. */
export interface BandCandidate {
  readonly band: number;
  readonly hash: number;
  readonly id: string;
  readonly signature: Uint8Array | null;
  readonly duplicate_of: string | null;
  readonly ingested_at: string;
}

const bandKey = (band: number, hash: number): string => `${band}:${hash}`;

function byArrival(a: BandCandidate, b: BandCandidate): number {
  if (a.ingested_at !== b.ingested_at) return a.ingested_at < b.ingested_at ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The original each fresh article nearly copies (or null), in batch order: earlier articles of the same batch are
 * candidates too, as they are for the SQLite writer, which has already inserted them.
 */
export function nearDuplicateLinks(fresh: readonly CodedArticle[], candidates: readonly BandCandidate[], now: string): Map<string, string | null> {
  const byBand = new Map<string, BandCandidate[]>();
  const add = (c: BandCandidate): void => {
    const list = byBand.get(bandKey(c.band, c.hash)) ?? [];
    list.push(c);
    list.sort(byArrival);
    byBand.set(bandKey(c.band, c.hash), list);
  };
  candidates.forEach(add);
  const links = new Map<string, string | null>();
  for (const coded of fresh) {
    const bands = bandKeys(coded.signature);
    let original: string | null = null;
    for (const [band, hash] of bands.entries()) {
      const match = byBand.get(bandKey(band, hash))?.find((c) => c.signature !== null && similarity(coded.signature, signatureFromBytes(c.signature)) >= NEAR_DUPLICATE);
      if (match) {
        original = match.duplicate_of ?? match.id;
        break;
      }
    }
    const id = coded.output.article.id;
    links.set(id, original);
    const signature = new Uint8Array(coded.signature.buffer, coded.signature.byteOffset, coded.signature.byteLength);
    for (const [band, hash] of bands.entries()) add({ band, hash, id, signature, duplicate_of: original, ingested_at: now });
  }
  return links;
}

export interface ClusterChanges {
  /** Every touched cluster as it becomes, by id. */
  readonly clusters: readonly ClusterTable[];
  /** What to add to `dyad_days`, one row per key, in key order (the lock order of concurrent writers). */
  readonly days: readonly DyadDayTable[];
  /** What to add to the rollup `dyad_periods`, one row per key, in key order. */
  readonly periods: readonly DyadPeriodTable[];
}

export interface ClusterInputs {
  /** The batch's new events, in id order. */
  readonly events: readonly EventTable[];
  /** The touched clusters as locked; a row with no mentions is one this transaction has only just reserved. */
  readonly locked: ReadonlyMap<string, ClusterTable>;
  /** Per cluster, how many articles and publishers the batch adds to its member tables. */
  readonly newArticles: ReadonlyMap<string, number>;
  readonly newSources: ReadonlyMap<string, number>;
}

/** Folds the batch's events into their clusters, and the day sums into deltas: minus the old cluster, plus the new. */
export function clusterChanges(inputs: ClusterInputs): ClusterChanges {
  const folded = foldClusters(inputs);
  const days: (DyadDayTable | null)[] = [];
  for (const { old, cluster } of folded) {
    if (old) days.push(dyadDay(old, -1));
    days.push(dyadDay(cluster, 1));
  }
  const netDays = netDayRows(days);
  return { clusters: folded.map((f) => f.cluster), days: netDays, periods: netPeriodRows(netDays) };
}

/** Each touched cluster as the batch would build it if none were stored yet, by id. */
export function newClusters(inputs: Omit<ClusterInputs, 'locked'>): ClusterTable[] {
  return foldClusters({ ...inputs, locked: new Map() }).map((f) => f.cluster);
}

/** Each touched cluster, by id, as the batch leaves it, with what it was before (null when new). */
function foldClusters(inputs: ClusterInputs): { readonly old: ClusterTable | null; readonly cluster: ClusterTable }[] {
  const grouped = new Map<string, EventTable[]>();
  for (const event of inputs.events) {
    const list = grouped.get(event.cluster_id);
    if (list) list.push(event);
    else grouped.set(event.cluster_id, [event]);
  }
  const folded: { old: ClusterTable | null; cluster: ClusterTable }[] = [];
  for (const id of [...grouped.keys()].sort()) {
    const events = grouped.get(id) ?? [];
    const locked = inputs.locked.get(id);
    const old = locked && locked.mentions > 0 ? locked : null;
    const first = events[0];
    if (!first) continue;
    let cluster = old ?? newCluster(id, first);
    for (const event of events) cluster = mergeEvent(cluster, event, false, false);
    cluster = { ...cluster, articles: cluster.articles + (inputs.newArticles.get(id) ?? 0), sources: cluster.sources + (inputs.newSources.get(id) ?? 0) };
    folded.push({ old, cluster });
  }
  return folded;
}

/** What a written batch adds up to, from its split and its near-duplicate links. */
export function batchSummary(split: DuplicateSplit, links: ReadonlyMap<string, string | null>): WriteSummary {
  const { fresh, duplicates } = split;
  return {
    stored: fresh.length,
    nearDuplicates: [...links.values()].filter((link) => link !== null).length,
    duplicates,
    events: fresh.reduce((n, c) => n + c.output.events.length, 0),
    quotes: fresh.reduce((n, c) => n + c.output.quotes.length, 0),
  };
}
