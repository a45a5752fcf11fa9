/**
 * @module query: the questions asked of a store (events, series, quotes, actors, one article, stats, export),
 * written once over the store's Kysely handle so that every store answers them. Imports core and store only.
 */
export type { EventRow, SeriesRow, QuoteRow, ActorRow } from '../core/index.js';
export { findEvents, type EventFilter } from './find-events.js';
export { dyadSeries, type SeriesQuery } from './dyad-series.js';
export { findQuotes, type QuoteFilter } from './find-quotes.js';
export { topActors, type ActorFilter } from './top-actors.js';
export { showArticle, type StoredArticle } from './show-article.js';
export { storeStats, type StoreStats } from './store-stats.js';
export { exportEvents, type ExportRow } from './export-events.js';
export { gdeltRow, GDELT_COLUMNS } from './gdelt-columns.js';
export { resolveActor } from './resolve-actor.js';
export { isActorCode } from './actor-match.js';
export { period, periodsBetween, type Period } from './periods.js';
