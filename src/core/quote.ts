import type { ActorRef } from './actor.js';
import type { TextSpan } from './span.js';

/** Speech attributed to a speaker: a direct quote, a partial quote, or indirect (reported) speech. */
export interface Quote extends TextSpan {
  /** Index of the sentence the quote starts in. */
  readonly sentence: number;
  /** True for words inside quote marks; false for reported speech without them. Partial quotes are direct. */
  readonly direct: boolean;
  readonly speaker: ActorRef | null;
  /** The speech verb or phrase tying quote and speaker: "said", "told", "according to". */
  readonly cue: string | null;
  readonly cueSpan: TextSpan | null;
  /** Which rule attributed it: `direct:cue-after`, `direct:continuation`, `indirect:said-that`, … */
  readonly rule: string;
}
