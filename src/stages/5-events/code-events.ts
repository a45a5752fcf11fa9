/**
 * Stage 5: CAMEO events. Per sentence (headings and questions excepted): split clauses, find pattern triggers,
 * take source and target from the clause's actors, then modality, date, background, location and reporter.
 */
import type { ActorRef, Analysis, CodedEvent, Geo, Modality, Quote, Stage, TimeExpression, Tracer } from '../../core/index.js';
import type { Dictionaries, PatternSet } from '../../dictionaries/index.js';
import { buildEvent } from './build-event.js';
import { splitClauses, type Clause, type ClauseMap } from './clauses.js';
import { eventDate, findNewsDay, type DateContext } from './event-date.js';
import { findTriggers, type Trigger } from './find-triggers.js';
import { LOCATIVE } from './grammar-words.js';
import { modalityOf } from './modality.js';
import { announcedCode } from './announced.js';
import { governor, participantsOf, subjectOf, type Discourse, type Participants } from './participants.js';
import { outsideEvent } from './clause-actors.js';
import { sentenceViews, type ActorSlot, type SentenceView } from './sentence-view.js';
import { countryLookup, homeCountry, once } from './article-countries.js';
import { key, newSpeech, newsOf, OWN_PHRASE, timeReference, verbOfObject, type Candidate, type Coded } from './sentence-news.js';
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

/** "Russia said Sudan must return the helicopter": the reporter demands, of the modal's subject. */
function demandParties(s: SentenceState, t: Trigger, reporter: ActorRef | null, memo: Map<number, ActorRef | null>): Participants {
  const subject = subjectOf(s.view, s.map, t.index, s.discourse, memo);
  const source = reporter && reporter.entityId !== subject?.entityId ? reporter : null;
  return { source, target: subject, how: source ? 'subject' : 'fallback-source' };
}

