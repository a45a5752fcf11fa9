/**
 * Sentence boundaries: wink-nlp's sentences, cut again at every line break, since in news text a line break always
 * ends a sentence (headlines and subheadings carry no full stop).
 */

/** A raw token as wink-nlp gives it, with offsets computed from its preceding spaces. */
export interface RawToken {
  readonly start: number;
  readonly end: number;
  readonly value: string;
  readonly normal: string;
  readonly lemma: string;
  readonly pos: string;
  /** Line breaks before the token: 1 ends a line, 2 or more also end a paragraph. */
  readonly breaksBefore: number;
  readonly sentenceStart: boolean;
  /** wink-nlp did not know the token (type `unk`) and it is made of letters: a piece of a word with letters beyond Latin-1. */
  readonly unknown: boolean;
}

export interface RawSentence {
  readonly first: number;
  readonly end: number;
  readonly paragraph: number;
}

export function splitSentences(tokens: readonly RawToken[]): RawSentence[] {
  const sentences: RawSentence[] = [];
  let first = 0;
  let paragraph = 0;
  for (let i = 1; i <= tokens.length; i++) {
    const token = tokens[i];
    if (token && !token.sentenceStart && token.breaksBefore === 0) continue;
    if (i > first) sentences.push({ first, end: i, paragraph });
    if (token && token.breaksBefore >= 2) paragraph++;
    first = i;
  }
  return sentences;
}
