/**
 * @module dictionaries: loads and validates the data in `data/` (actors, agents, places, verb patterns, the CAMEO
 * ontology) with zod, failing with file:line and the bad entry. Imports core only.
 */
export { DATA_DIR } from './data-dir.js';
export { DictionaryError } from './dictionary-error.js';
export { loadDictionaries, type Dictionaries, type DictionaryOptions } from './load-dictionaries.js';
export { parseTimeCues, loadTimeCues, type TimeCues } from './load-time-cues.js';
export { parseQuoteCues, loadQuoteCues, type QuoteCues, type SpeechVerb } from './load-quote-cues.js';
export { loadOntology, buildOntology, quadClassOf, type Ontology, type CameoCode, type QuadClass } from './load-ontology.js';
export { loadPatterns, buildPatterns, buildSpeechCues, PATTERN_FILES, SPEECH_FILE, type PatternSet, type EventPattern, type PatternFlag, type PatternKind, type SpeechCue } from './load-patterns.js';
export { checkPatterns, type PatternReport, type PatternProblem } from './check-patterns.js';
export { parseTsv, type TsvLine } from './tsv-lines.js';
export { loadActors, type ActorDictionary } from './load-actors.js';
export type { CountryInfo } from './load-countries.js';
export { PhraseIndex, phraseWords, wordKey, wordShape, shapeFits, type Phrase, type PhraseBucket, type WordShape } from './phrase-index.js';
export { parseLegacyActors } from './load-legacy-actors.js';
export type * from './actor-senses.js';
