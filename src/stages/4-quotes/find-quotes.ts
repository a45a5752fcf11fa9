/**
 * Stage 4: quotes and who said them. Sentence by sentence, in text order: the quoted spans that open in the
 * sentence (their marks are the firmest evidence), then its reported speech. Speakers resolve to the entities of
 * stage 2 and go into a memory that later pronouns and "the spokesperson" refer back to.
 */
import type { Analysis, Quote, Stage } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import { attributeSpan, type Found } from './find-direct.js';
import { reportedIn } from './find-indirect.js';
import { buildQuoteContext, sentenceAt, type QuoteContext } from './quote-context.js';
import type { SpeakerMemory } from './resolve-speaker.js';

function describe(q: Quote): string {
  const who = q.speaker ? `${q.speaker.name}${q.speaker.code ? ` ${q.speaker.code}` : ''}` : 'unknown';
  return `${q.rule} [${q.start}-${q.end}] ${who} ${q.cue ? `(${q.cue}) ` : ''}"${q.text.slice(0, 60)}${q.text.length > 60 ? '…' : ''}"`;
}

/** The indices of the quoted spans, grouped by the sentence their opening mark stands in. */
function spansBySentence(ctx: QuoteContext): Map<number, number[]> {
  const by = new Map<number, number[]>();
  ctx.spans.forEach((span, k) => {
    const s = sentenceAt(ctx, span.start)?.index ?? -1;
    const list = by.get(s);
    if (list) list.push(k);
    else by.set(s, [k]);
  });
  return by;
}

export function quotesOf(ctx: QuoteContext): Quote[] {
  const memory: SpeakerMemory = { speakers: [] };
  const found: Found[] = [];
  const quotes: Quote[] = [];
  const spans = spansBySentence(ctx);
  for (const s of ctx.sentences) {
    for (const k of spans.get(s.index) ?? []) {
      const span = ctx.spans[k];
      const q = span && attributeSpan(ctx, span, found, memory);
      if (!q) continue;
      quotes.push(q);
      ctx.spoken.add(k);
    }
    quotes.push(...reportedIn(ctx, s, memory));
  }
  return quotes.sort((a, b) => a.start - b.start);
}

export const findQuotes: Stage<Dictionaries> = {
  name: 'quotes',
  run(analysis, { data, trace }): Analysis {
    const ctx = buildQuoteContext(analysis, data.quoteCues);
    const quotes = quotesOf(ctx);
    trace.add('quotes', () => `${ctx.spans.length} quoted spans, ${quotes.filter((q) => q.direct).length} direct quotes, ${quotes.filter((q) => !q.direct).length} reported`);
    if (trace.enabled) for (const q of quotes) trace.add('quotes', () => describe(q));
    return { ...analysis, quotes };
  },
};
