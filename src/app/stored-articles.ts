/**
 * Stored articles for the web UI: the newest ones (to pick one to open) and one article with its text and
 * annotations, so that mentions, times, quotes and event sentences can be shown where they occur.
 */
import { showArticle, type StoredArticle } from '../query/index.js';
import type { EventStore } from '../store/index.js';

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly events: number;
  readonly quotes: number;
}

export interface ArticleDocument extends StoredArticle {
  /** The article exactly as read: every span of the output indexes into it. */
  readonly text: string;
}

export async function listArticles(store: EventStore, limit: number): Promise<ArticleSummary[]> {
  const rows = await store.db
    .selectFrom('articles')
    .select(['id', 'title', 'published', 'url', 'event_count', 'quote_count'])
    .orderBy('published', (ob) => ob.desc().nullsLast())
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, title: r.title, published: r.published, url: r.url, events: r.event_count, quotes: r.quote_count }));
}

export async function articleDocument(store: EventStore, ref: string): Promise<ArticleDocument | null> {
  const stored = await showArticle(store.db, ref);
  if (!stored) return null;
  const row = await store.db.selectFrom('articles').select('text').where('id', '=', stored.output.article.id).executeTakeFirst();
  return { ...stored, text: row?.text ?? '' };
}
