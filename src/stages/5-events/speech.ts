/**
 * Reported speech: who reports an event ("X said Y did Z" -> reportedBy X), and speech itself as an event when
 * its content is codable ("the basic conditions for common work no longer exist", Lavrov said -> 012).
 */
import type { ActorRef, Quote } from '../../core/index.js';
import type { PatternSet, SpeechCue } from '../../dictionaries/index.js';
import type { ClauseMap } from './clauses.js';
import { SPEECH_VERBS } from './grammar-words.js';
import { governor, type Discourse } from './participants.js';
import type { SentenceView } from './sentence-view.js';

/** The quote covering a local token, if any. */
export function quoteAt(view: SentenceView, index: number): Quote | null {
  const t = view.tokens[index];
  if (!t) return null;
  return view.quotes.find((q) => q.start <= t.start && t.end <= q.end) ?? null;
}

/** The actor right before a speech verb: "Lungescu said", ", he said", "Mr Lavrov told". */
function speakerBefore(view: SentenceView, v: number, discourse: Discourse): ActorRef | null {
  for (let k = v - 1; k >= Math.max(0, v - 6); k--) {
    const slot = view.actorAt[k];
    if (slot && governor(view, slot) === null) return slot.ref;
    const w = view.words[k] ?? '';
    if (w === 'he' || w === 'she') return discourse.lastPerson;
    if (view.tokens[k]?.pos === 'PUNCT' || view.tokens[k]?.pos === 'VERB') return null;
  }
  return null;
}

/** "according to X" anywhere in the sentence. */
function accordingTo(view: SentenceView): ActorRef | null {
  for (let k = 0; k + 2 < view.tokens.length; k++) {
    if (view.words[k] === 'according' && view.words[k + 1] === 'to') return view.actorAt[k + 2]?.ref ?? view.actorAt[k + 3]?.ref ?? null;
  }
  return null;
}

/** Who reports the event at `index`: the quote's speaker, the subject of a speech verb governing its clause, or "according to X". */
export function reporterOf(view: SentenceView, map: ClauseMap, index: number, discourse: Discourse): ActorRef | null {
  const quote = quoteAt(view, index);
  if (quote?.speaker) return quote.speaker;
  const ci = map.clauseOf[index] ?? 0;
  for (let k = 0; k < view.tokens.length; k++) {
    const t = view.tokens[k];
    if (!t || t.pos !== 'VERB' || !SPEECH_VERBS.has(t.lemma) || k === index) continue;
    const before = k < index && map.clauses[ci]?.kind === 'content' && (map.clauseOf[k] ?? 0) < ci;
    const after = k > index && view.words[k - 1] !== 'to' && view.tokens.slice(Math.max(0, k - 4), k).some((p) => p.text === ',');
    if (before || after) return speakerBefore(view, k, discourse);
  }
  return accordingTo(view);
}

export interface SpeechHit {
  readonly cue: SpeechCue;
  /** Local token range of the cue phrase. */
  readonly start: number;
  readonly end: number;
  readonly quote: Quote;
}

function matchesAt(view: SentenceView, cue: SpeechCue, k: number): boolean {
  return cue.words.every((w, j) => view.words[k + j] === w || view.tokens[k + j]?.lemma === w);
}

/** The first speech cue inside each quote with a known speaker, for quotes in which no other event was coded. */
export function speechHits(patterns: PatternSet, view: SentenceView, coded: readonly Quote[]): SpeechHit[] {
  const hits: SpeechHit[] = [];
  for (const quote of view.quotes) {
    if (!quote.speaker?.code || coded.includes(quote)) continue;
    for (let k = 0; k < view.tokens.length; k++) {
      const t = view.tokens[k];
      if (!t || t.start < quote.start || t.end > quote.end) continue;
      const cue = cueAt(patterns, view, k);
      if (!cue) continue;
      hits.push({ cue, start: k, end: k + cue.words.length - 1, quote });
      break;
    }
  }
  return hits;
}

/** The longest speech cue starting at token `k`, by its word or its lemma. */
function cueAt(patterns: PatternSet, view: SentenceView, k: number): SpeechCue | null {
  for (const key of [view.words[k] ?? '', view.lemmas[k] ?? '']) {
    const cue = patterns.speech.get(key)?.find((c) => matchesAt(view, c, k));
    if (cue) return cue;
  }
  return null;
}
