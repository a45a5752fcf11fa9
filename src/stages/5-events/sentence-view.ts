/**
 * One sentence as the event coder sees it: its tokens, and for each token the actor mention covering it, built once
 * per article in O(tokens + mentions).
 */
import type { ActorRef, Analysis, Entity, Geo, Mention, Quote, Sentence, TimeExpression, Token } from '../../core/index.js';

/** An actor mention placed on the sentence's tokens. */
export interface ActorSlot {
  readonly ref: ActorRef;
  readonly entity: Entity;
  readonly mention: Mention;
  /** A place: a location first, an actor (its country) only as the object of a verb. */
  readonly place: Geo | null;
  /** Local token indices (into `SentenceView.tokens`) of the mention's first and last token. */
  readonly first: number;
  readonly last: number;
}

export interface SentenceView {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Lower-case token texts, for grammar words. */
  readonly words: readonly string[];
  /** The actor slot covering each local token, if any. */
  readonly actorAt: readonly (ActorSlot | undefined)[];
  readonly actors: readonly ActorSlot[];
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly Quote[];
}

function refOf(entity: Entity, mention: Mention): { ref: ActorRef; place: Geo | null } | null {
  const place = entity.type === 'place' ? entity.geo : null;
  const code = place ? place.country : entity.code;
  if (!code) return null;
  return { ref: { code, name: entity.name, text: mention.text, entityId: entity.id }, place };
}

function groupBySentence<T>(items: readonly T[], sentenceOf: (item: T) => number, count: number): T[][] {
  const groups: T[][] = Array.from({ length: count }, () => []);
  for (const item of items) groups[sentenceOf(item)]?.push(item);
  return groups;
}

function placeMentions(view: { tokens: readonly Token[] }, entries: readonly { entity: Entity; mention: Mention }[]): ActorSlot[] {
  const slots: ActorSlot[] = [];
  for (const { entity, mention } of entries) {
    const r = refOf(entity, mention);
    if (!r) continue;
    let first = -1;
    let last = -1;
    view.tokens.forEach((t, i) => {
      if (t.start < mention.end && mention.start < t.end) {
        if (first < 0) first = i;
        last = i;
      }
    });
    if (first >= 0) slots.push({ ...r, entity, mention, first, last });
  }
  return slots.sort((a, b) => a.first - b.first);
}

/** Splits the analysis into sentence views, headings and questions included (the caller skips them). */
export function sentenceViews(analysis: Analysis): SentenceView[] {
  const n = analysis.sentences.length;
  const tokens = groupBySentence(analysis.tokens, (t) => t.sentence, n);
  const mentions = groupBySentence(
    analysis.entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention }))),
    (m) => m.mention.sentence,
    n,
  );
  const times = groupBySentence(analysis.times, (t) => t.sentence, n);
  const quotes = groupBySentence(analysis.quotes, (q) => q.sentence, n);
  return analysis.sentences.map((sentence, i) => {
    const own = tokens[i] ?? [];
    const actors = placeMentions({ tokens: own }, mentions[i] ?? []);
    const actorAt: (ActorSlot | undefined)[] = new Array<ActorSlot | undefined>(own.length);
    for (const slot of actors) for (let k = slot.first; k <= slot.last; k++) actorAt[k] ??= slot;
    return { sentence, tokens: own, words: own.map((t) => t.normal.toLowerCase()), actorAt, actors, times: times[i] ?? [], quotes: quotes[i] ?? [] };
  });
}
