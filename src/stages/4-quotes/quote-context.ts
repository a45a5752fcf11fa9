/**
 * What every rule of the quotes stage reads, built once per article: the tokens with the quote each one stands in,
 * the entity mentions of each sentence, and the cue dictionary. Lookups are O(1) by token index.
 */
import type { Analysis, Entity, Mention, Sentence, Token } from '../../core/index.js';
import type { QuoteCues, SpeechVerb } from '../../dictionaries/index.js';
import { findQuoteSpans, type Paragraph, type QuoteSpan } from './quote-marks.js';

/** A speech cue: a speech verb ("said", "calling") or a source phrase ("according to"); see `speech-cues`. */
export interface Cue {
  /** First token of the cue, and one past its last ("according to" has two). */
  readonly first: number;
  readonly end: number;
  /** The speech verb; null for a source phrase, and for a verb that only introduces a quote (`defended it, "…"`). */
  readonly verb: SpeechVerb | null;
  /** A source phrase ("according to"): the source comes after it. */
  readonly source: boolean;
}

export interface MentionOf {
  readonly mention: Mention;
  readonly entity: Entity;
}

export interface QuoteContext {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly spans: readonly QuoteSpan[];
  /** Per token index: the index in `spans` of the quote it stands in (its marks included), or -1. */
  readonly quoteOf: readonly number[];
  /** Per sentence index: the entity mentions in it, in text order; places left out (they do not speak). */
  readonly mentions: readonly (readonly MentionOf[])[];
  /** Per token index: true when the token lies in a time expression ("On Friday", "Late on Sunday"). */
  readonly inTime: readonly number[];
  readonly cues: QuoteCues;
  /**
   * Indices in `spans` of the quotes found to be speech, filled in text order as the direct rules accept them; a
   * title or scare quote is not in it and does not stop a reported clause around it.
   */
  readonly spoken: Set<number>;
  /** Per token index: the cue starting there, null for none, undefined until asked (see `cueAt`). */
  readonly cueCache: (Cue | null | undefined)[];
}

/** Paragraph ranges from the sentences; headings are left out, as their quotes repeat the body's. */
function paragraphsOf(sentences: readonly Sentence[]): Paragraph[] {
  const out: Paragraph[] = [];
  let current: { index: number; start: number; end: number } | null = null;
  for (const s of sentences) {
    if (s.heading) continue;
    if (current && current.index === s.paragraph) current.end = s.end;
    else out.push((current = { index: s.paragraph, start: s.start, end: s.end }));
  }
  return out;
}

/** Marks each token with the quote span it falls in; tokens and spans are both in text order. */
function markQuotedTokens(tokens: readonly Token[], spans: readonly QuoteSpan[]): number[] {
  // Plain arrays, not typed ones: an article's typed arrays are too long to live on the heap, and cost more to make.
  const quoteOf = new Array<number>(tokens.length).fill(-1);
  const lastOf = (span: QuoteSpan): number => span.close ?? span.end - 1;
  let k = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    while (k < spans.length && lastOf(spans[k] as QuoteSpan) < t.start) k++;
    const span = spans[k];
    if (span && t.start >= span.open && t.end <= lastOf(span) + 1) quoteOf[i] = k;
  }
  return quoteOf;
}

const NONE: readonly MentionOf[] = [];

function mentionsBySentence(analysis: Analysis): (readonly MentionOf[])[] {
  const out: (readonly MentionOf[])[] = new Array<readonly MentionOf[]>(analysis.sentences.length).fill(NONE);
  for (const entity of analysis.entities) {
    if (entity.type === 'place') continue;
    for (const mention of entity.mentions) {
      const list = out[mention.sentence];
      if (list === undefined) continue;
      if (list === NONE) out[mention.sentence] = [{ mention, entity }];
      else (list as MentionOf[]).push({ mention, entity });
    }
  }
  for (const list of out) if (list.length > 1) (list as MentionOf[]).sort((a, b) => a.mention.start - b.mention.start);
  return out;
}

function markTimes(analysis: Analysis): number[] {
  const inTime = new Array<number>(analysis.tokens.length).fill(0);
  for (const time of analysis.times) {
    const s = analysis.sentences[time.sentence];
    if (!s) continue;
    for (let i = s.firstToken; i < s.endToken; i++) {
      const t = analysis.tokens[i];
      if (t && t.start >= time.start && t.end <= time.end) inTime[i] = 1;
    }
  }
  return inTime;
}

export function buildQuoteContext(analysis: Analysis, cues: QuoteCues): QuoteContext {
  const text = analysis.article.text;
  const spans = findQuoteSpans(text, paragraphsOf(analysis.sentences));
  return {
    text,
    tokens: analysis.tokens,
    sentences: analysis.sentences,
    spans,
    quoteOf: markQuotedTokens(analysis.tokens, spans),
    mentions: mentionsBySentence(analysis),
    inTime: markTimes(analysis),
    cues,
    spoken: new Set(),
    cueCache: new Array<Cue | null | undefined>(analysis.tokens.length),
  };
}

/** The sentence that holds character offset `at` (binary search over sentence starts). */
export function sentenceAt(ctx: QuoteContext, at: number): Sentence | undefined {
  let lo = 0;
  let hi = ctx.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((ctx.sentences[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return ctx.sentences[lo];
}

/** Index of the first token starting at or after `at` (binary search), or tokens.length. */
export function tokenFrom(ctx: QuoteContext, at: number): number {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ctx.tokens[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
