/**
 * Which of a sentence's coded triggers are its news: the events it tells, not the happenings it mentions on the
 * side (a noun borrowing its parties, a known event dating another, a passive without doer beside another event).
 */
import type { CodedEvent } from '../../core/index.js';
import type { Clause, ClauseMap } from './clauses.js';
import type { SentenceView } from './sentence-view.js';

/**
 * A trigger's event; whether it is a bare noun whose parties were borrowed from around it, a passive without doer,
 * or a noun that dates something else by an event the story already told ("after the attack").
 */
export interface Coded {
  readonly event: CodedEvent;
  readonly borrowed: boolean;
  readonly agentless: boolean;
  readonly reference: boolean;
}

/** Parties a noun names in its own phrase: "Moscow's annexation", "an attack by rebels", "talks between X and Y". */
export const OWN_PHRASE = new Set(['possessor', 'by', 'reciprocal']);

const TEMPORAL = new Set(['after', 'before', 'following', 'since', 'during', 'amid', 'until']);

/** "released after the attack", "since last week's protests": a known event named to date another. */
export function timeReference(view: SentenceView, n: number): boolean {
  let definite = false;
  for (let k = n - 1; k >= Math.max(0, n - 5); k--) {
    const w = view.words[k] ?? '';
    if (w === 'the' || w === 'this' || w === 'that' || w === "'s") definite = true;
    else if (TEMPORAL.has(w)) return definite;
    else if (!NP_WORDS.has(view.tokens[k]?.pos ?? '')) return false;
  }
  return false;
}

const NP_WORDS = new Set(['DET', 'ADJ', 'NUM', 'PROPN', 'NOUN', 'PART']);

/** The verb whose object the noun at `n` heads: "declined Honcharuk's offer" -> declined. */
export function verbOfObject(view: SentenceView, n: number): number | null {
  for (let k = n - 1; k >= Math.max(0, n - 6); k--) {
    const pos = view.tokens[k]?.pos ?? '';
    if (pos === 'VERB') return k;
    if (!NP_WORDS.has(pos) && view.words[k] !== "'s") return null;
  }
  return null;
}

/** An event's code and dyad: one clause codes each once. */
export const key = (e: CodedEvent): string => `${e.code}|${e.source?.code ?? ''}|${e.target?.code ?? ''}`;

/** A trigger's event with its clause. */
export interface Candidate extends Coded {
  readonly clause: number;
}

/**
 * The events a sentence tells, without the happenings it mentions on the side:
 *   "coup supporters were seen surrendering, given citizen opposition to the coup"  a bare noun that borrows its
 *     parties, beside another event of its clause;
 *   "… were arrested since the protests began"  such a noun in a subordinate or relative clause, beside a main event;
 *   "denounced the memoranda, in which Turkey and Libya agreed on …"  a relative clause's event, beside a main one,
 *     unless it states its own time ("her husband, who was arrested in May, …");
 *   "2,839 soldiers were detained and 104 plotters were killed"  a passive without doer, beside another event;
 *   "in a statement released after the attack, …"  a known event named to date the news, beside another event.
 */
export function newsOf(candidates: readonly Candidate[], map: ClauseMap): CodedEvent[] {
  if (candidates.length < 2) return candidates.map((c) => c.event);
  const kind = (ci: number): Clause['kind'] | undefined => map.clauses[ci]?.kind;
  const aside = (ci: number): boolean => kind(ci) === 'sub' || kind(ci) === 'relative';
  const toldIn = new Set(candidates.filter((c) => !c.borrowed).map((c) => c.clause));
  const toldInMain = [...toldIn].some((ci) => !aside(ci));
  return candidates.filter((c) => {
    if (c.agentless || c.reference) return false;
    if (c.borrowed) return !(toldIn.has(c.clause) || (toldInMain && aside(c.clause)));
    return !(toldInMain && kind(c.clause) === 'relative' && c.event.dateBasis !== 'stated');
  }).map((c) => c.event);
}

/** Speech events the sentence's coded events do not already say. */
export function newSpeech(speech: readonly CodedEvent[], candidates: readonly Candidate[], told: readonly CodedEvent[]): CodedEvent[] {
  if (speech.length === 0) return [];
  const seen = new Set(candidates.map((c) => key(c.event)));
  // "spoke out against the attack, calling it 'an aggression'": the speaker's coded act already says what the quote says.
  const said = (e: CodedEvent): string => `${e.root}|${e.source?.entityId ?? e.source?.code ?? ''}`;
  const acted = new Set(told.map(said));
  return speech.filter((e) => !seen.has(key(e)) && !acted.has(said(e)));
}
