/** The HTTP API as the UI uses it: typed JSON answers, errors thrown with the server's message. */
import type { ActorRow, ContractOutput, EventRow, NetworkEdge, QuoteRow, SeriesRow } from '../../core/index.js';

export type { ActorRow, EventRow, NetworkEdge, QuoteRow, SeriesRow };

export interface ArticleSummary {
  readonly id: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly events: number;
  readonly quotes: number;
}

export interface ArticleDocument {
  readonly output: ContractOutput;
  readonly text: string;
  readonly url: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

type Params = Record<string, string | number | undefined>;

async function answer<T>(res: Response): Promise<T> {
  const body = (await res.json()) as T & { error?: string };
  if (!res.ok) throw new Error(body.error ?? `HTTP ${res.status}`);
  return body;
}

export async function getJson<T>(path: string, params: Params = {}): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  return answer<T>(await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } }));
}

export async function codeText(text: string, published: string | undefined): Promise<ContractOutput> {
  const res = await fetch('/api/code', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(published ? { text, published } : { text }) });
  const body = await answer<{ results: (ContractOutput | { error: string })[] }>(res);
  const first = body.results[0];
  if (!first || 'error' in first) throw new Error(first && 'error' in first ? first.error : 'no result');
  return first;
}

/** A link to the sentence an event was found in: the article view highlights the sentence with this text. */
export function sentenceLink(article: string, evidence: string): string {
  return `#/article/${encodeURIComponent(article)}?evidence=${encodeURIComponent(evidence)}`;
}
