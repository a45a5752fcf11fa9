/**
 * Indirect speech, without quote marks: the reported clause of a speech verb and its speaker.
 *   "Mr Lavrov said (that) Nato could liaise …"         -> "Nato could liaise …"        (indirect:said-that)
 *   "Moscow will suspend the work …, he said."          -> "Moscow will suspend the work …" (indirect:cue-after)
 *   "According to the BBC, the SDF is …" / "…, according to Soufan." (indirect:according-to)
 * A sentence with quote marks in the reported part is left to the direct rules. An object that is no clause
 * ("announced the moves on Monday") is not speech.
 */
import type { Quote, Sentence } from '../../core/index.js';
import { phraseStartingAt } from './noun-phrases.js';
import type { QuoteContext } from './quote-context.js';
import { remember, resolveSpeaker, type SpeakerMemory } from './resolve-speaker.js';
import { cueAt, cuesIn, isPassive, speakerPhrases, type Cue } from './speech-cues.js';

interface Clause {
  readonly first: number;
  readonly end: number;
  readonly rule: string;
}

const FINITE = new Set(['AUX', 'VERB']);
/** Punctuation that ends a sentence rather than the clause: a closing bracket stays ("(2100 UTC)"). */
const CLOSING_PUNCT = new Set(['.', '!', '?', ',', ':', '\u2026']);
const RELATIVE = new Set(['which', 'who', 'whose']);
const NEGATIONS = new Set(['not', "n't", 'n\u2019t', 'never']);
/** Words after a speech verb that show no clause follows: "said to be", "reported by", "told of". */
const NO_CLAUSE_AFTER = new Set(['to', 'by', 'of', 'about', 'for', 'with']);

/** True when a quote that is speech stands in tokens `[first, end)`. */
function hasQuote(ctx: QuoteContext, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (ctx.spoken.has(ctx.quoteOf[i] ?? -1)) return true;
  return false;
}

function hasVerb(ctx: QuoteContext, first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (FINITE.has(ctx.tokens[i]?.pos ?? '')) return true;
  return false;
}

/** Drops the sentence's closing punctuation and cuts at ";" or at a further cue after a comma (`, adding …`). */
function clauseEnd(ctx: QuoteContext, first: number, s: Sentence): number {
  for (let i = first; i < s.endToken; i++) {
    const t = ctx.tokens[i];
    if (t?.text === ';') return i;
    if (t?.text === ',' && cueAt(ctx, i + 1)) return i;
    if (t?.pos === 'CCONJ' && speakerFollows(ctx, i + 1, s.endToken)) return i;
  }
  let end = s.endToken;
  while (end > first && CLOSING_PUNCT.has(ctx.tokens[end - 1]?.text ?? '')) end--;
  return end;
}

/** "… and several said …": a new speaker and cue right after a conjunction start a new report. */
function speakerFollows(ctx: QuoteContext, from: number, end: number): boolean {
  const subject = phraseStartingAt(ctx, from, end);
  return !!subject && subject.end - subject.first <= 4 && !!cueAt(ctx, subject.end);
}

/** A clause starts with a subject and a verb soon after it: "the alliance was …", "190 were dead". */
function startsClause(ctx: QuoteContext, first: number, end: number): boolean {
  const subject = phraseStartingAt(ctx, first, end);
  if (!subject) return false;
  let i = subject.end;
  // One prepositional phrase may follow the subject: "the ships in the harbour were …".
  if (ctx.tokens[i]?.pos === 'ADP') i = phraseStartingAt(ctx, i + 1, end)?.end ?? i;
  while (i < end && ctx.tokens[i]?.pos === 'ADV') i++;
  const verb = ctx.tokens[i];
  if (!verb || !FINITE.has(verb.pos) || verb.normal.endsWith('ing')) return false;
  // "traces of uranium found at three sites", "stones thrown at buildings": a participle, no clause.
  const participle = verb.pos === 'VERB' && /(?:ed|en|wn)$/u.test(verb.normal) && ctx.tokens[i + 1]?.pos === 'ADP';
  return !participle;
}

