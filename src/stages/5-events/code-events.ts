/**
 * Stage 5: CAMEO events. Per sentence (headings and questions excepted): split clauses, find pattern triggers,
 * take source and target from the clause's actors, then modality, date, background, location and reporter.
 */
import type { ActorRef, Analysis, CodedEvent, Geo, Modality, Quote, Stage, TimeExpression, Tracer } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import { buildEvent } from './build-event.js';
import { splitClauses, type Clause, type ClauseMap } from './clauses.js';
import { eventDate, findNewsDay, type DateContext } from './event-date.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { LOCATIVE } from './grammar-words.js';
import { modalityOf } from './modality.js';
import { announcedCode } from './announced.js';
import { governor, participantsOf, subjectOf, type Discourse, type Participants } from './participants.js';
import { sentenceViews, type ActorSlot, type SentenceView } from './sentence-view.js';
import { quoteAt, reporterOf, speechHits } from './speech.js';

interface SentenceState {
  readonly view: SentenceView;
  readonly map: ClauseMap;
  readonly discourse: Discourse;
  readonly ctx: DateContext;
  readonly backgroundFrame: boolean;
}

/** A place in the clause after "in"/"at": "closed the offices in Moscow" -> Moscow. */
function locationOf(view: SentenceView, clause: Clause, index: number): Geo | null {
  const places = view.actors.filter((s) => s.place && s.first >= clause.start && s.first < clause.end && LOCATIVE.has(governor(view, s) ?? ''));
  const after = places.filter((s) => s.first > index);
  return (after[after.length - 1] ?? places[0])?.place ?? null;
}

/**
 * How sure the coder is, which also ranks a sentence's events: a specific pattern over a bare one, a verb over a
 * noun, the main clause over a relative one, parties named in the clause over parties borrowed from the sentence.
 */
function confidenceOf(t: Trigger, how: string, modality: Modality, clause: Clause): number {
  let c = t.pattern.kind === 'noun' ? 0.6 : t.pattern.with.length > 0 ? 0.85 : 0.7;
  const byClause: Partial<Record<Clause['kind'], number>> = { main: 0.05, relative: -0.15, sub: -0.05 };
  c += byClause[clause.kind] ?? 0;
  if (how === 'pronoun' || how === 'clause-subject' || how === 'reciprocal') c -= 0.05;
  if (how === 'fallback-source' || how === 'fallback-both') c -= 0.15;
  if (how === 'fallback-target' || how === 'fallback-both') c -= 0.1;
  if (modality === 'hypothetical') c -= 0.1;
  return c;
}

/**
 * A trigger's event; whether it is a bare noun whose parties were borrowed from around it, a passive without doer,
 * or a noun that dates something else by an event the story already told ("after the attack").
 */
interface Coded {
  readonly event: CodedEvent;
  readonly borrowed: boolean;
  readonly agentless: boolean;
  readonly reference: boolean;
}

/** Parties a noun names in its own phrase: "Moscow's annexation", "an attack by rebels", "talks between X and Y". */
const OWN_PHRASE = new Set(['possessor', 'by', 'reciprocal']);

function codeTrigger(data: Dictionaries, s: SentenceState, t: Trigger, memo: Map<number, ActorRef | null>): Coded | null {
  const { view, map, discourse } = s;
  const reporter = reporterOf(view, map, t.index, discourse);
  discourse.speaker = quoteAt(view, t.index)?.speaker ?? reporter;
  const { source, target, how } = t.pattern.flags.has('reported') ? demandParties(s, t, reporter, memo) : participantsOf(view, map, t, discourse, memo);
  // "Osama was killed by US special forces", Osama no actor: a dyad without its second party.
  if ((!source && !target) || how === 'unknown-target') return null;
  // "A car bomb was rammed into a base": a noun with neither a party of its own nor a target names no dyad.
  if (t.pattern.kind === 'noun' && !target && !OWN_PHRASE.has(how)) return null;
  const clause = map.clauses[map.clauseOf[t.index] ?? 0];
  if (!clause) return null;
  const stated = modalityOf(view, clause, t.index, t.pattern.kind === 'noun');
  const announced = announcedCode(view, clause, t.index, t.pattern.code, stated, data.patterns.intent);
  const modality = announced ? 'asserted' : stated;
  const unreal = modality === 'future' || modality === 'expected' || modality === 'hypothetical';
  const date = eventDate(view, clause, t.index, { unreal, backgroundFrame: s.backgroundFrame }, s.ctx);
  const event = buildEvent(data.ontology, {
    view, code: announced ?? t.pattern.code, rule: announced ? `${t.pattern.id}>announced` : t.pattern.id,
    first: t.index, last: t.end, source, target, modality, date,
    location: locationOf(view, clause, t.index),
    reportedBy: reporter && reporter.entityId !== source?.entityId ? reporter : null,
    confidence: confidenceOf(t, how, modality, clause),
  });
  if (!event) return null;
  const borrowed = t.pattern.kind === 'noun' && t.pattern.with.length === 0 && !OWN_PHRASE.has(how);
  return { event, borrowed, agentless: how === 'agentless', reference: borrowed && timeReference(view, t.index) };
}

