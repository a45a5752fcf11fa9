/**
 * Gives "the day" and "the same day" the day the article named last before them: "Shares fell on Tuesday. By the
 * end of the day the index had lost 3%" -> the Tuesday. With no day named before, they keep the publication day.
 */
import type { TimeExpression } from '../../core/index.js';
import { ANAPHORIC_DAY_RULE } from './found-time.js';

/** How many sentences back the named day may stand. */
const REACH = 3;

/**
 * `times` in text order. Only days up to the publication date are antecedents: in "The ban takes effect on
 * December 10. The rules were released later the same day", the same day is not December 10.
 */
export function linkAnaphora(times: readonly TimeExpression[], published: string | null): TimeExpression[] {
  const linked: TimeExpression[] = [];
  let named: TimeExpression | null = null;
  for (const time of times) {
    if (time.rule !== ANAPHORIC_DAY_RULE || time.value === null) {
      linked.push(time);
      if (time.precision === 'day' && time.value !== null && (published === null || time.value <= published)) named = time;
      continue;
    }
    const antecedent = named && time.sentence - named.sentence <= REACH ? named : null;
    linked.push(antecedent ? { ...time, value: antecedent.value, past: antecedent.past } : time);
  }
  return linked;
}
