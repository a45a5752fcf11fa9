/** The rows one coded article becomes: the article, its events, quotes and entities. */
import type { ArticleTable, EntityTable, EventTable, QuoteTable } from './schema.js';
import type { CodedArticle } from './event-store.js';
import { dayRange } from './date-range.js';
import { signatureToBytes } from './minhash.js';

type Output = CodedArticle['output'];

/** The outlet of a URL ("https://www.bbc.co.uk/news/…" -> "bbc.co.uk"), for counting a cluster's sources. */
export function publisherOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

export function articleRow(coded: CodedArticle, duplicateOf: string | null, ingestedAt: string): ArticleTable {
  const { article, events, quotes } = coded.output;
  return {
    id: article.id,
    url: coded.url,
    text_hash: coded.textHash,
    source: article.source,
    publisher: publisherOf(coded.url),
    title: article.title,
    published: article.published,
    duplicate_of: duplicateOf,
    signature: signatureToBytes(coded.signature),
    text: coded.text,
    output: coded.outputJson ?? JSON.stringify(coded.output),
    event_count: events.length,
    quote_count: quotes.length,
    ingested_at: ingestedAt,
  };
}

export function eventRows(output: Output, clusterOf: (event: Output['events'][number]) => string): EventTable[] {
  return output.events.map((e, i) => {
    const range = dayRange(e.date);
    return {
      id: `${output.article.id}#${i}`,
      article_id: output.article.id,
      cluster_id: clusterOf(e),
      sentence: e.sentence,
      source_code: e.source?.code ?? null,
      source_name: e.source?.name ?? null,
      target_code: e.target?.code ?? null,
      target_name: e.target?.name ?? null,
      code: e.code,
      root: e.root,
      quad_class: e.quadClass,
      goldstein: e.goldstein,
      plover: e.plover,
      date: e.date,
      date_start: range?.start ?? null,
      date_end: range?.end ?? null,
      date_basis: e.dateBasis,
      modality: e.modality,
      background: e.background ? 1 : 0,
      evidence: e.evidence,
      location_name: e.location?.name ?? null,
      location_country: e.location?.country ?? null,
      lat: e.location?.lat ?? null,
      lon: e.location?.lon ?? null,
      reported_by: e.reportedBy?.name ?? null,
      confidence: e.confidence,
      rule: e.rule,
    };
  });
}

export function quoteRows(output: Output): QuoteTable[] {
  return output.quotes.map((q, i) => ({
    id: `${output.article.id}#${i}`,
    article_id: output.article.id,
    text: q.text,
    direct: q.direct ? 1 : 0,
    speaker_name: q.speaker?.name ?? null,
    speaker_code: q.speaker?.code ?? null,
    cue: q.cue,
    sentence: q.sentence,
  }));
}

export function entityRows(output: Output): EntityTable[] {
  return output.entities.map((e, i) => ({
    id: `${output.article.id}#${i}`,
    article_id: output.article.id,
    name: e.name,
    type: e.type,
    code: e.code,
    role: e.role,
    mentions: e.mentions.length,
  }));
}
