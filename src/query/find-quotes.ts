/** `dyad quotes --speaker Lavrov`: what was said, by whom, in which article, newest first. */
import type { Kysely } from 'kysely';
import type { DyadDatabase } from '../store/index.js';
import type { QuoteRow } from '../core/index.js';

export interface QuoteFilter {
  /** A part of the speaker's name ("Lavrov") or the speaker's actor code ("RUSGOV"). */
  readonly speaker?: string;
  readonly q?: string;
  readonly limit?: number;
}

function like(value: string): string {
  return `%${value.toLowerCase().replace(/[%_]/gu, '')}%`;
}

export async function findQuotes(db: Kysely<DyadDatabase>, filter: QuoteFilter): Promise<QuoteRow[]> {
  let select = db.selectFrom('quotes').innerJoin('articles', 'articles.id', 'quotes.article_id').select(['articles.published', 'quotes.speaker_name', 'quotes.speaker_code', 'quotes.direct', 'quotes.text', 'quotes.article_id']);
  const { speaker, q } = filter;
  if (speaker) select = select.where((eb) => eb.or([eb(eb.fn('lower', ['quotes.speaker_name']), 'like', like(speaker)), eb('quotes.speaker_code', '=', speaker)]));
  if (q) select = select.where((eb) => eb(eb.fn('lower', ['quotes.text']), 'like', like(q)));
  const rows = await select.orderBy('articles.published', (ob) => ob.desc().nullsLast()).orderBy('quotes.id').limit(filter.limit ?? 100).execute();
  return rows.map((r) => ({ published: r.published, speaker: r.speaker_name, code: r.speaker_code, direct: r.direct === 1, text: r.text, article: r.article_id }));
}
