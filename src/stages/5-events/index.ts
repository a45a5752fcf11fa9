/**
 * @module stages/5-events: CAMEO events from pattern triggers, with source and target from the clause's actor
 * mentions, modality, date, background, location, reporter and provenance. Imports core and dictionaries only,
 * never a sibling stage.
 */
export { codeEvents } from './code-events.js';
export { splitClauses, type Clause, type ClauseKind, type ClauseMap } from './clauses.js';
export { findTriggers, type Trigger } from './find-triggers.js';
export { sentenceViews, type SentenceView, type SentenceViews, type ActorSlot } from './sentence-view.js';
