/**
 * @module stages/4-quotes: direct, partial and indirect speech with its speaker, resolved to the entities of stage 2.
 * Imports core and dictionaries only, never a sibling stage.
 *
 *   quote-marks       the spans inside quote marks, paragraph by paragraph
 *   quote-context     tokens marked with their quote, mentions by sentence, built once per article
 *   noun-phrases      shallow noun phrases: before and after a cue, a clause's subject
 *   speech-cues       speech verbs and "according to", and the phrases that may name their speaker
 *   resolve-speaker   phrase -> entity, pronoun's person, utterance's author or unnamed source
 *   attribute-nearby  attribution in the quote's own sentence
 *   find-direct       a quoted span as speech, attributed
 *   find-indirect     reported clauses of a sentence, without quote marks
 *   find-quotes       the stage: sentence by sentence, direct then reported
 */
export { findQuotes } from './find-quotes.js';
export { findQuoteSpans, type QuoteSpan, type Paragraph } from './quote-marks.js';
