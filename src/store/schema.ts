/**
 * The tables of an event store, as Kysely sees them. Every store (SQLite now, PostgreSQL next) has these tables,
 * created by the same migrations, so the queries in `src/query` run unchanged on each.
 *
 * Ids are text and derived from the data (article id, `articleId#n`, the cluster key), never sequences: a rerun
 * after a crash computes the same ids, so an interrupted ingest resumes without double counting.
 */

/** 0 or 1: SQLite has no boolean type and PostgreSQL accepts integers everywhere we use them. */
export type Flag = number;

export interface ArticleTable {
  readonly id: string;
  readonly url: string | null;
  /** sha256 of the normalised body text: lower case, letters and digits only. */
  readonly text_hash: string;
  readonly source: string;
  /** Host of the URL: the outlet that published the article, for counting the sources of a cluster. */
  readonly publisher: string | null;
  readonly title: string | null;
  readonly published: string | null;
  /** The first stored article this one nearly copies (MinHash), or null. */
  readonly duplicate_of: string | null;
  /** MinHash signature: little-endian uint32s. */
  readonly signature: Uint8Array | null;
  readonly text: string;
  /** The whole contract output of `dyad code` as JSON, for `dyad show`. */
  readonly output: string;
  readonly event_count: number;
  readonly quote_count: number;
  readonly ingested_at: string;
}

export interface ArticleBandTable {
  readonly band: number;
  readonly hash: number;
  readonly article_id: string;
}

export interface EventTable {
  /** `articleId#n`: the n-th event of the article. */
  readonly id: string;
  readonly article_id: string;
  readonly cluster_id: string;
  readonly sentence: number;
  readonly source_code: string | null;
  readonly source_name: string | null;
  readonly target_code: string | null;
  readonly target_name: string | null;
  readonly code: string;
  readonly root: string;
  readonly quad_class: number;
  readonly goldstein: number;
  readonly plover: string | null;
  readonly date: string | null;
  /** First and last day the (partial) date covers: "2021-10" -> 2021-10-01 .. 2021-10-31. */
  readonly date_start: string | null;
  readonly date_end: string | null;
  readonly date_basis: string | null;
  readonly modality: string;
  readonly background: Flag;
  readonly evidence: string;
  readonly location_name: string | null;
  readonly location_country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly reported_by: string | null;
  readonly confidence: number;
  readonly rule: string;
}

/** One happening, however many articles report it. */
export interface ClusterTable {
  /** The cluster key: source|target|root|modality|background|window. */
  readonly id: string;
  readonly source_code: string | null;
  readonly source_name: string | null;
  readonly target_code: string | null;
  readonly target_name: string | null;
  readonly root: string;
  /** The smallest event code among the members, so the choice does not depend on arrival order. */
  readonly code: string;
  readonly quad_class: number;
  readonly goldstein: number;
  readonly modality: string;
  readonly background: Flag;
  /** The earliest member date and the day range it covers. */
  readonly date: string | null;
  readonly date_start: string | null;
  readonly date_end: string | null;
  /** The first member event (by id order), for its evidence and location. */
  readonly first_event: string;
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
}

export interface ClusterMemberTable {
  readonly cluster_id: string;
  /** A publisher (the host of an article's URL), or "(unknown)". */
  readonly member: string;
}

/**
 * Per-day sums over the clusters that a series counts (asserted, not background, day precision, both actors
 * coded), kept by the writer so that `dyad series` reads days, not events.
 */
export interface DyadDayTable {
  readonly source_code: string;
  readonly target_code: string;
  readonly day: string;
  readonly quad_class: number;
  readonly clusters: number;
  readonly mentions: number;
  readonly goldstein_sum: number;
}

/** The periods a series counts by: a day, an ISO week (named by its Monday) or a month (YYYY-MM). */
export type SeriesUnit = 'day' | 'week' | 'month';

/**
 * `dyad_days` added up again per period and per code prefix of whole 3-letter blocks (see `dyad-periods.ts`):
 * the row for RUS, IGOWSTNAT, week 2021-10-18 holds every code beginning with RUS toward every code beginning with
 * IGOWSTNAT in that week. Kept by the writer in the same transaction as the day sums.
 */
export interface DyadPeriodTable {
  readonly source_prefix: string;
  readonly target_prefix: string;
  readonly unit: SeriesUnit;
  /** "2021-10-20" (day), "2021-10-18" (the week's Monday) or "2021-10" (month). */
  readonly period: string;
  readonly quad_class: number;
  readonly clusters: number;
  readonly mentions: number;
  readonly goldstein_sum: number;
}

export interface QuoteTable {
  readonly id: string;
  readonly article_id: string;
  readonly text: string;
  readonly direct: Flag;
  readonly speaker_name: string | null;
  readonly speaker_code: string | null;
  readonly cue: string | null;
  readonly sentence: number;
}

export interface EntityTable {
  readonly id: string;
  readonly article_id: string;
  readonly name: string;
  readonly type: string;
  readonly code: string | null;
  readonly role: string | null;
  readonly mentions: number;
}

export interface DyadDatabase {
  readonly articles: ArticleTable;
  readonly article_bands: ArticleBandTable;
  readonly events: EventTable;
  readonly clusters: ClusterTable;
  readonly cluster_sources: ClusterMemberTable;
  readonly dyad_days: DyadDayTable;
  readonly dyad_periods: DyadPeriodTable;
  readonly quotes: QuoteTable;
  readonly entities: EntityTable;
}

