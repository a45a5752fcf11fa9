/**
 * @module store: keeps coded articles, events, clusters, quotes and entities behind one interface (EventStore),
 * with versioned migrations and portable SQL (Kysely). Imports core only; never the pipeline or an interface.
 */
export type { EventStore, CodedArticle, WriteSummary, DuplicateReason, ArticleKey, StoreOptions, SharedFile } from './event-store.js';
export type { DyadDatabase, ArticleTable, EventTable, ClusterTable, QuoteTable, EntityTable, DyadDayTable, DyadPeriodTable, SeriesUnit } from './schema.js';
export { openSqliteStore, DEFAULT_DB, type SqliteStoreOptions } from './sqlite-event-store.js';
export { MIGRATIONS } from './migrations.js';
export { openPostgresStore, dropPostgresSchema, isPostgresUrl, parsePostgresUrl, type PostgresStoreOptions } from './postgres-event-store.js';
export { POSTGRES_MIGRATIONS } from './postgres-migrations.js';
export { textHash, normaliseText } from './normalise-text.js';
export { minhashSignature, similarity, NEAR_DUPLICATE } from './minhash.js';
export { clusterKey, DEFAULT_WINDOW_DAYS } from './cluster-key.js';
export { codePrefixes, isBlockPrefix, periodOf } from './dyad-periods.js';
export { dayRange, epochDay, dayFromEpoch, type DayRange } from './date-range.js';
