import type { Span } from './span.js';

/** A word or punctuation token with its offsets and wink-nlp's annotations. */
export interface Token extends Span {
  readonly index: number;
  /** Index of the sentence the token belongs to. */
  readonly sentence: number;
  readonly text: string;
  /** wink-nlp's normalised form (lower case, curly quotes straightened). */
  readonly normal: string;
  readonly lemma: string;
  /** Universal POS tag from wink-nlp: NOUN, PROPN, VERB, AUX, ADP, DET, PRON, PUNCT, … */
  readonly pos: string;
}

/** One sentence, or one heading line, of the article body. */
export interface Sentence extends Span {
  readonly index: number;
  readonly text: string;
  /** Index of the paragraph (blank-line separated block) it stands in. */
  readonly paragraph: number;
  /** Index of its first token, and one past its last, in `Analysis.tokens`. */
  readonly firstToken: number;
  readonly endToken: number;
  /**
   * A headline or subheading: a short line standing alone ("What did Nato say?"). Headings carry no events.
   * `title` marks the article's title line.
   */
  readonly heading: 'title' | 'subheading' | null;
}
