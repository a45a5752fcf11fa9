/**
 * @module core: dyad's domain types (article, sentence, entity, time, quote, event), the output contract and tiny
 * pure helpers. Imports nothing else from `src/`.
 */
export type { Entity, EntityType, Mention, MentionKind, Geo, ActorRef } from './actor.js';
export type { Analysis } from './analysis.js';
export { emptyAnalysis } from './analysis.js';
export type { Article, PartialDate } from './article.js';
export type { CodedEvent, Modality, DateBasis } from './event.js';
export type { Quote } from './quote.js';
export type { Sentence, Token } from './sentence.js';
export type { Span, TextSpan } from './span.js';
export { overlaps, contains, sliceSpan } from './span.js';
export type { Stage, StageContext, Tracer } from './stage.js';
export { silentTracer, memoryTracer } from './stage.js';
export type { EventRow, SeriesRow, QuoteRow, ActorRow, NetworkEdge } from './read-models.js';
export type { TimeExpression, TimePrecision, DatePart } from './time.js';
export { contractOutput, contractEntity, contractTime, contractQuote, contractEvent } from './contract.js';
export type { ContractOutput } from './contract.js';
