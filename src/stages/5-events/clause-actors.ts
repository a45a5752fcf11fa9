/**
 * Where a clause names its actors: the preposition governing a mention, the mentions in a range of tokens, and
 * whether the words before a verb name a thing rather than an actor. Shared by the participant finders.
 */
import type { ActorRef } from '../../core/index.js';
import { NON_PARTY_PREPOSITIONS } from './grammar-words.js';
import type { ActorSlot, SentenceView } from './sentence-view.js';

/** Verb particles, which govern no noun phrase: "shut down the mission", "set up the office". */
export const PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'over', 'aside']);

export const NP_INNER = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART', 'PUNCT']);

/**
 * The preposition governing a mention: walk left over its noun phrase ("to the Russian ambassador" -> "to").
 * A verb particle ("shut down the alliance's mission") and a clause opener ("after the alliance expelled") are not.
 */
export function governor(view: SentenceView, slot: ActorSlot, clauseStart = -1): string | null {
  for (let k = slot.first - 1; k >= Math.max(0, slot.first - 5); k--) {
    const t = view.tokens[k];
    if (!t) return null;
    if (t.pos === 'ADP' || t.pos === 'SCONJ') {
      if (k === clauseStart || (view.tokens[k - 1]?.pos === 'VERB' && PARTICLES.has(view.words[k] ?? ''))) return null;
      return view.words[k] ?? null;
    }
    if (t.pos === 'PUNCT' && t.text !== "'" && t.text !== '-') return null;
    if (!NP_INNER.has(t.pos)) return null;
  }
  return null;
}

/**
 * True when the mention stands in a phrase that takes it out of the event: "without a court warrant", "despite
 * protests from France", "without consulting Germany" (walking left over noun phrases and the prepositions between
 * them).
 */
export function outsideEvent(view: SentenceView, slot: ActorSlot): boolean {
  for (let k = slot.first - 1; k >= Math.max(0, slot.first - 8); k--) {
    const t = view.tokens[k];
    if (!t) return false;
    if (NON_PARTY_PREPOSITIONS.has(view.words[k] ?? '')) return true;
    // "without consulting Germany", "despite warning the UN"
    if (t.pos === 'VERB' && view.words[k]?.endsWith('ing') && NON_PARTY_PREPOSITIONS.has(view.words[k - 1] ?? '')) return true;
    if (t.pos === 'ADP') continue;
    if (t.pos === 'PUNCT' && t.text !== "'" && t.text !== '-') return false;
    if (!NP_INNER.has(t.pos)) return false;
  }
  return false;
}

export const same = (a: ActorRef | null, b: ActorRef | null): boolean =>
  !!a && !!b && ((!!a.entityId && a.entityId === b.entityId) || a.code === b.code);

/** State agents, whose own country is their affiliation rather than a party: not rebels or opposition. */
export const STATE_AGENTS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);

/** "Bruno Parrilla, the foreign minister of Cuba, rejected …": a bare country is no party to its own official's act. */
export function ownCountry(ref: ActorRef, source: ActorRef | null): boolean {
  const own = source?.code ?? '';
  return ref.code?.length === 3 && own.startsWith(ref.code) && STATE_AGENTS.has(own.slice(3, 6));
}

export function slotsIn(view: SentenceView, from: number, to: number): ActorSlot[] {
  return view.actors.filter((s) => s.first >= from && s.first < to);
}

export const VERB_GROUP = new Set(['AUX', 'ADV', 'PART']);

/** A name or noun no actor stands for right before the verb group at `v`: "Osama was killed". */
export function namedBefore(view: SentenceView, start: number, v: number): boolean {
  let k = v - 1;
  while (k >= start && VERB_GROUP.has(view.tokens[k]?.pos ?? '')) k--;
  const pos = view.tokens[k]?.pos;
  return k >= start && (pos === 'PROPN' || pos === 'NOUN') && !view.actorAt[k];
}

export function thingSubject(view: SentenceView, start: number, v: number): boolean {
  // "placards asking the government to …": a participle modifies its noun, whose bearer acts.
  if ((view.words[v] ?? '').endsWith('ing')) return false;
  let k = v - 1;
  while (k >= start && VERB_GROUP.has(view.tokens[k]?.pos ?? '')) k--;
  const head = view.tokens[k];
  if (k < start || head?.pos !== 'NOUN' || view.actorAt[k] || view.times.some((x) => x.start <= head.start && head.end <= x.end)) return false;
  // Only a noun phrase that plainly starts the clause or follows a verb: "(Party of God) group", "its allies" may
  // hide an actor.
  for (let j = k - 1; j >= start; j--) {
    const pos = view.tokens[j]?.pos ?? '';
    if (pos === 'VERB' || pos === 'SCONJ' || pos === 'CCONJ') return true;
    if (view.actorAt[j] || !NP_INNER.has(pos) || pos === 'PUNCT' || pos === 'PROPN') return false;
  }
  return true;
}
