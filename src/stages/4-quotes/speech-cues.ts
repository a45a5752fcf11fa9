/**
 * Speech cues and who stands behind them: a speech verb ("said", "told", "calling") and its subject, or a source
 * phrase ("according to") and the phrase after it. Quoted tokens are never cues.
 */
import { appositiveAfter, clauseSubjects, phraseEndingAt, phraseStartingAt, type TokenRange } from './noun-phrases.js';
import type { Cue, QuoteContext } from './quote-context.js';

export type { Cue } from './quote-context.js';

/** Tags a verb can carry when wink-nlp mistags it next to a quote mark; nouns ("a call", "the report") are no cues. */
const NOT_A_VERB = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'ADP', 'PRON', 'NUM', 'PUNCT', 'CCONJ', 'SCONJ']);
/** Tags of tokens that start no cue: the fast path of `cueAt`, which looks at every token. */
const CANNOT_START = new Set(['PUNCT', 'DET', 'NUM', 'PRON', 'CCONJ', 'SCONJ', 'PART', 'SYM', 'SPACE']);
const BE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '\u2019s']);
/** Words skipped between a subject and its verb: "Nato has also said", "he reportedly said". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['ADV', 'AUX', 'PART']);

/** "alleged" -> "allege", "claimed" -> "claim": the verbs behind a past form wink-nlp tagged as an adjective. */
function pastStems(word: string): string[] {
  if (!word.endsWith('ed')) return [];
  return word.endsWith('ied') ? [`${word.slice(0, -3)}y`] : [word.slice(0, -1), word.slice(0, -2)];
}

/** A verb wink-nlp tagged as an adjective or noun: "Hotak also alleged the …", "Boeing claims that …". */
function mistagged(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (!t || !afterSubject(ctx, i)) return false;
  if (t.pos === 'ADJ') return next?.pos !== 'NOUN';
  return t.pos === 'NOUN' && t.normal.endsWith('s') && next?.normal === 'that';
}

/** True when a subject stands right before token `i` (adverbs aside): "Hotak also | alleged". */
function afterSubject(ctx: QuoteContext, i: number): boolean {
  let j = i - 1;
  while (ctx.tokens[j]?.pos === 'ADV') j--;
  return ['PROPN', 'PRON', 'NOUN'].includes(ctx.tokens[j]?.pos ?? '');
}

/** The cue that starts at token `i`, if any; looked up once per token. */
export function cueAt(ctx: QuoteContext, i: number): Cue | null {
  const known = ctx.cueCache[i];
  if (known !== undefined) return known;
  const cue = findCue(ctx, i);
  if (i >= 0 && i < ctx.cueCache.length) ctx.cueCache[i] = cue;
  return cue;
}

function findCue(ctx: QuoteContext, i: number): Cue | null {
  const t = ctx.tokens[i];
  if (!t || ctx.quoteOf[i] !== -1 || CANNOT_START.has(t.pos)) return null;
  if (t.pos === 'VERB' || t.pos === 'ADP') {
    for (const phrase of ctx.cues.sourcePhrases) {
      if (phrase[0] === t.normal && phrase.every((w, k) => ctx.tokens[i + k]?.normal === w && ctx.quoteOf[i + k] === -1)) {
        return { first: i, end: i + phrase.length, verb: null, source: true };
      }
    }
  }
  // Tags that are no verb, unless mistagged, are ruled out before the look-up (most tokens are nouns).
  const notVerb = NOT_A_VERB.has(t.pos);
  if (notVerb && ((t.pos !== 'ADJ' && t.pos !== 'NOUN') || !mistagged(ctx, i))) return null;
  let verb = ctx.cues.speechVerbs.get(t.lemma);
  if (notVerb) verb ??= pastStems(t.normal).map((w) => ctx.cues.speechVerbs.get(w)).find(Boolean);
  const next = ctx.tokens[i + 1];
  if (!verb || (next && verb.notBefore.has(next.normal))) return null;
  return { first: i, end: i + 1, verb, source: false };
}