/** The token after a mention that starts at token `first` and ends before `end`: "NPR" in "NPR Hamza bin Laden". */
function mentionAtStart(ctx: QuoteContext, s: Sentence, first: number, end: number): number | null {
  const start = ctx.tokens[first]?.start;
  const m = ctx.mentions[s.index]?.find((x) => x.mention.start === start);
  if (!m) return null;
  for (let i = first + 1; i < end; i++) if ((ctx.tokens[i]?.start ?? 0) >= m.mention.end) return i;
  return null;
}

/**
 * Skips what may stand between a speech verb and its "that": time words and prepositional phrases.
 * "announced Monday in an internal memo | that he would …", "stated on Thursday | that it had signed …".
 */
function skipAdverbials(ctx: QuoteContext, from: number, end: number): number {
  let i = from;
  while (i < end && (ctx.inTime[i] === 1 || (ctx.tokens[i]?.pos === 'ADP' && ctx.inTime[i + 1] === 1))) i++;
  // Up to two prepositional phrases, when "that" follows them.
  let j = i;
  for (let k = 0; k < 2 && ctx.tokens[j]?.pos === 'ADP'; k++) {
    const phrase = phraseStartingAt(ctx, j + 1, end);
    if (!phrase) break;
    j = phrase.end;
    if (ctx.tokens[j]?.normal === 'that') return j;
  }
  return i;
}

/** "said (that) CLAUSE", "told reporters (that) CLAUSE". */
function clauseAfterVerb(ctx: QuoteContext, cue: Cue, s: Sentence): Clause | null {
  let i = cue.end;
  if (NO_CLAUSE_AFTER.has(ctx.tokens[i]?.normal ?? '')) return null;
  if (cue.verb?.addressee) {
    const addressee = phraseStartingAt(ctx, i, s.endToken);
    if (addressee && !FINITE.has(ctx.tokens[addressee.end]?.pos ?? '')) i = addressee.end;
    else if (addressee) i = mentionAtStart(ctx, s, addressee.first, addressee.end) ?? i; // "told NPR | Hamza … had"
  }
  i = skipAdverbials(ctx, i, s.endToken);
  if (ctx.tokens[i]?.text === ',') i++;
  const that = ctx.tokens[i]?.normal === 'that';
  if (that) i++;
  const end = clauseEnd(ctx, i, s);
  if (end - i < 3 || hasQuote(ctx, i, end) || !hasVerb(ctx, i, end)) return null;
  if (!that && !startsClause(ctx, i, end)) return null;
  return { first: i, end, rule: 'indirect:said-that' };
}

/** "CLAUSE, he said." / "CLAUSE, said the ministry." with nothing but adverbials after the cue. */
function clauseBeforeVerb(ctx: QuoteContext, cue: Cue, s: Sentence, phrases: readonly { first: number }[]): Clause | null {
  if (hasVerb(ctx, cue.end, clauseEnd(ctx, cue.end, s))) return null;
  const subjectFirst = Math.min(cue.first, ...phrases.map((p) => p.first));
  const comma = subjectFirst - 1;
  if (ctx.tokens[comma]?.text !== ',') return null;
  const first = s.firstToken;
  if (comma - first < 3 || hasQuote(ctx, first, comma) || !hasVerb(ctx, first, comma)) return null;
  return { first, end: comma, rule: 'indirect:cue-after' };
}

