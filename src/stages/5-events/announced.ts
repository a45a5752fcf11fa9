/**
 * Announced actions are coded as the announcement: a cooperative action someone will, would or is willing to take
 * is an intent (03), a conflictual one made conditional or reported with "would" is a threat (13). A concession
 * (08) someone will make stays one, future: announcing it is conceding.
 *
 *   "Finland will give Tanzania a grant"                  071 -> 0331 (asserted)
 *   "farmers said they would blockade Paris"              191 -> 1381 (asserted)
 *   "Nigeria will withdraw its force unless …"            166 -> 136
 *   "Russia will shut down the liaison mission"           161 stays (future): a plan, not a threat
 */
import type { Modality } from '../../core/index.js';
import type { Clause } from './clauses.js';
import type { SentenceView } from './sentence-view.js';

const INTENT_WORDS = new Set(['will', "'ll", 'would', 'willing', 'ready', 'prepared']);
const CONDITIONS = new Set(['unless', 'if']);

/** The longest prefix of `code` listed in the intent table. */
function lookup(intent: ReadonlyMap<string, string>, code: string): string | null {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const hit = intent.get(c);
    if (hit) return hit;
  }
  return null;
}

function cueBefore(view: SentenceView, clause: Clause, index: number): string | null {
  for (let k = index - 1; k >= Math.max(clause.start, index - 6); k--) {
    const w = view.words[k] ?? '';
    if (INTENT_WORDS.has(w)) return w;
  }
  return null;
}

/** The code the announcement carries, or null when the event stays as it is. */
export function announcedCode(view: SentenceView, clause: Clause, index: number, code: string, modality: Modality, intent: ReadonlyMap<string, string>): string | null {
  if (modality !== 'future' && modality !== 'hypothetical') return null;
  const cue = cueBefore(view, clause, index);
  if (!cue) return null;
  const root = Number(code.slice(0, 2));
  if (root >= 4 && root <= 7) return lookup(intent, code);
  // Yielding is announced by deciding it: "her government will withdraw the bill" is the concession itself (08);
  // "is willing to withdraw its troops" only offers it.
  if (root === 8) return cue === 'will' || cue === "'ll" ? null : lookup(intent, code);
  const conditional = view.words.some((w) => CONDITIONS.has(w));
  if (root >= 14 && (cue === 'would' || conditional)) return lookup(intent, code);
  return null;
}