const TEMPORAL = new Set(['after', 'before', 'following', 'since', 'during', 'amid', 'until']);

/** "released after the attack", "since last week's protests": a known event named to date another. */
function timeReference(view: SentenceView, n: number): boolean {
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
function verbOfObject(view: SentenceView, n: number): number | null {
  for (let k = n - 1; k >= Math.max(0, n - 6); k--) {
    const pos = view.tokens[k]?.pos ?? '';
    if (pos === 'VERB') return k;
    if (!NP_WORDS.has(pos) && view.words[k] !== "'s") return null;
  }
  return null;
}

/** "Russia said Sudan must return the helicopter": the reporter demands, of the modal's subject. */
function demandParties(s: SentenceState, t: Trigger, reporter: ActorRef | null, memo: Map<number, ActorRef | null>): Participants {
  const subject = subjectOf(s.view, s.map, t.index, s.discourse, memo);
  const source = reporter && reporter.entityId !== subject?.entityId ? reporter : null;
  return { source, target: subject, how: source ? 'subject' : 'fallback-source' };
}

/** Speech whose content is codable: source the speaker, target the first other actor the quote names. */
function codeSpeech(data: Dictionaries, s: SentenceState, coded: ReadonlySet<Quote>): CodedEvent[] {
  const { view, map } = s;
  return speechHits(data.patterns, view, coded).flatMap((hit) => {
    const speaker = hit.quote.speaker;
    const other = (a: ActorSlot): boolean => a.ref.code !== speaker?.code && !a.place;
    const inQuote = (a: ActorSlot): boolean => a.mention.start >= hit.quote.start && a.mention.end <= hit.quote.end;
    // The quote's own actors first; then one the sentence names around it ("…," Biden said of the move by China).
    const named = view.actors.find((a) => inQuote(a) && other(a)) ?? view.actors.find((a) => !inQuote(a) && other(a) && a.entity.id !== speaker?.entityId);
    // Last resort: whom the story was just about ("Those who betrayed this country will pay", after the coup plotters).
    const target = named?.ref ?? s.discourse.recent.find((r) => r.code !== speaker?.code && r.entityId !== speaker?.entityId) ?? null;
    const clause = map.clauses[map.clauseOf[hit.start] ?? 0];
    if (!clause) return [];
    const date = eventDate(view, clause, hit.start, { unreal: false, backgroundFrame: false }, s.ctx);
    const event = buildEvent(data.ontology, {
      view, code: hit.cue.code, rule: hit.cue.id, first: hit.start, last: hit.end, source: speaker, target,
      modality: 'asserted', date, location: null, reportedBy: null, confidence: target ? 0.55 : 0.4,
    });
    return event ? [event] : [];
  });
}

const describe = (e: CodedEvent): string =>
  `${e.source?.code ?? '-'} ${e.code} ${e.target?.code ?? '-'} ${e.modality}${e.background ? ' bg' : ''} ${e.confidence} (${e.rule})`;

const key = (e: CodedEvent): string => `${e.code}|${e.source?.code ?? ''}|${e.target?.code ?? ''}`;

/** A trigger's event with its clause. */
interface Candidate extends Coded {
  readonly clause: number;
}

/** Codes each trigger once; one clause codes one event per code and dyad. Also returns the quotes already coded. */
function codeTriggers(data: Dictionaries, s: SentenceState): { candidates: Candidate[]; quoted: Set<Quote> } {
  const memo = new Map<number, ActorRef | null>();
  const candidates: Candidate[] = [];
  const verbsCoded = new Set<number>();
  const seen = new Set<string>();
  const quoted = new Set<Quote>();
  const clauseTarget = new Map<number, ActorRef>();
  for (const t of findTriggers(data.patterns, s.view, s.map)) {
    // "rejected the offer", "suppress protests": a bare noun that a coded verb takes as its object is part of its event.
    if (t.pattern.kind === 'noun' && t.pattern.with.length === 0 && verbsCoded.size > 0 && verbsCoded.has(verbOfObject(s.view, t.index) ?? -1)) continue;
    const found = codeTrigger(data, s, t, memo);
    if (!found) continue;
    if (t.pattern.kind === 'verb') verbsCoded.add(t.index);
    const coded = found.event;
    const ci = s.map.clauseOf[t.index] ?? 0;
    // "expelled members of Moscow's delegation over allegations of spying": the noun's target is the verb's.
    const inherited = clauseTarget.get(ci);
    const e = !coded.target && t.pattern.kind === 'noun' && inherited && inherited.code !== coded.source?.code ? { ...coded, target: inherited } : coded;
    if (e.target && t.pattern.kind === 'verb') clauseTarget.set(ci, e.target);
    // "met in Abuja for the emergency summit": one clause, one meeting.
    if (seen.has(`${ci}|${key(e)}`)) continue;
    seen.add(`${ci}|${key(e)}`);
    candidates.push({ event: e, clause: ci, borrowed: found.borrowed, agentless: found.agentless, reference: found.reference });
    // "… the authorities have chosen to suppress protests in a grossly unlawful way," Tam said: a third party's act
    // in a quote leaves the quote free to code the speaker's own criticism.
    const q = quoteAt(s.view, t.index);
    if (q && (!q.speaker || !e.source || q.speaker.entityId === e.source.entityId || q.speaker.code === e.source.code)) quoted.add(q);
  }
  return { candidates, quoted };
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
function newsOf(candidates: readonly Candidate[], map: ClauseMap): CodedEvent[] {
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
function newSpeech(speech: readonly CodedEvent[], candidates: readonly Candidate[], told: readonly CodedEvent[]): CodedEvent[] {
  if (speech.length === 0) return [];
  const seen = new Set(candidates.map((c) => key(c.event)));
  // "spoke out against the attack, calling it 'an aggression'": the speaker's coded act already says what the quote says.
  const said = (e: CodedEvent): string => `${e.root}|${e.source?.entityId ?? e.source?.code ?? ''}`;
  const acted = new Set(told.map(said));
  return speech.filter((e) => !seen.has(key(e)) && !acted.has(said(e)));
}

function codeSentence(data: Dictionaries, s: SentenceState, trace: Tracer): CodedEvent[] {
  const { candidates, quoted } = codeTriggers(data, s);
  const told = newsOf(candidates, s.map);
  const all = s.view.quotes.length > 0 ? [...told, ...newSpeech(codeSpeech(data, s, quoted), candidates, told)] : told;
  const kept = strongest(all);
  if (kept.length < all.length) trace.add('events', () => `s${s.view.sentence.index} dropped: ${all.filter((e) => !kept.includes(e)).map(describe).join('; ')}`);
  return kept;
}

/** A sentence states few events: keep the most certain ones, in text order. */
const PER_SENTENCE = 2;
const SECOND_GAP = 0.25;
function strongest(events: readonly CodedEvent[]): CodedEvent[] {
  const ranked = [...events].sort((a, b) => b.confidence - a.confidence);
  // A second event must be nearly as certain as the first: weak readings of one sentence are noise.
  const best = ranked[0]?.confidence ?? 0;
  const keep = new Set(ranked.slice(0, PER_SENTENCE).filter((e, i) => i === 0 || e.confidence >= best - SECOND_GAP));
  return events.filter((e) => keep.has(e));
}

/** "Shoukry and his counterparts gathered": another party joins the subject before its verb. */
function namedTogether(view: SentenceView, from: number, verb: number): boolean {
  for (let k = from + 1; k < verb; k++) if (view.words[k] === 'and') return true;
  return false;
}

/** Carries the main subject and the last person named into the next sentence, for "It will …" and "he said". */
function remember(view: SentenceView, map: ClauseMap | null, discourse: Discourse, events: readonly CodedEvent[]): void {
  const firstVerb = view.tokens.findIndex((t) => t.pos === 'VERB');
  const subject = map && firstVerb >= 0 ? subjectOf(view, map, firstVerb, { ...discourse, speaker: null }, new Map()) : view.actors.find((a) => !a.place)?.ref;
  discourse.lastSubject = subject ?? events[0]?.source ?? view.actors.find((a) => !a.place)?.ref ?? discourse.lastSubject;
  const slot = subject ? view.actors.find((a) => a.ref === subject) : undefined;
  if (slot && (slot.entity.type !== 'person' || namedTogether(view, slot.last, firstVerb))) discourse.lastPlural = slot.ref;
  const person = [...view.actors].reverse().find((a) => a.entity.type === 'person');
  if (person) discourse.lastPerson = person.ref;
  const named = view.actors.filter((a) => !a.place).map((a) => a.ref).reverse();
  discourse.recent = [...named, ...discourse.recent].slice(0, 8);
}

/** The last time the sentence states that lies in the past: what the paragraph's narrative goes on from. */
function lastPastTime(view: SentenceView): TimeExpression | null {
  return [...view.times].reverse().find((t) => t.value && t.past && t.precision !== 'vague') ?? null;
}

/** A quick look before the clause work: does any word head a pattern at all? */
function mayHaveEvent(data: Dictionaries, view: SentenceView): boolean {
  const { verbs, nouns, speech } = data.patterns;
  if (view.quotes.length > 0) return true;
  return view.lemmas.some((lemma, i) => verbs.has(lemma) || nouns.has(lemma) || speech.has(lemma) || (view.tokens[i]?.pos === 'ADJ' && (view.words[i] ?? '').endsWith('ed')));
}

/** Countries by code: the article's own country entity, else the dictionary's country of that code. */
function countryLookup(analysis: Analysis, data: Dictionaries): (code: string) => ActorRef | null {
  const named = once(() => {
    const byCode = new Map<string, ActorRef>();
    for (const e of analysis.entities) {
      if (e.type === 'country' && e.code?.length === 3 && !byCode.has(e.code)) byCode.set(e.code, { code: e.code, name: e.name, entityId: e.id });
    }
    return byCode;
  });
  return (code) => {
    const known = data.actors.countries.get(code);
    return named().get(code) ?? (known ? { code, name: known.name } : null);
  };
}

function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The country whose actors and places the article mentions most. */
function homeCountry(analysis: Analysis, country: (code: string) => ActorRef | null): ActorRef | null {
  const counts = new Map<string, number>();
  for (const e of analysis.entities) {
    const code = (e.type === 'place' ? e.geo?.country : e.code)?.slice(0, 3);
    if (code) counts.set(code, (counts.get(code) ?? 0) + e.mentions.length);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => country(code));
  return ranked.find((c) => c !== null) ?? null;
}

export const codeEvents: Stage<Dictionaries> = {
  name: 'events',
  run(analysis: Analysis, { data, trace }): Analysis {
    const views = sentenceViews(analysis);
    const ctx: DateContext = { published: analysis.article.published, newsDay: findNewsDay(views.sentences, views.times, analysis.article.published) };
    const country = countryLookup(analysis, data);
    const discourse: Discourse = { lastSubject: null, lastPlural: null, lastPerson: null, speaker: null, recent: [], country, home: once(() => homeCountry(analysis, country)) };
    const events: CodedEvent[] = [];
    let backgroundFrame = false;
    let carried: { time: TimeExpression; paragraph: number } | null = null;
    for (const sentence of views.sentences) {
      if (sentence.heading !== null || sentence.text.trimEnd().endsWith('?')) continue;
      const view = views.view(sentence.index);
      if (!mayHaveEvent(data, view)) {
        remember(view, null, discourse, []);
        const time = lastPastTime(view);
        if (time) carried = { time, paragraph: sentence.paragraph };
        continue;
      }
      const here = carried?.paragraph === sentence.paragraph ? carried.time : null;
      const state: SentenceState = { view, map: splitClauses(view), discourse, ctx: { ...ctx, carried: here }, backgroundFrame };
      const found = codeSentence(data, state, trace);
      const time = lastPastTime(view);
      if (time) carried = { time, paragraph: sentence.paragraph };
      remember(view, state.map, discourse, found);
      if (found.length > 0) backgroundFrame = found.some((e) => e.background);
      events.push(...found);
      trace.add('events', () => `s${sentence.index}: ${found.map(describe).join('; ') || 'none'}`);
    }
    return { ...analysis, events };
  },
};
