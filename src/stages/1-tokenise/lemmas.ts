/**
 * wink-nlp's lemma of every token, without asking wink for each one. Its lemma of a word that is not part of a
 * contraction depends only on the word as written and its POS tag (a lexicon lookup, or suffix rules checked against
 * the built-in lexicon, never the words wink adds as it reads), so it is kept by word and tag across articles;
 * wink is asked for the first occurrence and for every piece of a contraction ("ca" "n't" -> "can" "not").
 *
 *   "said"/VERB -> "say", "talks"/NOUN -> "talk", "talks"/VERB -> "talk"
 */
import type { ItsHelpers, Tokens } from 'wink-nlp';

/** The lemmas of one word form, by tag: most forms are read with one tag, some with two or three. */
interface TaggedLemma {
  readonly tag: string;
  readonly lemma: string;
  readonly next: TaggedLemma | null;
}

const byWord = new Map<string, TaggedLemma>();
/** Emptied when full: a few tens of thousands of word forms cover nearly all of news text. */
const MAX_WORDS = 100_000;

export function lemmasOf(tokens: Tokens, its: ItsHelpers, values: readonly string[], tags: readonly string[]): string[] {
  const contraction = tokens.out(its.contractionFlag) as unknown as boolean[];
  const lemmas: string[] = new Array<string>(values.length);
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const tag = tags[i] ?? '';
    if (contraction[i]) {
      lemmas[i] = winkLemma(tokens, its, i);
      continue;
    }
    const known = byWord.get(value);
    let lemma = known ? lemmaFor(known, tag) : undefined;
    if (lemma === undefined) {
      lemma = winkLemma(tokens, its, i);
      if (byWord.size >= MAX_WORDS) byWord.clear();
      byWord.set(value, { tag, lemma, next: byWord.get(value) ?? null });
    }
    lemmas[i] = lemma;
  }
  return lemmas;
}

function lemmaFor(known: TaggedLemma, tag: string): string | undefined {
  for (let t: TaggedLemma | null = known; t; t = t.next) if (t.tag === tag) return t.lemma;
  return undefined;
}

function winkLemma(tokens: Tokens, its: ItsHelpers, i: number): string {
  // its.lemma's declared type does not fit `out()`'s overloads, though it works at run time.
  return tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string;
}
