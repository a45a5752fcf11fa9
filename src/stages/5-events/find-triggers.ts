/**
 * Finds event triggers in a sentence: verbs and nouns whose lemma heads a pattern, checked against the words near
 * them. The most specific pattern of a head wins; the word it matched ("sanctions" in "impose sanctions") is
 * consumed, so that it does not fire again as a noun.
 */
import type { EventPattern, PatternSet } from '../../dictionaries/index.js';
import type { Clause, ClauseMap } from './clauses.js';
import { misreadNoun, type SentenceView } from './sentence-view.js';
import { STATIVE_PARTICIPLES } from './grammar-words.js';

export interface Trigger {
  /** Local token index of the head word. */
  readonly index: number;
  readonly pattern: EventPattern;
  readonly passive: boolean;
  /** Local index of the word that satisfied the pattern's `with` list, if any. */
  readonly withIndex: number | null;
  /** Last local token of the trigger phrase (the particle or matched word when after the head). */
  readonly end: number;
}

const VERB_WINDOW = 12;
const NOUN_BEFORE = 3;
const NOUN_AFTER = 6;

/** "was expelled", "have not been held", "were detained" — but not "has been experiencing" or "is to leave". */
export function isPassive(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  if (!t || t.pos !== 'VERB' || t.text.toLowerCase().endsWith('ing')) return false;
  // "Vietnam is committed to opening up": a state of the subject, who is the doer.
  if (STATIVE_PARTICIPLES.has(t.lemma) && view.words[i + 1] === 'to') return false;
  // "reporting 150 soldiers and hundreds of Taliban killed.": a participle closing a noun phrase is a reduced passive.
  if (reducedPassive(view, i)) return true;
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const p = view.tokens[k];
    if (!p) break;
    if (p.pos === 'AUX') return p.lemma === 'be' || p.lemma === 'get';
    // An infinitive after "be" is a plan, not a passive: "he is to leave office", "they were to meet".
    if ((p.pos !== 'ADV' && p.pos !== 'PART') || p.text.toLowerCase() === 'to') return false;
  }
  return false;
}

const NOMINAL_END = new Set(['NOUN', 'PROPN', 'NUM']);

function reducedPassive(view: SentenceView, i: number): boolean {
  const next = view.tokens[i + 1];
  return (view.words[i] ?? '').endsWith('ed') && NOMINAL_END.has(view.tokens[i - 1]?.pos ?? '') && (!next || (next.pos === 'PUNCT' && next.text !== '"') || view.words[i + 1] === 'by');
}

/** "counter-protesters" -> "protester": the last part of a hyphenated word, singular; "" for a plain word. */
function hyphenTail(word: string): string {
  const dash = word.lastIndexOf('-');
  if (dash < 0) return '';
  const tail = word.slice(dash + 1);
  return tail.endsWith('s') ? tail.slice(0, -1) : tail;
}

function findWord(view: SentenceView, words: ReadonlySet<string>, from: number, to: number, skip: number): number | null {
  if (words.size === 0) return null;
  for (let k = Math.max(0, from); k < Math.min(view.tokens.length, to); k++) {
    if (k === skip) continue;
    const word = view.words[k] ?? '';
    const lemma = view.lemmas[k] ?? '';
    // Most words are their own lemma: one look-up then.
    if (words.has(word) || (lemma !== word && words.has(lemma))) return k;
    // "clashes with counter-protesters" matches "protester".
    if (word.length > 4 && word.includes('-') && words.has(hyphenTail(word))) return k;
  }
  return null;
}

function windowOf(p: EventPattern, i: number, passive: boolean, clause: Clause): [number, number] {
  if (p.kind === 'noun') return [Math.max(clause.start, i - NOUN_BEFORE), Math.min(clause.end, i + NOUN_AFTER + 1)];
  if (passive) return [Math.max(clause.start, i - VERB_WINDOW), Math.min(clause.end, i + VERB_WINDOW)];
  return [i + 1, Math.min(clause.end, i + VERB_WINDOW + 1)];
}

function particleAt(view: SentenceView, p: EventPattern, i: number): number | null {
  if (!p.particle) return i;
  // "shut down the mission", "pulled its troops out": the particle may follow a short object.
  for (let k = i + 1; k <= i + 4; k++) if (view.words[k] === p.particle) return k;
  return null;
}

