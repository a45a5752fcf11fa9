/**
 * Direct and partial quotes: every quoted span, attributed in order of evidence. First its own sentence (a cue
 * after it, a cue or introducing clause before it, the nearest cue of the sentence); then, for a quote that opens
 * its sentence, its surroundings: an attribution-only next sentence, the quote before it in the paragraph
 * (`"…," he said. "…"`), a speech verb in the sentence before (`… criticized the decision via Twitter. "…"`), or
 * the previous paragraph's speaker when this paragraph opens with the quote. Partial quotes with no cue are scare
 * quotes or names, and titles of works are never speech.
 */
import type { Quote } from '../../core/index.js';
import {
  cueAfter,
  cueBefore,
  cueInSentence,
  isTitle,
  opensSentence,
  placeOf,
  type Attribution,
  type QuotePlace,
} from './attribute-nearby.js';
import { tokenFrom, type QuoteContext } from './quote-context.js';
import type { QuoteSpan } from './quote-marks.js';
import { remember, resolveSpeaker, type Speaker, type SpeakerMemory } from './resolve-speaker.js';
import { cuesIn, isPassive, speakerPhrases } from './speech-cues.js';

/** A quote found so far, with where it stands, for the rules that look back. */
export interface Found {
  readonly quote: Quote;
  readonly place: QuotePlace;
  readonly speaker: Speaker | null;
}

