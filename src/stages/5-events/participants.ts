/**
 * Source and target of a trigger, from the actor mentions of its clause:
 *
 *   "Russia has suspended its mission to Nato"         -> RUS, NATO   (subject; object's "to X")
 *   "… and closed the alliance's offices in Moscow"    -> RUS, NATO   (coordinated: the first verb's subject)
 *   "members were expelled by the alliance"            -> NATO, …     (passive: "by X" is the source)
 *   "Moscow's 2014 annexation of Crimea from Ukraine"  -> RUS, UKR    (noun: possessor, "of X")
 */
import type { ActorRef } from '../../core/index.js';
import type { Clause, ClauseMap } from './clauses.js';
import { governor, NP_INNER, outsideEvent, ownCountry, same, slotsIn, namedBefore, thingSubject } from './clause-actors.js';
import type { Discourse, Participants } from './discourse.js';
import { countryRef, domesticParties } from './domestic-parties.js';
import { LOCATIVE, PERFORMATIVE_VERBS, SPEECH_VERBS, TARGET_PREPOSITIONS } from './grammar-words.js';
import type { ActorSlot, SentenceView } from './sentence-view.js';
import type { Trigger } from './find-triggers.js';

export type { Discourse, Participants } from './discourse.js';
export { governor } from './clause-actors.js';

const PRONOUNS_SPEAKER = new Set(['we', 'i', 'our', 'us']);
const PRONOUNS_PERSON = new Set(['he', 'she']);
const PRONOUNS_THING = new Set(['it', 'they']);

