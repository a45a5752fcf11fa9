/**
 * Modality of an event from the words of its clause before the trigger:
 *
 *   "have not been held"          -> negated       "no longer exist"        -> negated
 *   "will also shut down"         -> future        "plans to visit"         -> future
 *   "is expected to suspend"      -> expected      "could liaise", "if …"   -> hypothetical
 *   "alleged election interference", "accused of spying" -> alleged
 */
import type { Modality } from '../../core/index.js';
import type { Clause } from './clauses.js';
import { ALLEGED_WORDS, BELIEF_VERBS, EXPECTED_WORDS, FUTURE_AUX, FUTURE_VERBS, HYPOTHETICAL_AUX, HYPOTHETICAL_VERBS, NEGATORS } from './grammar-words.js';
import type { SentenceView } from './sentence-view.js';

const RANK: Readonly<Record<Modality, number>> = { negated: 5, hypothetical: 4, expected: 3, future: 2, alleged: 1, asserted: 0 };

function stronger(a: Modality, b: Modality): Modality {
  return RANK[b] > RANK[a] ? b : a;
}

/** "to" + verb after a verb of intent: "plans to", "threatened to", "refused to". */
function complementOf(view: SentenceView, toIndex: number): Modality | null {
  const head = view.tokens[toIndex - 1];
  const before = view.tokens[toIndex - 2];
  if (!head) return null;
  const lemma = head.lemma.toLowerCase();
  if (EXPECTED_WORDS.has(view.words[toIndex - 1] ?? '') && before?.lemma === 'be') return 'expected';
  if (lemma === 'be' || lemma === 'going') return 'future';
  if (lemma === 'refuse' || lemma === 'fail' || lemma === 'decline') return 'negated';
  if (FUTURE_VERBS.has(lemma)) return 'future';
  if (HYPOTHETICAL_VERBS.has(lemma)) return 'hypothetical';
  if (EXPECTED_WORDS.has(view.words[toIndex - 1] ?? '')) return 'expected';
  return null;
}

/** Reads the verb group before the trigger (up to 6 words, inside the clause) and the clause opener. */
export function modalityOf(view: SentenceView, clause: Clause, index: number, isNoun: boolean): Modality {
  let m: Modality = 'asserted';
  const opener = view.words[clause.start] ?? '';
  if (opener === 'if' || opener === 'unless' || (opener === 'in' && view.words[clause.start + 2] === 'event')) m = 'hypothetical';
  // "agencies believe (that) the prince ordered the killing": a belief's content is alleged.
  const governing = clause.start - 1;
  if (clause.kind === 'content' && BELIEF_VERBS.has(view.tokens[governing]?.lemma ?? '')) m = 'alleged';
  const from = Math.max(clause.start, index - 6);
  for (let k = index - 1; k >= from; k--) {
    const w = view.words[k] ?? '';
    const pos = view.tokens[k]?.pos;
    if (isNoun && (pos === 'VERB' || pos === 'ADP') && !ALLEGED_WORDS.has(w)) break;
    if (NEGATORS.has(w) || (w === 'longer' && view.words[k - 1] === 'no')) m = stronger(m, 'negated');
    else if (FUTURE_AUX.has(w)) m = stronger(m, 'future');
    else if (HYPOTHETICAL_AUX.has(w) && pos === 'AUX') m = stronger(m, w === 'would' ? 'future' : 'hypothetical');
    else if (ALLEGED_WORDS.has(w)) m = stronger(m, 'alleged');
    else if (w === 'to' && pos === 'PART') m = stronger(m, complementOf(view, k) ?? 'asserted');
  }
  if (isNoun) m = stronger(m, nounClauseModality(view, clause, index));
  return m;
}

/** A noun that is its clause's subject takes the verb group after it: "Meetings … have not been held". */
function nounClauseModality(view: SentenceView, clause: Clause, index: number): Modality {
  let m: Modality = 'asserted';
  let sawVerb = false;
  for (let k = index + 1; k < clause.end && !sawVerb; k++) {
    const w = view.words[k] ?? '';
    const pos = view.tokens[k]?.pos;
    if (pos === 'VERB') sawVerb = true;
    if (k > index + 8) break;
    if (pos !== 'AUX' && pos !== 'PART' && pos !== 'ADV') continue;
    if (NEGATORS.has(w)) m = stronger(m, 'negated');
    else if (FUTURE_AUX.has(w)) m = stronger(m, 'future');
    else if (HYPOTHETICAL_AUX.has(w)) m = stronger(m, 'hypothetical');
  }
  if (view.words[index - 1] === 'no') m = stronger(m, 'negated');
  return m;
}
