/**
 * wink-nlp's lemma of every token, without asking wink for each one. Its lemma of a word that is not part of a
 * contraction depends only on the word as written and its POS tag (a lexicon lookup, or suffix rules checked against
 * the built-in lexicon, never the words wink adds as it reads), so it is kept by word and tag across articles;
 * wink is asked for the first occurrence and for every piece of a contraction ("ca" "n't" -> "can" "not").
 *
 *   "said"/VERB -> "say", "talks"/NOUN -> "talk", "talks"/VERB -> "talk"
 */
import type { ItsHelpers, Tokens } from 'wink-nlp';

const byTag = new Map<string, Map<string, string>>();
let size = 0;
/** Emptied when full: a few tens of thousands of word forms cover nearly all of news text. */
const MAX_SIZE = 100_000;

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
    let forms = byTag.get(tag);
    if (!forms) {
      forms = new Map();
      byTag.set(tag, forms);
    }
    let lemma = forms.get(value);
    if (lemma === undefined) {
      lemma = winkLemma(tokens, its, i);
      remember(forms, value, lemma);
    }
    lemmas[i] = lemma;
  }
  return lemmas;
}

function winkLemma(tokens: Tokens, its: ItsHelpers, i: number): string {
  // its.lemma's declared type does not fit `out()`'s overloads, though it works at run time.
  return tokens.itemAt(i).out(its.lemma as unknown as typeof its.value) as string;
}

function remember(forms: Map<string, string>, value: string, lemma: string): void {
  if (size >= MAX_SIZE) {
    for (const m of byTag.values()) m.clear();
    size = 0;
  }
  forms.set(value, lemma);
  size++;
}