/** True for a passive speech verb ("was reported", "is said to"): it names no speaker before it. */
export function isPassive(ctx: QuoteContext, cue: Cue, sentenceFirst: number): boolean {
  for (let j = cue.first - 1; j >= sentenceFirst; j--) {
    const t = ctx.tokens[j];
    if (!t || t.pos !== 'ADV') return !!t && BE.has(t.normal) && (t.pos === 'AUX' || t.pos === 'VERB');
  }
  return false;
}

/** The cues of tokens `[from, to)`, in text order. */
export function cuesIn(ctx: QuoteContext, from: number, to: number): Cue[] {
  const out: Cue[] = [];
  for (let i = from; i < to; i++) {
    const cue = cueAt(ctx, i);
    if (!cue) continue;
    out.push(cue);
    i = cue.end - 1;
  }
  return out;
}

/** `said Angers.`: a capitalised word after an inverted cue is a name, whatever wink-nlp tagged it. */
export function capitalisedName(ctx: QuoteContext, first: number, end: number): TokenRange | null {
  let i = first;
  while (i < end && ctx.quoteOf[i] === -1 && /^\p{Lu}/u.test(ctx.tokens[i]?.text ?? '')) i++;
  const closing = i >= end || ctx.tokens[i]?.pos === 'PUNCT';
  return i > first && closing ? { first, end: i } : null;
}

/** "a statement released by Erdogan's office": the phrase after "by" names the source. */
function sourceAfterBy(ctx: QuoteContext, phrase: TokenRange, ceiling: number): TokenRange {
  const verb = ctx.tokens[phrase.end];
  const by = ctx.tokens[phrase.end + 1];
  if (verb?.pos === 'VERB' && by?.normal === 'by') return phraseStartingAt(ctx, phrase.end + 2, ceiling) ?? phrase;
  return phrase;
}

/**
 * The phrases that may name the speaker of a cue, best first. Usually one; for a cue after a comma, both the
 * appositive and the clause subject ("The mayor of London, Sadiq Khan, tweeted"), so that a person can win.
 */
export function speakerPhrases(ctx: QuoteContext, cue: Cue, sentenceFirst: number, sentenceEnd: number): TokenRange[] {
  if (cue.source) {
    const after = phraseStartingAt(ctx, cue.end, sentenceEnd);
    return after ? [sourceAfterBy(ctx, after, sentenceEnd)] : [];
  }
  let j = cue.first - 1;
  while (j >= sentenceFirst && ctx.quoteOf[j] === -1 && BETWEEN_SUBJECT_AND_VERB.has(ctx.tokens[j]?.pos ?? '')) j--;
  const before = ctx.tokens[j];
  // Inverted: `"…," said a protester`, or a cue that opens the sentence after a quote.
  if (j < sentenceFirst || ctx.quoteOf[j] !== -1 || (before?.pos === 'PUNCT' && before.text !== ',')) {
    const after = phraseStartingAt(ctx, cue.end, sentenceEnd) ?? capitalisedName(ctx, cue.end, sentenceEnd);
    const appositive = after && appositiveAfter(ctx, after, sentenceEnd);
    if (after) return appositive ? [after, appositive] : [after];
  }
  const subjects = clauseSubjects(ctx, sentenceFirst, cue.first);
  if (before?.text === ',') {
    // An appositive stands between commas: "Abdurrahman Mangal, spokesperson for the governor, said".
    const appositive = phraseEndingAt(ctx, j - 1, sentenceFirst);
    const framed = appositive && ctx.tokens[appositive.first - 1]?.text === ',' ? appositive : null;
    return framed ? [framed, ...subjects] : subjects;
  }
  const phrase = phraseEndingAt(ctx, j, sentenceFirst);
  if (!phrase) return subjects;
  const lead = ctx.tokens[phrase.first - 1];
  const participle = ctx.tokens[cue.first]?.normal.endsWith('ing') ?? false;
  // "… in Moscow said" or "… after reaching Istanbul said": the phrase is an object, the subject is further left;
  // but "with Jens Stoltenberg calling them …" names the speaker right before the participle.
  if (lead && phrase.first > sentenceFirst && (lead.pos === 'ADP' || lead.pos === 'VERB') && !(participle && lead.normal === 'with')) {
    return [...subjects, phrase];
  }
  return [phrase];
}