/** Speech whose content is codable: source the speaker, target the first other actor the quote names. */
function codeSpeech(data: Dictionaries, s: SentenceState, coded: readonly Quote[]): CodedEvent[] {
  const { view, map } = s;
  return speechHits(data.patterns, view, coded).flatMap((hit) => {
    const speaker = hit.quote.speaker;
    const other = (a: ActorSlot): boolean => a.ref.code !== speaker?.code && !a.place && !outsideEvent(view, a);
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

/** Codes each trigger once; one clause codes one event per code and dyad. Also returns the quotes already coded. */
function codeTriggers(data: Dictionaries, s: SentenceState): { candidates: Candidate[]; quoted: Quote[] } {
  const memo = new Map<number, ActorRef | null>();
  const candidates: Candidate[] = [];
  // A sentence has few triggers: short lists, cheaper to make than a Set or Map for each sentence.
  const verbsCoded: number[] = [];
  const seen: string[] = [];
  const quoted: Quote[] = [];
  const clauseTarget: (ActorRef | undefined)[] = [];
  for (const t of findTriggers(data.patterns, s.view, s.map)) {
    // "rejected the offer", "suppress protests": a bare noun that a coded verb takes as its object is part of its event.
    if (t.pattern.kind === 'noun' && t.pattern.with.length === 0 && verbsCoded.length > 0 && verbsCoded.includes(verbOfObject(s.view, t.index) ?? -1)) continue;
    const found = codeTrigger(data, s, t, memo);
    if (!found) continue;
    if (t.pattern.kind === 'verb') verbsCoded.push(t.index);
    const coded = found.event;
    const ci = s.map.clauseOf[t.index] ?? 0;
    // "expelled members of Moscow's delegation over allegations of spying": the noun's target is the verb's.
    const inherited = clauseTarget[ci];
    const e = !coded.target && t.pattern.kind === 'noun' && inherited && inherited.code !== coded.source?.code ? { ...coded, target: inherited } : coded;
    if (e.target && t.pattern.kind === 'verb') clauseTarget[ci] = e.target;
    // "met in Abuja for the emergency summit": one clause, one meeting.
    const once = `${ci}|${key(e)}`;
    if (seen.includes(once)) continue;
    seen.push(once);
    candidates.push({ event: e, clause: ci, borrowed: found.borrowed, agentless: found.agentless, reference: found.reference });
    // "… the authorities have chosen to suppress protests in a grossly unlawful way," Tam said: a third party's act
    // in a quote leaves the quote free to code the speaker's own criticism.
    const q = quoteAt(s.view, t.index);
    if (q && (!q.speaker || !e.source || q.speaker.entityId === e.source.entityId || q.speaker.code === e.source.code) && !quoted.includes(q)) quoted.push(q);
  }
  return { candidates, quoted };
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
  if (events.length < 2) return [...events];
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
  const subject = map && firstVerb >= 0 ? subjectOf(view, map, firstVerb, unspoken(discourse), new Map()) : view.actors.find((a) => !a.place)?.ref;
  discourse.lastSubject = subject ?? events[0]?.source ?? view.actors.find((a) => !a.place)?.ref ?? discourse.lastSubject;
  const slot = subject ? view.actors.find((a) => a.ref === subject) : undefined;
  if (slot && (slot.entity.type !== 'person' || namedTogether(view, slot.last, firstVerb))) discourse.lastPlural = slot.ref;
  const person = findLast(view.actors, (a) => a.entity.type === 'person');
  if (person) discourse.lastPerson = person.ref;
  // "… without a court warrant": an actor that took no part here is no one the next sentence goes on about.
  const recent: ActorRef[] = [];
  for (let k = view.actors.length - 1; k >= 0 && recent.length < RECENT; k--) {
    const a = view.actors[k];
    if (a && !a.place && !outsideEvent(view, a)) recent.push(a.ref);
  }
  for (let k = 0; k < discourse.recent.length && recent.length < RECENT; k++) recent.push(discourse.recent[k] as ActorRef);
  discourse.recent = recent;
}

/** How many actors of the previous sentences the discourse keeps. */
const RECENT = 8;

/** The discourse outside any quote: the same state with no speaker (a literal, not a spread: this runs per sentence). */
function unspoken(d: Discourse): Discourse {
  return { lastSubject: d.lastSubject, lastPlural: d.lastPlural, lastPerson: d.lastPerson, speaker: null, recent: d.recent, country: d.country, home: d.home };
}

/** The last item that passes `test`, without copying the array. */
function findLast<T>(items: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k] as T;
    if (test(item)) return item;
  }
  return undefined;
}

/** The last time the sentence states that lies in the past: what the paragraph's narrative goes on from. */
function lastPastTime(view: SentenceView): TimeExpression | null {
  return findLast(view.times, (t) => !!t.value && t.past && t.precision !== 'vague') ?? null;
}

/** Every lemma that heads a verb, noun or speech pattern, one set per pattern set. */
const headsOf = new WeakMap<PatternSet, ReadonlySet<string>>();
function patternHeads(patterns: PatternSet): ReadonlySet<string> {
  let heads = headsOf.get(patterns);
  if (!heads) {
    heads = new Set([...patterns.verbs.keys(), ...patterns.nouns.keys(), ...patterns.speech.keys()]);
    headsOf.set(patterns, heads);
  }
  return heads;
}

/** A quick look before the clause work: does any word head a pattern at all? */
function mayHaveEvent(data: Dictionaries, view: SentenceView): boolean {
  if (view.quotes.length > 0) return true;
  const heads = patternHeads(data.patterns);
  const { lemmas, tokens, words } = view;
  for (let i = 0; i < lemmas.length; i++) {
    if (heads.has(lemmas[i] ?? '') || (tokens[i]?.pos === 'ADJ' && (words[i] ?? '').endsWith('ed'))) return true;
  }
  return false;
}

/** "… will they?": a question, whose events are asked about, not told (`text.trimEnd().endsWith('?')`, uncopied). */
function isQuestion(text: string): boolean {
  let k = text.length - 1;
  while (k >= 0 && WHITE_SPACE.test(text.charAt(k))) k--;
  return text.charCodeAt(k) === 63;
}
const WHITE_SPACE = /\s/;

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
      if (sentence.heading !== null || isQuestion(sentence.text)) continue;
      const view = views.view(sentence.index);
      if (!mayHaveEvent(data, view)) {
        remember(view, null, discourse, []);
        const time = lastPastTime(view);
        if (time) carried = { time, paragraph: sentence.paragraph };
        continue;
      }
      const here = carried?.paragraph === sentence.paragraph ? carried.time : null;
      const state: SentenceState = { view, map: splitClauses(view), discourse, ctx: { published: ctx.published, newsDay: ctx.newsDay, carried: here }, backgroundFrame };
      const found = codeSentence(data, state, trace);
      const time = lastPastTime(view);
      if (time) carried = { time, paragraph: sentence.paragraph };
      remember(view, state.map, discourse, found);
      if (found.length > 0) backgroundFrame = found.some((e) => e.background);
      events.push(...found);
      if (trace.enabled) trace.add('events', () => `s${sentence.index}: ${found.map(describe).join('; ') || 'none'}`);
    }
    return { ...analysis, events };
  },
};
