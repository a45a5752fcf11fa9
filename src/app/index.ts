/** @module app: the application API that every interface (CLI, HTTP, web) calls. Imports pipeline and below. */
export { codeArticle, codeInputs, type CodeOptions, type CodeResult } from './code-articles.js';
export { openStore, withStore, DEFAULT_DB } from './open-store.js';
export { isPostgresUrl } from '../store/index.js';
export * from './ingest/index.js';
export * from '../query/index.js';
export { checkPatternDictionary } from './check-pattern-dictionary.js';
export { enqueueArticles, type EnqueueOptions, type EnqueueSummary } from './queue-ingest.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions, type QueueWorkerTotals } from './queue-worker.js';
export { queueStatus, obliterateQueue, isRedisUrl, type QueueStatus } from '../queue/index.js';
export { eventsPage, seriesOf, quotesPage, actorsPage, statsOf, dayBound, type EventsRequest, type SeriesRequest, type SeriesAnswer, type QuotesRequest, type ActorsRequest } from './read-api.js';
export { pageOf, encodeCursor, decodeCursor, CursorError, MAX_PAGE_WINDOW, type Page, type PageRequest } from './page-cursor.js';
export { answerCache, type AnswerCache, type AnswerCacheOptions } from './answer-cache.js';
export { actorNetwork, type NetworkQuery } from './actor-network.js';
export type { NetworkEdge } from '../core/index.js';
export { listArticles, articleDocument, type ArticleSummary, type ArticleDocument } from './stored-articles.js';
export { codePosted, storePosted, postedArticles, type PostedCoding, type PostedStoring, type PostedProblem } from './posted-articles.js';
