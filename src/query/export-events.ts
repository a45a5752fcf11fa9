/**
 * `dyad export`: every stored cluster (or report, with `reports`) with all its fields, read in pages by key so that
 * exporting millions of events keeps memory flat.
 */
import type { Kysely } from 'kysely';
import type { DyadDatabase } from '../store/index.js';

export interface ExportRow {
  readonly id: string;
  readonly date: string | null;
  readonly sourceCode: string | null;
  readonly sourceName: string | null;
  readonly targetCode: string | null;
  readonly targetName: string | null;
  readonly code: string;
  readonly root: string;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly plover: string | null;
  readonly modality: string;
  readonly background: boolean;
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
  readonly sentence: number;
  readonly location: string | null;
  readonly locationCountry: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly article: string;
  readonly url: string | null;
  readonly published: string | null;
  readonly ingestedAt: string;
  readonly evidence: string;
}

const PAGE = 5000;

function page(db: Kysely<DyadDatabase>, reports: boolean, after: string) {
  const base = reports
    ? db.selectFrom('events').select(['events.id', 'events.date', 'events.source_code', 'events.source_name', 'events.target_code', 'events.target_name', 'events.code', 'events.root', 'events.quad_class', 'events.goldstein', 'events.modality', 'events.background']).select((eb) => [eb.val(1).as('mentions'), eb.val(1).as('articles'), eb.val(1).as('sources')]).innerJoin('events as first', 'first.id', 'events.id')
    : db.selectFrom('clusters as events').select(['events.id', 'events.date', 'events.source_code', 'events.source_name', 'events.target_code', 'events.target_name', 'events.code', 'events.root', 'events.quad_class', 'events.goldstein', 'events.modality', 'events.background', 'events.mentions', 'events.articles', 'events.sources']).innerJoin('events as first', 'first.id', 'events.first_event');
  return base
    .innerJoin('articles', 'articles.id', 'first.article_id')
    .select(['first.plover', 'first.sentence', 'first.location_name', 'first.location_country', 'first.lat', 'first.lon', 'first.article_id', 'first.evidence', 'articles.url', 'articles.published', 'articles.ingested_at'])
    .where('events.id', '>', after)
    .orderBy('events.id')
    .limit(PAGE)
    .execute();
}

export async function* exportEvents(db: Kysely<DyadDatabase>, options: { readonly reports?: boolean } = {}): AsyncGenerator<ExportRow> {
  let after = '';
  for (;;) {
    const rows = await page(db, options.reports ?? false, after);
    for (const r of rows) {
      yield {
        id: r.id,
        date: r.date,
        sourceCode: r.source_code,
        sourceName: r.source_name,
        targetCode: r.target_code,
        targetName: r.target_name,
        code: r.code,
        root: r.root,
        quadClass: r.quad_class,
        goldstein: r.goldstein,
        plover: r.plover,
        modality: r.modality,
        background: r.background === 1,
        mentions: Number(r.mentions),
        articles: Number(r.articles),
        sources: Number(r.sources),
        sentence: r.sentence,
        location: r.location_name,
        locationCountry: r.location_country,
        lat: r.lat,
        lon: r.lon,
        article: r.article_id,
        url: r.url,
        published: r.published,
        ingestedAt: r.ingested_at,
        evidence: r.evidence,
      };
    }
    const last = rows[rows.length - 1];
    if (!last || rows.length < PAGE) return;
    after = last.id;
  }
}

