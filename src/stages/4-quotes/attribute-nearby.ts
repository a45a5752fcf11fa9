/**
 * Attribution found in the quote's own sentence: a cue right after the quote (`"…," he said`, `"…," said a
 * protester`), a cue or an introducing clause right before it (`Mr X told NTV, "…"`, `Trump's statement read: "…"`),
 * or, for a quote inside a sentence, the nearest cue of that sentence (`He said the alliance was "not …"`).
 */
import type { Sentence, Token } from '../../core/index.js';
import { appositiveAfter, clauseSubjects, phraseStartingAt } from './noun-phrases.js';
import { sentenceAt, type QuoteContext } from './quote-context.js';
import type { QuoteSpan } from './quote-marks.js';
import { resolveSpeaker, type Speaker, type SpeakerMemory } from './resolve-speaker.js';
import { capitalisedName, cueAt, cuesIn, isPassive, speakerPhrases, type Cue } from './speech-cues.js';

export interface Attribution {
  readonly speaker: Speaker | null;
  readonly cue: Cue | null;
  readonly rule: string;
}

/** Where a quote stands among the tokens: its marks and the sentences they fall in. */
export interface QuotePlace {
  readonly span: QuoteSpan;
  readonly open: number;
  readonly close: number;
  readonly sentence: Sentence;
  readonly closeSentence: Sentence;
}

/** Tokens between the quote and an attribution after it: `," he said`, `" — said`. */
const LEAD_PUNCT = new Set([',', '\u2014', '\u2013', '-', ';']);
/** How far a cue may stand from its quote in `Mr X told NTV on Monday, "…"`. */
const MAX_GAP = 8;

/** A verb that can head a clause, unlike a participle: `said a protester using …` stays one phrase. */
function isFinite(t: Token | undefined): boolean {
  return !!t && (t.pos === 'AUX' || (t.pos === 'VERB' && !t.normal.endsWith('ing')));
}

function cueSpeaker(ctx: QuoteContext, cue: Cue, sentence: Sentence, memory: SpeakerMemory): Speaker | null {
  return resolveSpeaker(ctx, speakerPhrases(ctx, cue, sentence.firstToken, sentence.endToken), sentence.index, memory);
}

/** The sentence after the closing mark, or the next one when wink-nlp split `"…." said X.` after the mark. */
function sentenceAfterClose(ctx: QuoteContext, place: QuotePlace): Sentence {
  const s = place.closeSentence;
  const next = ctx.sentences[s.index + 1];
  const first = next && ctx.tokens[next.firstToken];
  if (place.close + 1 >= s.endToken && next && first && next.paragraph === s.paragraph && /^\p{Ll}/u.test(first.text)) return next;
  return s;
}

/** `"…," he said`, `"…," said a protester using …`, `"…," Hong Kong director … Man-kei Tam said in a statement`. */
export function cueAfter(ctx: QuoteContext, place: QuotePlace, memory: SpeakerMemory): Attribution | null {
  const s = sentenceAfterClose(ctx, place);
  let i = Math.max(place.close + 1, s.firstToken);
  while (i < s.endToken && LEAD_PUNCT.has(ctx.tokens[i]?.text ?? '')) i++;
  let end = i;
  while (end < s.endToken && ctx.quoteOf[end] === -1) end++;
  const inverted = cueAt(ctx, i);
  if (inverted?.source) {
    // `"…," according to a police statement.`
    const speaker = resolveSpeaker(ctx, speakerPhrases(ctx, inverted, s.firstToken, end), s.index, memory);
    return speaker ? { speaker, cue: inverted, rule: 'direct:cue-after' } : null;
  }
  // `"…," said a protester`; but `"…", adding Iran will …` starts a new clause, and its subject is no speaker.
  if (inverted?.verb && !ctx.tokens[i]?.normal.endsWith('ing')) {
    const phrase = phraseStartingAt(ctx, inverted.end, end) ?? capitalisedName(ctx, inverted.end, end);
    if (!phrase || isFinite(ctx.tokens[phrase.end])) return null;
    const appositive = appositiveAfter(ctx, phrase, end);
    const speaker = resolveSpeaker(ctx, appositive ? [phrase, appositive] : [phrase], s.index, memory);
    return speaker ? { speaker, cue: inverted, rule: 'direct:cue-after' } : null;
  }
  const subject = phraseStartingAt(ctx, i, end);
  if (!subject) return null;
  let j = subject.end;
  // An appositive between the subject and its verb: `," Abdurrahman Mangal, spokesperson for the governor, said`.
  if (ctx.tokens[j]?.text === ',') {
    while (j + 1 < end && j - subject.end < MAX_GAP * 2 && ctx.tokens[j + 1]?.text !== ',') j++;
    j += 2;
  }
  while (j < end && ['ADV', 'AUX'].includes(ctx.tokens[j]?.pos ?? '')) j++;
  const cue = cueAt(ctx, j);
  if (!cue?.verb) return null;
  const appositive = appositiveAfter(ctx, subject, end);
  return { speaker: resolveSpeaker(ctx, appositive ? [subject, appositive] : [subject], s.index, memory), cue, rule: 'direct:cue-after' };
}