/** "According to X, CLAUSE." or "CLAUSE, according to X." */
function clauseOfSource(ctx: QuoteContext, cue: Cue, s: Sentence, sourceEnd: number): Clause | null {
  let phraseEnd = sourceEnd;
  // "According to Reuters, which cited two sources, the deal …": the relative clause belongs to the source.
  if (ctx.tokens[phraseEnd]?.text === ',' && RELATIVE.has(ctx.tokens[phraseEnd + 1]?.normal ?? '')) {
    let i = phraseEnd + 2;
    while (i < s.endToken && ctx.tokens[i]?.text !== ',') i++;
    phraseEnd = i;
  }
  if (ctx.tokens[phraseEnd]?.text === ',') {
    const end = clauseEnd(ctx, phraseEnd + 1, s);
    if (end - phraseEnd > 3 && !hasQuote(ctx, phraseEnd + 1, end) && hasVerb(ctx, phraseEnd + 1, end)) return { first: phraseEnd + 1, end, rule: 'indirect:according-to' };
  }
  const end = ctx.tokens[cue.first - 1]?.text === ',' ? cue.first - 1 : cue.first;
  if (end - s.firstToken < 3 || hasQuote(ctx, s.firstToken, end) || !hasVerb(ctx, s.firstToken, end)) return null;
  return { first: s.firstToken, end, rule: 'indirect:according-to' };
}

/** "failed to explain …", "refused to say …": nothing was said. */
function isInfinitive(ctx: QuoteContext, cue: Cue): boolean {
  return ctx.tokens[cue.first - 1]?.normal === 'to';
}

/** "did not say he'd ordered it": nothing was said. */
function isNegated(ctx: QuoteContext, cue: Cue, s: Sentence): boolean {
  for (let j = cue.first - 1; j >= s.firstToken && j >= cue.first - 3; j--) {
    const word = ctx.tokens[j]?.normal ?? '';
    if (NEGATIONS.has(word)) return true;
    if (!['AUX', 'PART', 'ADV'].includes(ctx.tokens[j]?.pos ?? '')) return false;
  }
  return false;
}

function toQuote(ctx: QuoteContext, clause: Clause, cue: Cue, s: Sentence, speaker: Quote['speaker']): Quote | null {
  const first = ctx.tokens[clause.first];
  const last = ctx.tokens[clause.end - 1];
  const cueFirst = ctx.tokens[cue.first];
  const cueLast = ctx.tokens[cue.end - 1];
  if (!first || !last || !cueFirst || !cueLast) return null;
  const cueSpan = { start: cueFirst.start, end: cueLast.end, text: ctx.text.slice(cueFirst.start, cueLast.end) };
  return { start: first.start, end: last.end, text: ctx.text.slice(first.start, last.end), sentence: s.index, direct: false, speaker, cue: cueSpan.text, cueSpan, rule: clause.rule };
}

function reportedBy(ctx: QuoteContext, cue: Cue, s: Sentence, memory: SpeakerMemory): Quote | null {
  if (!cue.source && (!cue.verb?.reports || isPassive(ctx, cue, s.firstToken) || isNegated(ctx, cue, s) || isInfinitive(ctx, cue))) return null;
  const phrases = speakerPhrases(ctx, cue, s.firstToken, s.endToken);
  const clause = cue.source
    ? clauseOfSource(ctx, cue, s, phrases[0]?.end ?? cue.end)
    : (clauseAfterVerb(ctx, cue, s) ?? clauseBeforeVerb(ctx, cue, s, phrases));
  if (!clause) return null;
  const speaker = resolveSpeaker(ctx, phrases, s.index, memory);
  if (!speaker) return null;
  remember(memory, speaker, ctx.tokens[cue.first]?.start ?? 0, s.index);
  return toQuote(ctx, clause, cue, s, speaker.ref);
}

/** Reported speech in a sentence that is not a heading, at most one clause per cue. */
export function reportedIn(ctx: QuoteContext, s: Sentence, memory: SpeakerMemory): Quote[] {
  if (s.heading) return [];
  const quotes: Quote[] = [];
  for (const cue of cuesIn(ctx, s.firstToken, s.endToken)) {
    const quote = reportedBy(ctx, cue, s, memory);
    if (quote) quotes.push(quote);
  }
  return quotes;
}