function matchPattern(view: SentenceView, p: EventPattern, i: number, passive: boolean, clause: Clause): Trigger | null {
  // Most patterns have no flags: the size check spares two look-ups for every pattern tried.
  if (p.flags.size > 0 && ((p.flags.has('passive-only') && !passive) || (p.flags.has('active-only') && passive))) return null;
  const particle = particleAt(view, p, i);
  if (particle === null) return null;
  const [from, to] = windowOf(p, i, passive, clause);
  if (p.withoutSet.size > 0 && findWord(view, p.withoutSet, from, to, i) !== null) return null;
  const withIndex = findWord(view, p.withSet, from, to, i);
  if (p.with.length > 0 && withIndex === null) return null;
  return { index: i, pattern: p, passive, withIndex, end: Math.max(particle, withIndex ?? i) };
}

/**
 * wink sometimes tags a finite past verb as an adjective after a name ("Turkey mediated between …"): such a word
 * is looked up as a verb, by its stem.
 */
function misreadVerb(patterns: PatternSet, view: SentenceView, i: number): readonly EventPattern[] {
  const w = view.words[i] ?? '';
  const prev = view.tokens[i - 1]?.pos;
  if (!w.endsWith('ed') || (prev !== 'PROPN' && prev !== 'NOUN' && prev !== 'PRON')) return [];
  return patterns.verbs.get(w.slice(0, -1)) ?? patterns.verbs.get(w.slice(0, -2)) ?? [];
}

function candidates(patterns: PatternSet, view: SentenceView, i: number): readonly EventPattern[] {
  const pos = view.tokens[i]?.pos;
  if (pos === 'ADJ') return misreadVerb(patterns, view, i);
  if (pos === 'NOUN' && misreadNoun(view, i)) return patterns.verbs.get(view.lemmas[i] ?? '') ?? [];
  // A modal heads a pattern only when the pattern says so: "must" in "Sudan must return the helicopter".
  if (pos === 'AUX') return (patterns.verbs.get(view.words[i] ?? '') ?? []).filter((p) => p.flags.has('reported'));
  const table = pos === 'VERB' ? patterns.verbs : pos === 'NOUN' || pos === 'PROPN' ? patterns.nouns : null;
  if (!table) return [];
  const lemma = view.lemmas[i] ?? '';
  const found = table.get(lemma);
  if (found) return found;
  // Else the tagger's own lemma, lower-cased, if the view's differs from it ("Meetings" tagged PROPN: "meeting" there).
  const own = view.tokens[i]?.lemma.toLowerCase() ?? '';
  return own === lemma ? [] : table.get(own) ?? [];
}

const CONTENT_PREPOSITIONS = new Set(['of', 'for', 'on', 'about']);

/**
 * "accused the West of interfering", "criticised for backing", "the agreement on sending soldiers": the gerund is
 * the content of a word before it, not an event.
 */
function gerundComplement(view: SentenceView, i: number): boolean {
  return CONTENT_PREPOSITIONS.has(view.words[i - 1] ?? '') && (view.words[i] ?? '').endsWith('ing');
}

/** Words that let a following infinitive name a possibility only: "a bill that would have allowed China to extradite". */
const PERMISSIVE = new Set(['allow', 'permit', 'enable', 'let', 'authorize', 'authorise', 'empower']);

/**
 * "took decisive action to protect personnel", "a bill that would allow China to extradite": an infinitive that
 * completes a noun (a purpose) or a verb of permission is no event of its own.
 */
function dependentInfinitive(view: SentenceView, i: number): boolean {
  // "to be prosecuted" reads as "to prosecute".
  if (view.words[i - 1] === 'be' && view.words[i - 2] === 'to') return dependentInfinitive(view, i - 1);
  if (view.words[i - 1] !== 'to') return false;
  // A noun that is no actor: "action to protect" (not "instructed security agencies to investigate").
  if (view.tokens[i - 2]?.pos === 'NOUN') return !view.actorAt[i - 2];
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    if (PERMISSIVE.has(view.tokens[k]?.lemma ?? '')) return true;
    if (view.tokens[k]?.pos === 'VERB' || view.tokens[k]?.pos === 'PUNCT') return false;
  }
  return false;
}

/** "the release and dropping of charges": a gerund before "of" is a noun, coded by the noun patterns if at all. */
function nominalGerund(view: SentenceView, i: number): boolean {
  return (view.words[i] ?? '').endsWith('ing') && view.words[i + 1] === 'of';
}

/** Pronouns a participle can describe: "anyone accused of a crime", "those detained". */
const DESCRIBED = new Set(['anyone', 'anybody', 'someone', 'somebody', 'those', 'everyone']);

/**
 * "extradite accused criminals", "the expelled diplomats", "a U.S.-designated organization", "anyone accused of
 * a crime": a participle used as an adjective names no event.
 */
