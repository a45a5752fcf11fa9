/**
 * @module dictionaries: loads and validates the data in `data/` (actors, agents, places, verb patterns, the CAMEO
 * ontology) with zod, failing with file:line and the bad entry. Imports core only.
 */
export { DATA_DIR } from './data-dir.js';
export { DictionaryError } from './dictionary-error.js';
export { loadDictionaries, type Dictionaries, type DictionaryOptions } from './load-dictionaries.js';
export { parseTimeCues, loadTimeCues, type TimeCues } from './load-time-cues.js';
export { parseQuoteCues, loadQuoteCues, type QuoteCues, type SpeechVerb } from './load-quote-cues.js';
