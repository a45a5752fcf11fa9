/**
 * The rows a batch of new articles becomes, in the order both writers insert them (articles and events by id, the
 * lock order of concurrent writers), and the cluster memberships they bring.
 *
 *   two articles a1 (wire.example, 2 events in cluster K) and a2 (wire.example, 1 event in K)
 *     -> newArticles { K: 2 }, clusterSources [K wire.example]
 */
import { articleRow, entityRows, eventRows, publisherOf, quoteRows } from './article-rows.js';
import { clusterKey } from './cluster-key.js';
import type { CodedArticle } from './event-store.js';
import { bandKeys } from './minhash.js';
import type { ArticleBandTable, ArticleTable, ClusterMemberTable, EntityTable, EventTable, QuoteTable } from './schema.js';

export interface BatchRows {
  readonly articles: readonly ArticleTable[];
  readonly bands: readonly ArticleBandTable[];
  readonly quotes: readonly QuoteTable[];
  readonly entities: readonly EntityTable[];
  readonly events: readonly EventTable[];
  /**
   * Per cluster, the batch's articles with an event in it: all new to it, since every article of the batch is (a
   * stored one is a duplicate, and a writer that lost a race for one retries the batch).
   */
  readonly newArticles: ReadonlyMap<string, number>;
  /** Each (cluster, publisher) pair once, in key order: whether a publisher is new to a cluster, the store says. */
  readonly clusterSources: readonly ClusterMemberTable[];
}

export interface BatchRowOptions {
  readonly windowDays: number;
  readonly now: string;
}

const byKey = <T>(key: (row: T) => string) => (a: T, b: T): number => {
  const [x, y] = [key(a), key(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Member rows from (cluster, member) pairs, each pair once, in key order. */
function members(pairs: Iterable<ClusterMemberTable>): ClusterMemberTable[] {
  const unique = new Map<string, ClusterMemberTable>();
  for (const pair of pairs) unique.set(`${pair.cluster_id}\u0000${pair.member}`, pair);
  return [...unique.entries()].sort(byKey(([key]) => key)).map(([, pair]) => pair);
}

function articlesPerCluster(events: readonly EventTable[]): Map<string, number> {
  const pairs = new Set<string>();
  const counts = new Map<string, number>();
  for (const { cluster_id, article_id } of events) {
    const pair = `${cluster_id}\u0000${article_id}`;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    counts.set(cluster_id, (counts.get(cluster_id) ?? 0) + 1);
  }
  return counts;
}

/** `fresh`: the batch's new articles; `links`: the original each nearly copies (see `nearDuplicateLinks`). */
export function batchRows(fresh: readonly CodedArticle[], links: ReadonlyMap<string, string | null>, options: BatchRowOptions): BatchRows {
  const sorted = [...fresh].sort(byKey((c) => c.output.article.id));
  const publishers = new Map(sorted.map((c) => [c.output.article.id, publisherOf(c.url) ?? '(unknown)']));
  const events = sorted.flatMap((c) => eventRows(c.output, (e) => clusterKey(e, c.output.article.id, options.windowDays))).sort(byKey((e) => e.id));
  return {
    articles: sorted.map((c) => articleRow(c, links.get(c.output.article.id) ?? null, options.now)),
    bands: sorted.flatMap((c) => bandKeys(c.signature).map((hash, band) => ({ band, hash, article_id: c.output.article.id }))),
    quotes: sorted.flatMap((c) => quoteRows(c.output)),
    entities: sorted.flatMap((c) => entityRows(c.output)),
    events,
    newArticles: articlesPerCluster(events),
    clusterSources: members(events.map((e) => ({ cluster_id: e.cluster_id, member: publishers.get(e.article_id) ?? '(unknown)' }))),
  };
}
