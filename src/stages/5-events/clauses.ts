/**
 * Splits a sentence into clauses, so that each event takes its actors, date and modality from its own clause:
 *
 *   "Lavrov announced the moves on Monday | after the military alliance expelled several members …"
 *   "It will also shut down the liaison mission, | which was set up in 2002"
 *   "Russia has suspended its mission to Nato | and closed the alliance's offices in Moscow"
 */
import { BELIEF_VERBS, RELATIVES, SPEECH_VERBS, SUBORDINATORS } from './grammar-words.js';
import { misreadNoun, type SentenceView } from './sentence-view.js';

export type ClauseKind =
  | 'main'
  | 'sub' // opened by a subordinator: "after the alliance expelled …"
  | 'relative' // "…, which was set up in 2002": its subject is the noun before
  | 'coord' // "… and closed the offices": its subject is the previous clause's
  | 'content'; // what a speech verb reports: "said (that) the alliance regretted …"

export interface Clause {
  readonly kind: ClauseKind;
  /** Local token range [start, end). */
  readonly start: number;
  readonly end: number;
}

export interface ClauseMap {
  readonly clauses: readonly Clause[];
  /** Clause index of each local token. */
  readonly clauseOf: readonly number[];
}

const isVerb = (pos: string | undefined): boolean => pos === 'VERB';
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);

/**
 * True when a verb follows within `reach` tokens before any punctuation: a clause, not a phrase ("after the
 * collapse"). `across` lets it read over "and" ("in which Turkey and Libya agreed") or also commas ("said Hamza bin
 * Laden, son of …, has been killed").
 */
function verbFollows(view: SentenceView, from: number, reach: number, across: 'none' | 'and' | 'commas' = 'none'): boolean {
  for (let i = from; i < Math.min(view.tokens.length, from + reach); i++) {
    const t = view.tokens[i];
    if (!t || (t.pos === 'CCONJ' && across === 'none')) return false;
    if (t.pos === 'PUNCT' && t.text !== '"' && t.text !== '\u201c' && !((t.text === ',' || t.text === '-') && across === 'commas')) return false;
    if (isVerb(t.pos) || (t.pos === 'AUX' && i > from) || (t.pos === 'NOUN' && misreadNoun(view, i))) return true;
  }
  return false;
}

/** "and closed", "and will also shut": a coordinated verb phrase that shares the subject. */
function coordinatedVerb(view: SentenceView, i: number): boolean {
  for (let k = i + 1; k < Math.min(view.tokens.length, i + 4); k++) {
    const pos = view.tokens[k]?.pos;
    if (isVerb(pos)) return true;
    if (pos !== 'ADV' && pos !== 'AUX' && pos !== 'PART') return false;
  }
  return false;
}

/** "since 2019", "after November 1": a time expression, not a clause. */
function startsTime(view: SentenceView, i: number): boolean {
  const t = view.tokens[i];
  const next = view.tokens[i + 1];
  if (!t) return false;
  if (next?.pos === 'NUM') return true;
  return view.times.some((x) => x.start <= t.start && t.start < x.end) || (!!next && view.times.some((x) => x.start === next.start));
}

/** What a speech verb reports starts at `i`: "said the alliance regretted …", "said Hamza bin Laden, son of …, has been killed". */
function reportedClause(view: SentenceView, i: number): boolean {
  return verbFollows(view, i, 12) || (view.tokens[i]?.pos === 'PROPN' && verbFollows(view, i, 20, 'commas'));
}

function boundaryAt(view: SentenceView, i: number): ClauseKind | null {
  const t = view.tokens[i];
  const w = view.words[i] ?? '';
  const prev = view.tokens[i - 1];
  if (!t || !prev) return null;
  if (w === ';') return 'main';
  if (t.pos === 'CCONJ' && coordinatedVerb(view, i)) return 'coord';
  // The tags before the word look-ups: most tokens are of no tag that opens a clause, and this runs for every token.
  if ((t.pos === 'PRON' || t.pos === 'DET' || t.pos === 'SCONJ' || (w === 'where' && prev.text === ',')) && RELATIVES.has(w)) {
    if (w === 'that' && (SPEECH_VERBS.has(prev.lemma) || BELIEF_VERBS.has(prev.lemma))) return 'content';
    // "the memoranda, in which Turkey and Libya agreed …": a preposition may open the relative clause.
    if (prev.text === ',' || prev.pos === 'NOUN' || prev.pos === 'PROPN' || (prev.pos === 'ADP' && w !== 'that')) return verbFollows(view, i + 1, 8, 'and') ? 'relative' : null;
    return w === 'that' && verbFollows(view, i + 1, 10) ? 'content' : null;
  }
  if ((t.pos === 'SCONJ' || t.pos === 'ADP') && SUBORDINATORS.has(w) && !startsTime(view, i) && verbFollows(view, i + 1, 10)) return 'sub';
  if (w === 'with' && prev.text === ',' && verbFollows(view, i + 1, 8)) return 'sub';
  if (isVerb(prev.pos) && (SPEECH_VERBS.has(prev.lemma) || BELIEF_VERBS.has(prev.lemma)) && t.pos !== 'PUNCT' && t.pos !== 'ADP' && reportedClause(view, i)) {
    // "36 people believed to have been involved": a participle after a noun describes it, like a relative clause.
    return w === 'to' && NOMINAL.has(view.tokens[i - 2]?.pos ?? '') ? 'relative' : 'content';
  }
  return null;
}

export function splitClauses(view: SentenceView): ClauseMap {
  const clauses: Clause[] = [];
  const clauseOf: number[] = [];
  let start = 0;
  let kind: ClauseKind = 'main';
  for (let i = 0; i < view.tokens.length; i++) {
    const next = i > 0 ? boundaryAt(view, i) : null;
    if (next && i > start) {
      clauses.push({ kind, start, end: i });
      start = i;
      kind = next;
    }
    clauseOf.push(clauses.length);
  }
  clauses.push({ kind, start, end: view.tokens.length });
  return { clauses, clauseOf };
}
