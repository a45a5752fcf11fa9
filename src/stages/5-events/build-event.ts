/** Assembles a CodedEvent from its parts, taking code facts (root, QuadClass, Goldstein, PLOVER) from the ontology. */
import type { ActorRef, CodedEvent, Geo, Modality, TextSpan } from '../../core/index.js';
import type { Ontology } from '../../dictionaries/index.js';
import type { EventDate } from './event-date.js';
import type { SentenceView } from './sentence-view.js';

export interface EventParts {
  readonly view: SentenceView;
  readonly code: string;
  readonly rule: string;
  /** Local token range of the trigger phrase. */
  readonly first: number;
  readonly last: number;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  readonly modality: Modality;
  readonly date: EventDate;
  readonly location: Geo | null;
  readonly reportedBy: ActorRef | null;
  readonly confidence: number;
}

function triggerSpan(view: SentenceView, first: number, last: number): TextSpan {
  const start = view.tokens[first]?.start ?? view.sentence.start;
  const end = view.tokens[last]?.end ?? start;
  const offset = view.sentence.start;
  return { start, end, text: view.sentence.text.slice(start - offset, end - offset) };
}

export function buildEvent(ontology: Ontology, parts: EventParts): CodedEvent | null {
  const entry = ontology.lookup(parts.code);
  if (!entry) return null;
  const { view, date } = parts;
  return {
    sentence: view.sentence.index,
    evidence: view.sentence.text,
    trigger: triggerSpan(view, Math.min(parts.first, parts.last), Math.max(parts.first, parts.last)),
    source: parts.source,
    target: parts.target,
    code: entry.code,
    label: entry.label,
    root: entry.root,
    quadClass: entry.quadClass,
    goldstein: entry.goldstein,
    plover: entry.plover,
    date: date.date,
    dateText: date.dateText,
    dateBasis: date.dateBasis,
    modality: parts.modality,
    background: date.background,
    location: parts.location,
    reportedBy: parts.reportedBy,
    confidence: Math.round(Math.max(0.1, Math.min(1, parts.confidence)) * 100) / 100,
    rule: parts.rule,
  };
}
