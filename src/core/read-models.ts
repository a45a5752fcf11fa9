/**
 * The rows that the store's queries answer with: the read side's shapes, shared by the queries, the application
 * API, the HTTP API and the web UI that reads its JSON.
 */

/** One stored event (a report), or one cluster of reports of the same happening, as the event queries answer. */
export interface EventRow {
  readonly id: string;
  readonly date: string | null;
  readonly source: string | null;
  readonly code: string;
  readonly target: string | null;
  readonly quadClass: number;
  readonly goldstein: number;
  readonly modality: string;
  readonly background: boolean;
  /** Reports (events) in the cluster; 1 for a report row. */
  readonly mentions: number;
  readonly articles: number;
  readonly sources: number;
  readonly article: string;
  readonly evidence: string;
}

/** One period of one direction of a dyad series. */
export interface SeriesRow {
  readonly period: string;
  /** "RUS>NATO" or "NATO>RUS". */
  readonly direction: string;
  /** Counts per QuadClass: verbal cooperation, material cooperation, verbal conflict, material conflict. */
  readonly q1: number;
  readonly q2: number;
  readonly q3: number;
  readonly q4: number;
  readonly total: number;
  readonly goldsteinSum: number;
  readonly goldsteinMean: number | null;
}

/** One stored quote with its speaker. */
export interface QuoteRow {
  readonly published: string | null;
  readonly speaker: string | null;
  readonly code: string | null;
  readonly direct: boolean;
  readonly text: string;
  readonly article: string;
}

/** One actor of the store, with how often it appears. */
export interface ActorRow {
  readonly name: string;
  readonly type: string;
  readonly code: string | null;
  /** Roles by how often they are given, most frequent first. */
  readonly roles: readonly string[];
  readonly articles: number;
  readonly mentions: number;
}

/** One directed edge of the actor network: the events one actor did to another. */
export interface NetworkEdge {
  readonly source: string;
  readonly target: string;
  readonly sourceName: string | null;
  readonly targetName: string | null;
  readonly events: number;
  readonly goldsteinMean: number;
}
