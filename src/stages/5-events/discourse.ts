/** What the events stage carries from sentence to sentence, and the parties it finds for a trigger. */
import type { ActorRef } from '../../core/index.js';

export interface Participants {
  readonly source: ActorRef | null;
  readonly target: ActorRef | null;
  /** How the source was found, lowering confidence when indirect: `subject`, `inherited`, `pronoun`, … */
  readonly how: string;
}

/** What the coder carries from sentence to sentence, to resolve "It will also …" and "he said". */
export interface Discourse {
  lastSubject: ActorRef | null;
  /** The last subject "they" can stand for: a group, country or organisation, or people named together. */
  lastPlural: ActorRef | null;
  lastPerson: ActorRef | null;
  /** The speaker of the quote or reported speech the current clause stands in. */
  speaker: ActorRef | null;
  /** Actors of the previous sentences, most recent first: the last resort for a party the sentence leaves out. */
  recent: ActorRef[];
  /** A country by its code ("TUR"), for the party a `domestic` pattern leaves unnamed; null for no country. */
  readonly country: (code: string) => ActorRef | null;
  /** The country the article names most: where a domestic act nobody is named for happens ("the bill was suspended"). */
  readonly home: () => ActorRef | null;
}
