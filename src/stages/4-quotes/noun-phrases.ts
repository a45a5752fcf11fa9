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
/**
 * Walking left only, a speaker's phrase also links with "to" and "in": "Former US Ambassador to the United Nations
 * Nikki Haley said", "Japanese schools in China reported". Walking right they would take in "said Mr X in Geneva".
 */
const TITLE_ADP = new Set(['to', 'in']);
const ARTICLES = new Set(['a', 'an', 'the', 'this', 'these', 'those']);
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
  return gluedHyphen(ctx, i) || gluedHyphen(ctx, i - 1); // "state-owned", "US-built": the word after a hyphen too
}

function isLinkingAdp(t: Token | undefined, extra?: ReadonlySet<string>): boolean {
  return !!t && (t.pos === 'ADP' || t.pos === 'PART') && (LINKING_ADP.has(t.normal) || !!extra?.has(t.normal));
}

/** An article or demonstrative, which only opens a phrase ("the", "a", "this"); not "all" or "both". */
function isDeterminer(t: Token | undefined): boolean {
  return !!t && t.pos === 'DET' && ARTICLES.has(t.normal);
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
    // A determiner starts its phrase: in "told reporters the ceasefire", "the ceasefire" is a phrase of its own.
    if (isDeterminer(ctx.tokens[first]) && !isLinkingAdp(ctx.tokens[first - 1], TITLE_ADP)) break;
    if (isNominal(ctx, first - 1)) first--;
    else if (isLinkingAdp(ctx.tokens[first - 1], TITLE_ADP) && first - 2 >= floor && isNominal(ctx, first - 2)) first -= 2;
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
    if (isDeterminer(ctx.tokens[end]) && !isLinkingAdp(ctx.tokens[end - 1])) break;
    if (isNominal(ctx, end)) end++;
    else if (isLinkingAdp(ctx.tokens[end]) && end + 1 < ceiling && isNominal(ctx, end + 1)) end += 2;
    else break;
  }
  return { first, end };
}

/** Words that open a fronted adverbial ("On Friday, …", "In a statement, …", "Speaking to NBC News, …"). */
function opensAdverbial(t: Token, next: Token | undefined): boolean {
  if (t.pos === 'ADJ') return next?.pos === 'ADP'; // "Late on Sunday, …"
  return t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'ADV' || (t.pos === 'VERB' && t.normal.endsWith('ing'));
}

/** Words that open a clause inside a sentence: "… a recording in which | someone … says", "… revealed that | …". */
const CLAUSE_OPENERS = new Set(['which', 'who', 'that', 'because', 'after', 'while', 'although', 'though', 'since', 'as', 'if', 'when', 'whereas']);

/** The subject of a clause that starts at `i`, after any fronted adverbial, time expression or quote. */
function subjectFrom(ctx: QuoteContext, start: number, before: number): TokenRange | null {
  let i = start;
  for (let guard = 0; guard < 4 && i < before; guard++) {
    while (i < before && (ctx.quoteOf[i] !== -1 || ctx.tokens[i]?.pos === 'PUNCT' || ctx.inTime[i] === 1)) i++;
    const t = ctx.tokens[i];
    if (!t) break;
    const comma = nextComma(ctx, i, before);
    if (comma < 0 || !(opensAdverbial(t, ctx.tokens[i + 1]) || timeBefore(ctx, i, comma))) break;
    i = comma + 1;
  }
  return phraseStartingAt(ctx, i, before);
}

/** "Late on Sunday," or "Thursday,": a fronted segment of time words (and a lead word wink-nlp took for a name). */
function timeBefore(ctx: QuoteContext, first: number, comma: number): boolean {
  let times = 0;
  for (let i = first + 1; i < comma; i++) {
    if (ctx.inTime[i] === 1) times++;
    else if (ctx.tokens[i]?.pos !== 'ADP') return false;
  }
  return times > 0 || ctx.inTime[first] === 1;
}

/**
 * The phrase between commas after a subject: "Carrie Lam, the chief executive of Hong Kong, announced" -> "the chief
 * executive of Hong Kong"; "said the Kremlin spokesman, Dmitry Peskov." -> "Dmitry Peskov".
 */
