/**
 * @module stages/5-events: CAMEO events. Per sentence (headings and questions excepted): split clauses
 * (`clauses.ts`), find verb and noun pattern triggers (`find-triggers.ts`), take source and target from the clause's
 * actor mentions (`participants.ts`, `clause-actors.ts`; a domestic act's unnamed party in `domestic-parties.ts`),
 * then modality (`modality.ts`), date and background (`event-date.ts`), announced intents and threats
 * (`announced.ts`), reporter and codable speech (`speech.ts`); `sentence-news.ts` keeps what a sentence tells, not
 * what it mentions on the side, and `code-events.ts` ranks and keeps a sentence's strongest events. Imports core and
 * dictionaries only, never a sibling stage.
 */
export { codeEvents } from './code-events.js';
export { splitClauses, type Clause, type ClauseKind, type ClauseMap } from './clauses.js';
export { findTriggers, type Trigger } from './find-triggers.js';
export { sentenceViews, type SentenceView, type SentenceViews, type ActorSlot } from './sentence-view.js';