/** The last cue before the opening mark, close enough to introduce it: `told NTV,`, `said in a meeting with X,`. */
function nearCueBefore(ctx: QuoteContext, place: QuotePlace, from: number): Cue | null {
  const cues = cuesIn(ctx, from, place.open);
  const cue = cues[cues.length - 1];
  if (!cue || place.open - cue.end > MAX_GAP) return null;
  for (let i = cue.end; i < place.open; i++) if (ctx.tokens[i]?.pos === 'VERB' && ctx.quoteOf[i] === -1) return null;
  return cue;
}

/** The subject of the sentence and its first verb after it, which introduce the quote: `Trump … defended his decision, "…"`. */
function introducer(ctx: QuoteContext, place: QuotePlace, memory: SpeakerMemory): Attribution | null {
  const s = place.sentence;
  const phrases = clauseSubjects(ctx, s.firstToken, place.open, false);
  const speaker = resolveSpeaker(ctx, phrases, s.index, memory);
  if (!speaker) return null;
  const after = Math.max(...phrases.map((p) => p.end));
  for (let i = after; i < place.open; i++) {
    if (ctx.quoteOf[i] === -1 && ctx.tokens[i]?.pos === 'VERB') return { speaker, cue: { first: i, end: i + 1, verb: null, source: false }, rule: 'direct:introduced' };
  }
  return null;
}

/** The first token after the previous quote in this sentence, or the sentence's first token. */
function clauseStart(ctx: QuoteContext, place: QuotePlace): number {
  for (let i = place.open - 1; i >= place.sentence.firstToken; i--) if (ctx.quoteOf[i] !== -1) return i + 1;
  return place.sentence.firstToken;
}

/** `Mr X told NTV, "…"`, `by saying "we are ready …"`, `appreciated Soleimani's lifepath: "He was …"`. */
export function cueBefore(ctx: QuoteContext, place: QuotePlace, memory: SpeakerMemory): Attribution | null {
  const s = place.sentence;
  const lead = ctx.tokens[place.open - 1];
  if (place.open <= s.firstToken || !lead) return null;
  const from = clauseStart(ctx, place);
  const direct = cueAt(ctx, place.open - 1);
  if (direct && !isPassive(ctx, direct, s.firstToken)) return { speaker: cueSpeaker(ctx, direct, s, memory), cue: direct, rule: 'direct:cue-before' };
  if (lead.text !== ',' && lead.text !== ':') return null;
  const cue = nearCueBefore(ctx, place, from);
  if (cue && !isPassive(ctx, cue, s.firstToken)) return { speaker: cueSpeaker(ctx, cue, s, memory), cue, rule: 'direct:cue-before' };
  const inner = ctx.tokens[place.open + 1];
  if (!inner || !/^[\p{Lu}[]/u.test(inner.text)) return null;
  return introducer(ctx, place, memory);
}

/** True when the words before the quote make it a title or a name: `the film "The Interview"`, `a group called "X"`. */
export function isTitle(ctx: QuoteContext, place: QuotePlace): boolean {
  const before = ctx.tokens[place.open - 1];
  if (before && ctx.cues.titleNouns.has(before.normal)) return true;
  const words = ctx.text.slice(place.span.start, place.span.end).trim().split(/\s+/u);
  const titleCase = words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /^(of|the|and|a|an|in|on|for|to|with)$/u.test(w));
  return titleCase && !/[.!?,]$/u.test(words[words.length - 1] ?? '');
}

/** A quote inside a sentence: the nearest cue before it, else after it, in the same sentence. */
export function cueInSentence(ctx: QuoteContext, place: QuotePlace, memory: SpeakerMemory): Attribution | null {
  const s = place.sentence;
  const before = cuesIn(ctx, s.firstToken, place.open).filter((c) => !isPassive(ctx, c, s.firstToken));
  const after = cuesIn(ctx, place.close + 1, s.endToken).filter((c) => !isPassive(ctx, c, s.firstToken));
  const cue = before[before.length - 1] ?? after[0];
  if (!cue) return null;
  return { speaker: cueSpeaker(ctx, cue, s, memory), cue, rule: cue === after[0] ? 'partial:cue-after' : 'partial:cue-before' };
}

/** True when the quote opens its sentence (after any punctuation): a block quote rather than a partial one. */
export function opensSentence(ctx: QuoteContext, place: QuotePlace): boolean {
  for (let i = place.sentence.firstToken; i < place.open; i++) {
    if (ctx.tokens[i]?.pos !== 'PUNCT' || ctx.quoteOf[i] !== -1) return false;
  }
  return true;
}

/** Where a quote stands, or null when its marks are not among the tokens. */
export function placeOf(ctx: QuoteContext, span: QuoteSpan, open: number, close: number): QuotePlace | null {
  const sentence = sentenceAt(ctx, span.start);
  const closeSentence = sentenceAt(ctx, span.close ?? span.end - 1);
  if (!sentence || !closeSentence || open < 0) return null;
  return { span, open, close, sentence, closeSentence };
}
