/**
 * @module app/ingest: streams inputs (text, JSON Lines, web pages, feeds, stdin), codes them on a worker pool and
 * writes them to an event store. Imports input, pipeline, store and below; never an interface.
 */
export { ingest, type IngestOptions, type IngestSummary, type IngestProgress } from './ingest.js';
export { readSources, inputBytes, INGESTED_EXTENSIONS, type SourceItem, type SourceOptions } from './read-sources.js';
export { defaultWorkers } from './coder-pool.js';