/** A pronoun subject right before the verb group: "It will also shut down …". */
function pronounSubject(view: SentenceView, clause: Clause, v: number, discourse: Discourse): Participants | null {
  for (let k = v - 1; k >= clause.start; k--) {
    const t = view.tokens[k];
    if (!t) break;
    const w = view.words[k] ?? '';
    if (t.pos === 'PRON') {
      if (PRONOUNS_SPEAKER.has(w) && discourse.speaker) return { source: discourse.speaker, target: null, how: 'speaker' };
      // Reported speech: "the United States said it is willing to …" -> the reporter.
      if ((PRONOUNS_THING.has(w) || PRONOUNS_PERSON.has(w)) && discourse.speaker) return { source: discourse.speaker, target: null, how: 'pronoun' };
      if (PRONOUNS_PERSON.has(w) && discourse.lastPerson) return { source: discourse.lastPerson, target: null, how: 'pronoun' };
      // "Shoukry and his counterparts gathered … The Italian minister joined … They called on Turkey": not the minister.
      if (w === 'they' && discourse.lastPlural) return { source: discourse.lastPlural, target: null, how: 'pronoun' };
      if (PRONOUNS_THING.has(w) && discourse.lastSubject) return { source: discourse.lastSubject, target: null, how: 'pronoun' };
      return null;
    }
    // Skip the verb group: "it is willing to", "he was planning to".
    if (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART' && t.pos !== 'ADJ' && t.pos !== 'VERB') return null;
  }
  return null;
}

/** The subject of a verb at `v`: the first actor before it in its clause that no preposition governs. */
export function subjectOf(view: SentenceView, map: ClauseMap, v: number, discourse: Discourse, memo: Map<number, ActorRef | null>): ActorRef | null {
  if (memo.has(v)) return memo.get(v) ?? null;
  const ci = map.clauseOf[v] ?? 0;
  const clause = map.clauses[ci];
  if (!clause) return null;
  // "a UN report concluded evidence supported his murder": the subject is the thing, not an actor further back.
  const free = thingSubject(view, clause.start, v) ? undefined : slotsIn(view, clause.start, v).find((s) => {
    const g = governor(view, s, clause.kind === 'main' ? -1 : clause.start);
    return g === null || g === 'of';
  });
  let subject: ActorRef | null = free?.ref ?? pronounSubject(view, clause, v, discourse)?.source ?? null;
  if (!subject && clause.kind === 'relative') subject = slotsIn(view, 0, clause.start).at(-1)?.ref ?? null;
  if (!subject && clause.kind === 'coord') {
    // "Iran issued warrants on 36 people believed to be involved … and demanded …": skip the relative in between.
    const prev = map.clauses.slice(0, ci).findLast((c) => c.kind !== 'relative' && c.kind !== 'sub');
    const verb = prev ? view.tokens.findIndex((x, k) => k >= prev.start && k < prev.end && x.pos === 'VERB') : -1;
    if (prev) subject = subjectOf(view, map, verb >= 0 ? verb : prev.end - 1, discourse, memo);
  }
  memo.set(v, subject);
  return subject;
}

const isPerson = (view: SentenceView, ref: ActorRef | null): boolean =>
  !!ref?.entityId && view.actors.some((s) => s.ref.entityId === ref.entityId && s.entity.type === 'person');

/** "Zelensky declined Prime Minister Honcharuk's offer": two people of one government are two parties. */
function sameParty(view: SentenceView, slot: ActorSlot, other: ActorRef | null): boolean {
  if (!other) return false;
  if (slot.ref.entityId && other.entityId && slot.ref.entityId !== other.entityId && slot.entity.type === 'person' && isPerson(view, other)) return false;
  return same(slot.ref, other);
}

/** The first actor after `from` in the clause that is not the source and not a place standing as a location. */
function objectAfter(view: SentenceView, from: number, to: number, source: ActorRef | null, skipBy: boolean): ActorSlot | null {
  for (const s of slotsIn(view, from, to)) {
    if (sameParty(view, s, source) || ownCountry(s.ref, source) || outsideEvent(view, s)) continue;
    const g = governor(view, s);
    if (g && LOCATIVE.has(g) && s.place) continue;
    if (g === 'by' && skipBy) continue;
    if (g && !TARGET_PREPOSITIONS.has(g) && g !== 'by') continue;
    return s;
  }
  return null;
}

/**
 * The doer of a passive without "by": an actor modifying the noun of a following phrase ("killed in a US
 * operation", "murdered in the Saudi consulate"), else the first non-place actor after the verb.
 */
function passiveAgent(view: SentenceView, from: number, to: number, subject: ActorRef | null): ActorSlot | null {
  const after = slotsIn(view, from, to).filter((s) => !s.place && !same(s.ref, subject));
  const modifier = after.find((s) => {
    const next = view.tokens[s.last + 1]?.pos;
    return (next === 'NOUN' || next === 'PROPN') && LOCATIVE.has(governor(view, s) ?? '');
  });
  return modifier ?? after.find((s) => {
    const g = governor(view, s);
    return g === null || TARGET_PREPOSITIONS.has(g);
  }) ?? null;
}

function byAgent(view: SentenceView, from: number, to: number): ActorSlot | null {
  return slotsIn(view, from, to).find((s) => governor(view, s) === 'by') ?? null;
}

/** "Meetings of a Nato-Russia council have not been held": the first two distinct actors of the clause meet. */
function pairIn(view: SentenceView, from: number, to: number): Participants {
  const all = slotsIn(view, from, to).filter((s) => !s.place || governor(view, s) === 'of');
  const [a, b] = all.filter((s, i) => all.findIndex((o) => same(o.ref, s.ref)) === i);
  return { source: a?.ref ?? null, target: b?.ref ?? null, how: 'reciprocal' };
}

/** "handed control of the port to the army": the actor after "to", not the one whose control changes hands. */
function recipient(view: SentenceView, from: number, to: number, source: ActorRef | null): ActorRef | null {
  return slotsIn(view, from, to).find((s) => governor(view, s) === 'to' && !sameParty(view, s, source))?.ref ?? null;
}

function verbParticipants(view: SentenceView, map: ClauseMap, t: Trigger, discourse: Discourse, memo: Map<number, ActorRef | null>): Participants {
  const clause = map.clauses[map.clauseOf[t.index] ?? 0];
  const end = clause?.end ?? view.tokens.length;
  const subject = subjectOf(view, map, t.index, discourse, memo);
  if (t.passive) {
    // "was killed by US special forces"; without "by", an actor after the verb ("… in a US operation").
    const agent = byAgent(view, t.index + 1, end) ?? passiveAgent(view, t.index + 1, end, subject);
    if (!agent && t.pattern.flags.has('reciprocal')) return pairIn(view, clause?.start ?? 0, end);
    // "Osama was killed by US special forces": the victim is named, but as no actor.
    if (!subject && namedBefore(view, clause?.start ?? 0, t.index)) return { source: agent?.ref ?? null, target: null, how: 'unknown-target' };
    return { source: agent?.ref ?? null, target: same(subject, agent?.ref ?? null) ? null : subject, how: 'passive' };
  }
  let target = (t.pattern.flags.has('target-to') ? recipient(view, t.index + 1, end, subject) : null) ?? objectAfter(view, t.index + 1, end, subject, true)?.ref ?? null;
  if (!subject && t.pattern.flags.has('reciprocal')) return pairIn(view, clause?.start ?? 0, end);
  if (t.pattern.flags.has('no-target')) target = null;
  return { source: subject, target, how: 'subject' };
}

/** The actor inside the noun's own phrase before it: "Moscow's 2014 annexation", "US sanctions". */
function possessor(view: SentenceView, n: number): ActorSlot | null {
  for (let k = n - 1; k >= Math.max(0, n - 5); k--) {
    const t = view.tokens[k];
    if (!t || !NP_INNER.has(t.pos) || (t.pos === 'PUNCT' && t.text !== "'")) return null;
    const slot = view.actorAt[k];
    if (slot && !slot.place) return slot;
  }
  return null;
}

function nounParticipants(view: SentenceView, map: ClauseMap, t: Trigger, discourse: Discourse, memo: Map<number, ActorRef | null>): Participants {
  const clause = map.clauses[map.clauseOf[t.index] ?? 0];
  const end = Math.min(clause?.end ?? view.tokens.length, t.index + 8);
  const own = possessor(view, t.index);
  const after = slotsIn(view, t.index + 1, end).filter((s) => {
    const g = governor(view, s);
    return g !== null && (TARGET_PREPOSITIONS.has(g) || g === 'by') && !(s.place && LOCATIVE.has(g));
  });
  const agent = after.find((s) => governor(view, s) === 'by');
  const others = after.filter((s) => s !== agent);
  let source = own?.ref ?? agent?.ref ?? null;
  if (!source && others.length >= 2 && t.pattern.flags.has('reciprocal')) {
    return { source: others[0]?.ref ?? null, target: others.find((s) => !same(s.ref, others[0]?.ref ?? null))?.ref ?? null, how: 'reciprocal' };
  }
  let how = own ? 'possessor' : 'by';
  if (!source && !afterSpeechVerb(view, map, t.index)) {
    source = subjectOf(view, map, t.index, discourse, memo);
    how = 'clause-subject';
  }
  const target = others.find((s) => !same(s.ref, source))?.ref ?? null;
  return { source, target, how };
}

const reports = (lemma: string): boolean => SPEECH_VERBS.has(lemma) && !PERFORMATIVE_VERBS.has(lemma);

/**
 * "Reuters reported Monday's attack": the subject of a speech verb is not the actor of the noun it reports; but
 * "the ministry announced new restrictions on flights" -> the ministry restricts.
 */
function afterSpeechVerb(view: SentenceView, map: ClauseMap, n: number): boolean {
  const clause = map.clauses[map.clauseOf[n] ?? 0];
  for (let k = n - 1; k >= (clause?.start ?? 0); k--) {
    const t = view.tokens[k];
    if (t?.pos === 'VERB') return reports(t.lemma);
  }
  return false;
}

/** The most recent actor of the previous sentences that is not `source`. */
function recentOther(discourse: Discourse, source: ActorRef | null): ActorRef | null {
  return discourse.recent.find((r) => !same(r, source) && r.entityId !== source?.entityId) ?? null;
}

/**
 * Reporters are not parties: the subject of a speech verb ("Reuters reported …") and the object of "according to"
 * ("… according to The Guardian").
 */
function isReporter(view: SentenceView, slot: ActorSlot): boolean {
  for (let k = slot.last + 1; k <= Math.min(view.tokens.length - 1, slot.last + 3); k++) {
    const t = view.tokens[k];
    if (t?.pos === 'VERB') return reports(t.lemma);
  }
  return view.words[slot.first - 1] === 'to' && view.words[slot.first - 2] === 'according';
}

/** The nearest actor to stand in for a missing party; a place may be a target ("shelled Aleppo") but not a doer. */
function nearestOther(view: SentenceView, index: number, other: ActorRef | null, role: 'source' | 'target'): ActorRef | null {
  const preferBefore = role === 'source';
  const others = view.actors.filter((s) => !same(s.ref, other) && !ownCountry(s.ref, other) && !(s.place && LOCATIVE.has(governor(view, s) ?? '')) && !outsideEvent(view, s) && !isReporter(view, s));
  const before = others.filter((s) => s.last < index).reverse();
  const after = others.filter((s) => s.first > index);
  const [first, second] = preferBefore ? [before, after] : [after, before];
  const actor = first.find((s) => !s.place) ?? second.find((s) => !s.place);
  return (actor ?? (role === 'target' ? first[0] ?? second[0] : undefined))?.ref ?? null;
}

/** "Turkey and Libya agreed on a line": the second of two coordinated subjects is the other party. */
function coSubject(view: SentenceView, map: ClauseMap, v: number, source: ActorRef | null): ActorRef | null {
  const clause = map.clauses[map.clauseOf[v] ?? 0];
  if (!clause || !source) return null;
  const before = slotsIn(view, clause.start, v).filter((s) => governor(view, s) === null && !s.place);
  for (let i = 1; i < before.length; i++) {
    const a = before[i - 1];
    const b = before[i];
    if (a && b && same(a.ref, source) && !same(b.ref, source) && view.words[b.first - 1] === 'and') return b.ref;
  }
  return null;
}

/** Weapons and blasts stand for their unnamed users: "a car bombing killed five". */
const MATERIAL_ROOTS = new Set(['18', '19', '20']);

/**
 * "evidence supported his murder": the verb's subject is a thing the text names, so no actor of the sentence is
 * its doer (a weapon's user excepted).
 */
function namedNonActor(view: SentenceView, map: ClauseMap, t: Trigger): boolean {
  if (t.pattern.kind !== 'verb' || t.passive || MATERIAL_ROOTS.has(t.pattern.code.slice(0, 2))) return false;
  return thingSubject(view, map.clauses[map.clauseOf[t.index] ?? 0]?.start ?? 0, t.index);
}

/**
 * True when the words right before the verb group at `v` are a noun phrase naming no actor, not inside a
 * prepositional phrase and no time: "evidence supported" (but not "doctors from two aid groups donated", "today").
 */
/**
 * Source and target, falling back when the clause names only one party: a passive without "by X" takes the
 * sentence's other actor (or the story's current subject) as source; a missing target takes the sentence's
 * other actor ("Khashoggi was murdered … in the Saudi consulate" -> SAU, SAU MED).
 */
export function participantsOf(view: SentenceView, map: ClauseMap, t: Trigger, discourse: Discourse, memo: Map<number, ActorRef | null>): Participants {
  const found = t.pattern.kind === 'verb' ? verbParticipants(view, map, t, discourse, memo) : nounParticipants(view, map, t, discourse, memo);
  let { source, target, how } = t.pattern.flags.has('domestic') ? domesticParties(view, map, t, found, discourse) : found;
  // "Wiranto was stabbed": the text names no doer.
  if (!source && t.passive) return { source, target, how: 'agentless' };
  // "evidence supported his murder": the text names a doer that is no actor.
  if (!source && namedNonActor(view, map, t)) return { source: null, target: null, how: 'thing' };
  if (!source) {
    source = nearestOther(view, t.index, target, 'source') ?? (same(discourse.lastSubject, target) ? null : discourse.lastSubject);
    how = 'fallback-source';
  }
  // "More than 1000 people have been arrested": whoever arrests, they are that country's people.
  if (!target && t.pattern.flags.has('domestic')) target = countryRef(source?.code ?? null, discourse);
  if (!target && !t.pattern.flags.has('no-target') && how !== 'unknown-target') {
    target = coSubject(view, map, t.index, source) ?? nearestOther(view, t.index, source, 'target') ?? recentOther(discourse, source);
    if (target) how = how === 'fallback-source' ? 'fallback-both' : 'fallback-target';
  }
  return { source, target, how };
}
