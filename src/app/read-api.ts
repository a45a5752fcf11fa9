/**
 * The read operations of the HTTP API over an open store: actors given by code or by name are resolved as the
 * CLI resolves them, partial dates become day bounds, lists come in pages. Each returns plain JSON-ready data.
 */
import { dyadSeries, findEvents, findQuotes, resolveActor, storeStats, topActors, type EventFilter, type EventRow, type Period, type QuoteRow, type ActorRow, type SeriesQuery, type SeriesRow, type StoreStats } from '../query/index.js';
import type { EventStore } from '../store/index.js';
import type { AnswerCache } from './answer-cache.js';
import { pageOf, type Page, type PageRequest } from './page-cursor.js';

/** "2021-10" as a lower bound is its first day, as an upper bound its last, so that day columns compare right. */
export function dayBound(value: string | undefined, end: 'from' | 'to'): string | undefined {
  if (value === undefined || value.length === 10) return value;
  if (end === 'from') return value.length === 7 ? `${value}-01` : `${value}-01-01`;
  return value.length === 7 ? `${value}-31` : `${value}-12-31`;
}

/** A code or a name as the code the store's entities carry ("Russia" -> "RUS"), kept in `cache` when given. */
function resolve(store: EventStore, value: string, cache?: AnswerCache): Promise<string> {
  return cache ? cache.get(`actor ${value}`, () => resolveActor(store.db, value)) : resolveActor(store.db, value);
}

function resolveOptional(store: EventStore, value: string | undefined, cache?: AnswerCache): Promise<string | undefined> {
  return value === undefined ? Promise.resolve(undefined) : resolve(store, value, cache);
}

export type EventsRequest = Omit<EventFilter, 'limit'> & PageRequest;

export async function eventsPage(store: EventStore, request: EventsRequest, cache?: AnswerCache): Promise<Page<EventRow>> {
  const [source, target, actor] = await Promise.all([resolveOptional(store, request.source, cache), resolveOptional(store, request.target, cache), resolveOptional(store, request.actor, cache)]);
  const filter: EventFilter = { ...request, source, target, actor, from: dayBound(request.from, 'from'), to: dayBound(request.to, 'to') };
  return pageOf(request, (limit) => findEvents(store.db, { ...filter, limit }));
}

/** A series as asked: the actors may be names ("Russia") and the bounds any date the store's queries take. */
export type SeriesRequest = SeriesQuery;

export interface SeriesAnswer {
  /** The codes the actors were resolved to: "Russia" -> "RUS". */
  readonly a: string;
  readonly b: string;
  readonly by: Period;
  readonly rows: readonly SeriesRow[];
}

export async function seriesOf(store: EventStore, request: SeriesRequest, cache?: AnswerCache): Promise<SeriesAnswer> {
  const [a, b] = await Promise.all([resolve(store, request.a, cache), resolve(store, request.b, cache)]);
  const query = { a, b, by: request.by, from: dayBound(request.from, 'from'), to: dayBound(request.to, 'to'), reports: request.reports ?? false };
  const series = async (): Promise<SeriesAnswer> => ({ a, b, by: request.by, rows: await dyadSeries(store.db, query) });
  return cache ? cache.get(`series ${JSON.stringify(query)}`, series) : series();
}

export interface QuotesRequest extends PageRequest {
  readonly speaker?: string;
  readonly q?: string;
}

export function quotesPage(store: EventStore, request: QuotesRequest): Promise<Page<QuoteRow>> {
  return pageOf(request, (limit) => findQuotes(store.db, { speaker: request.speaker, q: request.q, limit }));
}

export interface ActorsRequest extends PageRequest {
  readonly type?: string;
}

export function actorsPage(store: EventStore, request: ActorsRequest): Promise<Page<ActorRow>> {
  return pageOf(request, (limit) => topActors(store.db, { type: request.type, limit }));
}

export function statsOf(store: EventStore): Promise<StoreStats> {
  return storeStats(store.db);
}
