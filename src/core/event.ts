import type { ActorRef, Geo } from './actor.js';
import type { PartialDate } from './article.js';
import type { TextSpan } from './span.js';

export type Modality = 'asserted' | 'negated' | 'future' | 'expected' | 'hypothetical' | 'alleged';

/** Where an event's date came from: its own time expression, the article's news day, or publication. */
export type DateBasis = 'stated' | 'publication' | 'inferred';

/** One coded event: who did what to whom, when, where, how certainly, and which rule said so. */
export interface CodedEvent {
  readonly sentence: number;
  /** The text of that sentence. */
  readonly evidence: string;
  /** The words that triggered the code ("suspended its mission"). */
  readonly trigger: TextSpan;
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  /** CAMEO event code, a string with its leading zero ("010", "161"). */
  readonly code: string;
  /** The code's name in the CAMEO ontology ("Reduce or break diplomatic relations"). */
  readonly label?: string;
  readonly root: string;
  readonly quadClass: 1 | 2 | 3 | 4;
  /** GDELT's Goldstein value for the code. */
  readonly goldstein: number;
  readonly plover: string | null;
  readonly date: PartialDate | null;
  readonly dateText: string | null;
  readonly dateBasis: DateBasis | null;
  readonly modality: Modality;
  /** A past event cited as context (a historical year, "since 2014", past perfect), not news of the day. */
  readonly background: boolean;
  readonly location: Geo | null;
  /** Who reports the event when it stands in reported speech ("X said Y did Z"). */
  readonly reportedBy: ActorRef | null;
  readonly confidence: number;
  /** Provenance: the dictionary entry or rule that fired, e.g. `verb:suspend+mission#1`. */
  readonly rule: string;
}