/** Most tokens an attribution-only sentence has: `Mr Lavrov said so on Monday.` */
const SHORT_SENTENCE = 10;
const TRIMMED_AT_END = new Set([' ', '\n', '\t', '\r', ',', ';', ':']);
const SPEECH_END = /[.!?\u2026]["'\u201d\u2019]*$/u;

/** `"…" That was how Mr X put it.` is rare; `"…" He said.` (wink-nlp split after the mark) is the common case. */
function nextSentence(ctx: QuoteContext, place: QuotePlace, memory: SpeakerMemory): Attribution | null {
  const s = ctx.sentences[place.closeSentence.index + 1];
  if (!s || s.paragraph !== place.span.paragraph || place.close + 1 < place.closeSentence.endToken) return null;
  if (s.endToken - s.firstToken > SHORT_SENTENCE) return null;
  for (let i = s.firstToken; i < s.endToken; i++) if (ctx.quoteOf[i] !== -1) return null;
  const cue = cuesIn(ctx, s.firstToken, s.endToken).find((c) => c.verb && !isPassive(ctx, c, s.firstToken));
  if (!cue) return null;
  const speaker = resolveSpeaker(ctx, speakerPhrases(ctx, cue, s.firstToken, s.endToken), s.index, memory);
  return speaker ? { speaker, cue, rule: 'direct:next-sentence' } : null;
}

/** The sentence before, in the same paragraph, names a speaker with a speech verb and quotes nothing itself. */
function previousSentence(ctx: QuoteContext, place: QuotePlace, memory: SpeakerMemory): Attribution | null {
  const s = ctx.sentences[place.sentence.index - 1];
  if (!s || s.paragraph !== place.span.paragraph || s.heading) return null;
  for (let i = s.firstToken; i < s.endToken; i++) if (ctx.quoteOf[i] !== -1) return null;
  const cue = cuesIn(ctx, s.firstToken, s.endToken).find((c) => !c.source && !isPassive(ctx, c, s.firstToken));
  if (!cue) return null;
  const speaker = resolveSpeaker(ctx, speakerPhrases(ctx, cue, s.firstToken, s.endToken), s.index, memory);
  return speaker ? { speaker, cue, rule: 'direct:previous-sentence' } : null;
}

/** The last attributed quote of the same paragraph, or of the previous one when this paragraph opens with the quote. */
function continuation(ctx: QuoteContext, place: QuotePlace, found: readonly Found[]): Attribution | null {
  const last = found[found.length - 1];
  if (!last?.speaker || !last.quote.direct) return null;
  if (last.place.span.paragraph === place.span.paragraph) return { speaker: last.speaker, cue: null, rule: 'direct:continuation' };
  const opensParagraph = place.sentence.firstToken === place.open && ctx.sentences[place.sentence.index - 1]?.paragraph !== place.span.paragraph;
  if (opensParagraph && last.place.span.paragraph === place.span.paragraph - 1) return { speaker: last.speaker, cue: null, rule: 'direct:paragraph-continuation' };
  return null;
}

/** A quote with no one to attribute it to is still speech when it reads like a sentence: verb and final stop. */
function readsAsSpeech(ctx: QuoteContext, place: QuotePlace): boolean {
  const text = ctx.text.slice(place.span.start, place.span.end).trim();
  const after = ctx.text.charAt(place.span.end + 1);
  if (!SPEECH_END.test(text) && !/[.!?]/u.test(after)) return false;
  for (let i = place.open + 1; i < place.close; i++) if (['VERB', 'AUX'].includes(ctx.tokens[i]?.pos ?? '')) return true;
  return false;
}

function attribute(ctx: QuoteContext, place: QuotePlace, found: readonly Found[], memory: SpeakerMemory): Attribution | null {
  const near = cueAfter(ctx, place, memory) ?? cueBefore(ctx, place, memory);
  if (near) return near;
  if (!opensSentence(ctx, place)) return isTitle(ctx, place) ? null : cueInSentence(ctx, place, memory);
  return (
    nextSentence(ctx, place, memory) ??
    continuation(ctx, place, found) ??
    previousSentence(ctx, place, memory) ??
    (readsAsSpeech(ctx, place) ? { speaker: null, cue: null, rule: 'direct:unattributed' } : null)
  );
}

/** The inside of the marks without the comma that belongs to the attribution: `"…exist," he said` -> "…exist". */
function quoteText(ctx: QuoteContext, span: QuoteSpan): { start: number; end: number; text: string } {
  let start = span.start;
  let end = span.end;
  while (start < end && ctx.text.charCodeAt(start) <= 32) start++;
  while (end > start && TRIMMED_AT_END.has(ctx.text.charAt(end - 1))) end--;
  return { start, end, text: ctx.text.slice(start, end) };
}

function toQuote(ctx: QuoteContext, place: QuotePlace, a: Attribution): Quote {
  const cueFirst = a.cue ? ctx.tokens[a.cue.first] : undefined;
  const cueLast = a.cue ? ctx.tokens[a.cue.end - 1] : undefined;
  const cueSpan = cueFirst && cueLast ? { start: cueFirst.start, end: cueLast.end, text: ctx.text.slice(cueFirst.start, cueLast.end) } : null;
  // Field by field, not by spreading quoteText's result: V8 adds properties after a spread one by one, slowly.
  const { start, end, text } = quoteText(ctx, place.span);
  return {
    start,
    end,
    text,
    sentence: place.sentence.index,
    direct: true,
    speaker: a.speaker?.ref ?? null,
    cue: cueSpan?.text ?? null,
    cueSpan,
    rule: a.rule,
  };
}

/** A quoted span as speech with its speaker, or null when it is no speech; `found` holds the quotes before it. */
export function attributeSpan(ctx: QuoteContext, span: QuoteSpan, found: Found[], memory: SpeakerMemory): Quote | null {
  const open = tokenFrom(ctx, span.open);
  const close = span.close === null ? tokenFrom(ctx, span.end) - 1 : tokenFrom(ctx, span.close);
  const place = placeOf(ctx, span, open, close);
  if (!place || span.end <= span.start) return null;
  const a = attribute(ctx, place, found, memory);
  if (!a) return null;
  if (a.speaker) remember(memory, a.speaker, span.open, place.sentence.index);
  const quote = toQuote(ctx, place, a);
  found.push({ quote, place, speaker: a.speaker });
  return quote;
}