export function appositiveAfter(ctx: QuoteContext, subject: TokenRange, before: number): TokenRange | null {
  if (ctx.tokens[subject.end]?.text !== ',') return null;
  let i = subject.end + 1;
  while (i < before && ctx.tokens[i]?.pos === 'ADV') i++; // "someone, seemingly Honcharuk, says"
  const appositive = phraseStartingAt(ctx, i, before);
  if (!appositive) return null;
  let end = appositive.end;
  if (ctx.tokens[end]?.text === '(') while (end < before && ctx.tokens[end]?.text !== ')') end++; // "the Syrian Democratic Forces (SDF),"
  const closing = (i: number): boolean => i >= before || [',', '.', ';', '!', '?'].includes(ctx.tokens[i]?.text ?? '');
  return closing(end) || (ctx.tokens[end]?.text === ')' && closing(end + 1)) ? appositive : null;
}

/** True when only adverbs, auxiliaries, an appositive and commas stand between the subject and token `before`. */
function nextToVerb(ctx: QuoteContext, phrases: readonly TokenRange[], before: number): boolean {
  for (let i = Math.max(...phrases.map((p) => p.end)); i < before; i++) {
    const t = ctx.tokens[i];
    if (t && !['ADV', 'AUX', 'PART'].includes(t.pos) && t.text !== ',' && t.text !== ')') return false;
  }
  return true;
}

/**
 * The subject of the clause that holds token `before`, with the appositive after it when there is one: the first
 * noun phrase of the innermost clause whose subject stands right before `before` (with `local`), else of the sentence. "On Wednesday, Carrie Lam, the chief executive, announced …"
 * -> ["Carrie Lam", "the chief executive"]; "… a recording in which someone, seemingly Honcharuk, audibly says"
 * -> ["someone", "Honcharuk"].
 */
export function clauseSubjects(ctx: QuoteContext, sentenceFirst: number, before: number, local = true): TokenRange[] {
  for (let b = before - 1; local && b > sentenceFirst; b--) {
    const t = ctx.tokens[b];
    if (!t || ctx.quoteOf[b] !== -1 || !(CLAUSE_OPENERS.has(t.normal) || t.text === ';')) continue;
    const inner = subjectFrom(ctx, b + 1, before);
    if (!inner) continue;
    const phrases = [inner, appositiveAfter(ctx, inner, before)].filter((p): p is TokenRange => p !== null);
    if (nextToVerb(ctx, phrases, before)) return phrases;
  }
  const subject = subjectFrom(ctx, sentenceFirst, before);
  if (!subject) return [];
  return [subject, appositiveAfter(ctx, subject, before)].filter((p): p is TokenRange => p !== null);
}

/** Index of the next unquoted comma in `[from, before)`, or -1. */
function nextComma(ctx: QuoteContext, from: number, before: number): number {
  for (let i = from; i < before; i++) if (ctx.tokens[i]?.text === ',' && ctx.quoteOf[i] === -1) return i;
  return -1;
}

/** The head of a phrase: its last word before a linking preposition. "a source within the ministry" -> "source". */
export function headOf(ctx: QuoteContext, range: TokenRange): number {
  for (let i = range.first + 1; i < range.end; i++) if (isLinkingAdp(ctx.tokens[i], TITLE_ADP)) return i - 1;
  return range.end - 1;
}

/**
 * The name around token `head` inside `range`: its run of proper nouns, joined across "of".
 * "Nato spokeswoman Oana Lungescu" (head Lungescu) -> "Oana Lungescu";
 * "the United States Department of Defense" (head Department) -> "United States Department of Defense".
 */
export function nameAround(ctx: QuoteContext, head: number, range: TokenRange): TokenRange | null {
  // "Man-kei", "Abdul-Mahdi": both halves of a hyphenated word belong to the name, whatever their tags.
  const isName = (i: number): boolean =>
    ctx.tokens[i]?.pos === 'PROPN' || gluedLetters(ctx, i) || gluedHyphen(ctx, i) || gluedHyphen(ctx, i - 1) || gluedHyphen(ctx, i + 1);
  if (!isName(head)) return null;
  const isOf = (i: number): boolean => ctx.tokens[i]?.normal === 'of';
  let first = head;
  while (first - 1 >= range.first && (isName(first - 1) || (isOf(first - 1) && first - 2 >= range.first && isName(first - 2)))) first--;
  let end = head + 1;
  while (end < range.end && (isName(end) || (isOf(end) && end + 1 < range.end && isName(end + 1)))) end++;
  return { first, end };
}