function adjectival(view: SentenceView, i: number): boolean {
  if (!(view.words[i] ?? '').endsWith('ed')) return false;
  const next = view.tokens[i + 1]?.pos;
  const prev = view.tokens[i - 1]?.pos;
  const possessive = view.words[i - 1] === "'s" || view.words[i - 1] === '\u2019s';
  if (view.words[i - 1] === '-' || (DESCRIBED.has(view.words[i - 1] ?? '') && view.tokens[i - 2]?.pos !== 'AUX')) return true;
  return (next === 'NOUN' || next === 'PROPN') && (prev === 'DET' || prev === 'ADJ' || prev === 'VERB' || prev === 'ADP' || possessive);
}

/** "must return": the verb a modal governs is the content of the demand, not an event of its own. */
function consumeNextVerb(view: SentenceView, i: number, consumed: number[]): void {
  for (let k = i + 1; k <= i + 3; k++) {
    const pos = view.tokens[k]?.pos;
    if (pos === 'VERB') return void consumed.push(k);
    if (pos !== 'ADV' && pos !== 'PART' && pos !== 'AUX') return;
  }
}

/** A verb form that is a noun's or verb's complement, a description or a noun: no event of its own. */
function noEventOfItsOwn(view: SentenceView, i: number): boolean {
  return gerundComplement(view, i) || adjectival(view, i) || dependentInfinitive(view, i) || nominalGerund(view, i);
}

/** wink's tags of a word that heads verb patterns: a verb, a modal, a misread past form or plural. */
function readsAsVerb(view: SentenceView, i: number): boolean {
  const pos = view.tokens[i]?.pos;
  return pos === 'VERB' || pos === 'AUX' || pos === 'ADJ' || (pos === 'NOUN' && misreadNoun(view, i));
}

/** The first of the head's patterns (most specific first) that matches fires, and consumes the words it matched. */
function fire(view: SentenceView, i: number, heads: readonly EventPattern[], passive: boolean, clause: Clause, found: { triggers: Trigger[]; consumed: number[] }): void {
  for (const p of heads) {
    const hit = matchPattern(view, p, i, passive, clause);
    if (!hit) continue;
    found.triggers.push(hit);
    found.consumed.push(i);
    if (hit.withIndex !== null) found.consumed.push(hit.withIndex);
    if (p.flags.has('reported')) consumeNextVerb(view, i, found.consumed);
    return;
  }
}

/**
 * Verbs first, then nouns, each token firing at most one pattern and no consumed word firing at all: one pass over
 * the tokens fires the verbs and keeps the nouns that head patterns for after it.
 */
export function findTriggers(patterns: PatternSet, view: SentenceView, clauses: ClauseMap): Trigger[] {
  // The few consumed tokens: a short list costs less to make and to search than a Set or a flag for every token.
  const found = { triggers: [] as Trigger[], consumed: [] as number[] };
  const nouns: { index: number; heads: readonly EventPattern[] }[] = [];
  for (let i = 0; i < view.tokens.length; i++) {
    const heads = candidates(patterns, view, i);
    if (heads.length === 0) continue;
    if (!readsAsVerb(view, i)) {
      nouns.push({ index: i, heads });
      continue;
    }
    const clause = clauses.clauses[clauses.clauseOf[i] ?? 0];
    if (found.consumed.includes(i) || noEventOfItsOwn(view, i) || !clause) continue;
    fire(view, i, heads, isPassive(view, i), clause, found);
  }
  for (const { index, heads } of nouns) {
    const clause = clauses.clauses[clauses.clauseOf[index] ?? 0];
    if (!found.consumed.includes(index) && clause) fire(view, index, heads, false, clause, found);
  }
  return dropDemandContent(found.triggers.sort((a, b) => a.index - b.index), view, clauses);
}

const CONTENT_ROOTS = new Set(['02', '10']);

/**
 * "called on all parties to stop the fighting", "urged Israel to allow aid": what is demanded is not an event.
 * Triggers after an appeal or demand in its clause, past a "to", are its content and are dropped.
 */
function dropDemandContent(triggers: readonly Trigger[], view: SentenceView, clauses: ClauseMap): Trigger[] {
  const kept: Trigger[] = [];
  let demand: Trigger | null = null;
  let sawTo = false;
  for (const t of triggers) {
    if (demand && (clauses.clauseOf[t.index] !== clauses.clauseOf[demand.index])) demand = null;
    if (demand) {
      // "called on Turkey to halt", "demands for investigations into …": what follows is the content.
      const opener = demand.pattern.kind === 'verb' ? 'to' : 'for';
      for (let k = demand.index + 1; k < t.index && !sawTo; k++) sawTo = view.words[k] === opener;
      if (sawTo) continue;
    }
    kept.push(t);
    if (CONTENT_ROOTS.has(t.pattern.code.slice(0, 2))) {
      demand = t;
      sawTo = false;
    }
  }
  return kept;
}
