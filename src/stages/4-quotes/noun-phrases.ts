/**
 * Shallow noun phrases over wink-nlp's POS tags, enough to find who speaks: the phrase before a speech verb
 * ("Nato spokeswoman Oana Lungescu | said"), after an inverted one ("said | a protester using …"), and the subject of
 * a clause ("On Friday, | the rebels | declared … claiming …"). Quoted tokens never join a phrase.
 */
import type { Token } from '../../core/index.js';
import type { QuoteContext } from './quote-context.js';

/** A run of tokens `[first, end)`. */
export interface TokenRange {
  readonly first: number;
  readonly end: number;
}

const NOMINAL = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'X']);
/** Prepositions inside a speaker's phrase: "a source within the ministry", "the prosecutor general of Tehran". */
const LINKING_ADP = new Set(['of', 'for', 'within', 'from', 'at']);
const POSSESSIVE = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Words that start a relative or subordinate clause, never part of a speaker's phrase. */
const CLAUSE_WORDS = new Set(['which', 'who', 'whom', 'whose', 'that', 'what', 'when', 'where', 'while', 'whether']);

/** True when the token is a hyphen glued to both neighbours: "Man-kei", "Abdul-Mahdi". */
function gluedHyphen(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  const next = ctx.tokens[i + 1];
  return !!t && !!prev && !!next && (t.text === '-' || t.text === '\u2010') && prev.end === t.start && t.end === next.start;
}

/** True for letters glued to the word before them, where wink-nlp split a name: "Erdo|ğ|an". */
function gluedLetters(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  return !!t && !!prev && prev.end === t.start && /^\p{L}+$/u.test(t.text) && /\p{L}$/u.test(prev.text);
}

/** A token that can stand inside a noun phrase, apart from linking prepositions. */
export function isNominal(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || ctx.quoteOf[i] !== -1 || ctx.inTime[i] === 1 || CLAUSE_WORDS.has(t.normal)) return false;
  if (NOMINAL.has(t.pos)) return true;
  if (t.pos === 'PART') return t.normal === "'s" || t.normal === '\u2019s' || t.normal === "'";
  if (t.pos === 'PRON') return POSSESSIVE.has(t.normal);
  return gluedHyphen(ctx, i);
}

function isLinkingAdp(t: Token | undefined): boolean {
  return !!t && t.pos === 'ADP' && LINKING_ADP.has(t.normal);
}

/** A personal pronoun standing alone as a phrase: "he", "she", "they". */
export function isPersonalPronoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'PRON' && !POSSESSIVE.has(t.normal);
}

/**
 * The noun phrase that ends with token `last`, walking left, not past `floor`:
 * "…, Hong Kong director of Amnesty International Man-kei Tam| said" -> "Hong Kong director … Man-kei Tam".
 */
export function phraseEndingAt(ctx: QuoteContext, last: number, floor: number): TokenRange | null {
  if (last < floor) return null;
  if (isPersonalPronoun(ctx.tokens[last]) && ctx.quoteOf[last] === -1) return { first: last, end: last + 1 };
  if (!isNominal(ctx, last)) return null;
  let first = last;
  while (first - 1 >= floor) {
    if (isNominal(ctx, first - 1)) first--;
    else if (isLinkingAdp(ctx.tokens[first - 1]) && first - 2 >= floor && isNominal(ctx, first - 2)) first -= 2;
    else break;
  }
  return { first, end: last + 1 };
}

/**
 * The noun phrase that starts with token `first`, walking right, before `ceiling`:
 * "said |a protester| using the pseudonym Katya" -> "a protester".
 */
export function phraseStartingAt(ctx: QuoteContext, first: number, ceiling: number): TokenRange | null {
  if (first >= ceiling) return null;
  if (isPersonalPronoun(ctx.tokens[first]) && ctx.quoteOf[first] === -1) return { first, end: first + 1 };
  if (!isNominal(ctx, first)) return null;
  let end = first + 1;
  while (end < ceiling) {
    if (isNominal(ctx, end)) end++;
    else if (isLinkingAdp(ctx.tokens[end]) && end + 1 < ceiling && isNominal(ctx, end + 1)) end += 2;
    else break;
  }
  return { first, end };
}

/** Words that open a fronted adverbial ("On Friday, …", "In a statement, …", "Speaking to NBC News, …"). */
function opensAdverbial(t: Token): boolean {
  return t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV' || (t.pos === 'VERB' && t.normal.endsWith('ing'));
}

/**
 * The subject of the clause that holds token `before`: the first noun phrase of the sentence after any fronted
 * adverbial, time expression or quote. "On Wednesday, Carrie Lam, the chief executive, announced …" -> "Carrie Lam".
 */
export function clauseSubject(ctx: QuoteContext, sentenceFirst: number, before: number): TokenRange | null {
  let i = sentenceFirst;
  for (let guard = 0; guard < 4 && i < before; guard++) {
    while (i < before && (ctx.quoteOf[i] !== -1 || ctx.tokens[i]?.pos === 'PUNCT' || ctx.inTime[i] === 1)) i++;
    const t = ctx.tokens[i];
    if (!t || !opensAdverbial(t)) break;
    const comma = nextComma(ctx, i, before);
    if (comma < 0) break;
    i = comma + 1;
  }
  return phraseStartingAt(ctx, i, before);
}

/** Index of the next unquoted comma in `[from, before)`, or -1. */
function nextComma(ctx: QuoteContext, from: number, before: number): number {
  for (let i = from; i < before; i++) if (ctx.tokens[i]?.text === ',' && ctx.quoteOf[i] === -1) return i;
  return -1;
}

/** The head of a phrase: its last word before a linking preposition. "a source within the ministry" -> "source". */
export function headOf(ctx: QuoteContext, range: TokenRange): number {
  for (let i = range.first + 1; i < range.end; i++) if (isLinkingAdp(ctx.tokens[i])) return i - 1;
  return range.end - 1;
}

/** The name ending at token `last`: its run of proper nouns. "Nato spokeswoman Oana Lungescu" -> "Oana Lungescu". */
export function nameEndingAt(ctx: QuoteContext, last: number, floor: number): TokenRange | null {
  const isName = (i: number): boolean => ctx.tokens[i]?.pos === 'PROPN' || gluedLetters(ctx, i) || gluedHyphen(ctx, i);
  if (!isName(last)) return null;
  let first = last;
  while (first - 1 >= floor && isName(first - 1)) first--;
  return { first, end: last + 1 };
}
