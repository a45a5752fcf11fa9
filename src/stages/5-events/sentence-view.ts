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
  /** Lower-case lemmas; for a sentence-initial plural tagged PROPN ("Meetings"), the singular. */
  readonly lemmas: readonly string[];
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

const NONE: readonly never[] = [];

/** The items of each sentence, in order; a sentence without any shares one empty array. */
function groupBySentence<T>(items: readonly T[], sentenceOf: (item: T) => number, count: number): (readonly T[])[] {
  const groups = new Array<readonly T[]>(count).fill(NONE);
  for (const item of items) {
    const s = sentenceOf(item);
    const group = groups[s];
    if (group === NONE) groups[s] = [item];
    else (group as T[] | undefined)?.push(item);
  }
  return groups;
}

/** The first token ending after `at` (binary search: tokens are in text order). */
function tokenAt(tokens: readonly Token[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.end ?? 0) <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Places each mention on the sentence's tokens, in text order. */
function placeMentions(tokens: readonly Token[], entries: readonly { entity: Entity; mention: Mention }[]): ActorSlot[] {
  const slots: ActorSlot[] = [];
  for (const { entity, mention } of entries) {
    const r = refOf(entity, mention);
    if (!r) continue;
    const first = tokenAt(tokens, mention.start);
    let last = -1;
    for (let i = first; i < tokens.length && (tokens[i]?.start ?? Infinity) < mention.end; i++) last = i;
    if (last >= first) slots.push({ ref: r.ref, place: r.place, entity, mention, first, last });
  }
  return slots.sort((a, b) => a.first - b.first);
}

function lemmaOf(t: Token): string {
  const code = t.lemma.charCodeAt(0);
  const lemma = code >= 65 && code <= 90 ? t.lemma.toLowerCase() : t.lemma;
  return t.pos === 'PROPN' && lemma.length > 4 && lemma.endsWith('s') && !lemma.endsWith('ss') ? lemma.slice(0, -1) : lemma;
}

/** The analysis grouped by sentence in one pass; a sentence's view is built only when the coder needs it. */
export interface SentenceViews {
  readonly sentences: readonly Sentence[];
  readonly times: readonly (readonly TimeExpression[])[];
  view(index: number): SentenceView;
}

export function sentenceViews(analysis: Analysis): SentenceViews {
  const n = analysis.sentences.length;
  // Each entity's mentions in entity order, grouped by sentence, without an array of all of them first.
  const mentions = new Array<{ entity: Entity; mention: Mention }[] | undefined>(n);
  for (const entity of analysis.entities) {
    for (const mention of entity.mentions) if (mention.sentence < n) (mentions[mention.sentence] ??= []).push({ entity, mention });
  }
  const times = groupBySentence(analysis.times, (t) => t.sentence, n);
  const quotes = groupBySentence(analysis.quotes, (q) => q.sentence, n);
  const view = (i: number): SentenceView => {
    const sentence = analysis.sentences[i];
    if (!sentence) throw new RangeError(`no sentence ${i}`);
    // A sentence's tokens are the run `[firstToken, endToken)` of the article's.
    const own = analysis.tokens.slice(sentence.firstToken, sentence.endToken);
    const actors = placeMentions(own, mentions[i] ?? NONE);
    const actorAt: (ActorSlot | undefined)[] = new Array<ActorSlot | undefined>(own.length);
    for (const slot of actors) for (let k = slot.first; k <= slot.last; k++) actorAt[k] ??= slot;
    const words: string[] = [];
    const lemmas: string[] = [];
    for (const t of own) {
      words.push(t.normal);
      lemmas.push(lemmaOf(t));
    }
    return { sentence, tokens: own, words, lemmas, actorAt, actors, times: times[i] ?? NONE, quotes: quotes[i] ?? NONE };
  };
  return { sentences: analysis.sentences, times, view };
}

/** "a measure that bans flights": after a relative pronoun, a plural-looking noun is a verb wink misread. */
export function misreadNoun(view: SentenceView, i: number): boolean {
  const prev = view.words[i - 1] ?? '';
  return view.tokens[i]?.pos === 'NOUN' && (prev === 'that' || prev === 'which' || prev === 'who') && (view.words[i] ?? '').endsWith('s');
}
