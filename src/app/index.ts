/** @module app: the application API that every interface (CLI, HTTP, web) calls. Imports pipeline and below. */
export { codeArticle, codeInputs, type CodeOptions, type CodeResult } from './code-articles.js';
export { openStore, withStore, DEFAULT_DB } from './open-store.js';
export * from './ingest/index.js';
export * from '../query/index.js';
export { checkPatternDictionary } from './check-pattern-dictionary.js';
