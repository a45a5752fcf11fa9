/**
 * Articles sent over HTTP: coded and returned without storing (`POST /api/code`), or coded and stored
 * (`POST /api/articles`). An item has the JSON Lines shape `{id?, published? | date?, title?, url?, text}`; a text
 * that opens with a `date YYYY-MM-DD` header and has no `published` field keeps the header's date, as a `.txt` does:
 *
 *   {"text": "date 2021-10-19\nRussia suspended …"}  ->  published 2021-10-19, spans index the whole text
 */
import type { Article, ContractOutput } from '../core/index.js';
import type { Dictionaries } from '../dictionaries/index.js';
import { InputError, parseJsonLine, parseTextArticle } from '../input/index.js';
import { toContract } from '../pipeline/index.js';
import type { EventStore, WriteSummary } from '../store/index.js';
import { codeArticle } from './code-articles.js';
import { codeForStore } from './ingest/code-for-store.js';

export interface PostedProblem {
  /** `request[2]`: the item's place in the request. */
  readonly where: string;
  readonly problem: string;
}

export type PostedCoding = { readonly ok: true; readonly output: ContractOutput } | ({ readonly ok: false } & PostedProblem);

export interface PostedStoring {
  readonly summary: WriteSummary;
  readonly failed: readonly PostedProblem[];
}

function withHeaderDate(article: Article): Article {
  if (article.published !== null) return article;
  const fromText = parseTextArticle(article.text, article.source);
  if (fromText.published === null) return article;
  return { ...fromText, id: article.id.startsWith('sha256-') ? fromText.id : article.id, title: article.title ?? fromText.title, url: article.url };
}

/** Each item as an Article, or the problem that item has (`request[1]: field "text": …`). */
export function postedArticles(items: readonly unknown[], label = 'request'): (Article | InputError)[] {
  return items.map((item, i) => {
    const where = items.length === 1 ? label : `${label}[${i}]`;
    const parsed = parseJsonLine(JSON.stringify(item), where, where);
    if (parsed instanceof InputError) return parsed;
    try {
      return withHeaderDate(parsed);
    } catch (err) {
      return err instanceof InputError ? err : new InputError(where, (err as Error).message);
    }
  });
}

function problem(error: InputError): PostedProblem {
  return { where: error.where, problem: error.problem };
}

export function codePosted(items: readonly unknown[], dictionaries: Dictionaries): PostedCoding[] {
  return postedArticles(items).map((article) => {
    if (article instanceof InputError) return { ok: false, ...problem(article) };
    const result = codeArticle(article, { dictionaries, trace: false });
    return result.ok ? { ok: true, output: toContract(result.analysis) } : { ok: false, ...problem(result.error) };
  });
}

/** Codes the items and stores them in one transaction; duplicates are reported by the store, not stored twice. */
export async function storePosted(items: readonly unknown[], store: EventStore, dictionaries: Dictionaries): Promise<PostedStoring> {
  const failed: PostedProblem[] = [];
  const coded = [];
  for (const article of postedArticles(items)) {
    if (article instanceof InputError) {
      failed.push(problem(article));
      continue;
    }
    const outcome = codeForStore(article, dictionaries);
    if (outcome.ok) coded.push(outcome.coded);
    else failed.push({ where: outcome.where, problem: outcome.problem });
  }
  return { summary: await store.write(coded), failed };
}
