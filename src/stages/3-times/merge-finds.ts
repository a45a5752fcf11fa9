/**
 * Overlapping finds from different finders become one: the longest span wins ("Friday, July 21, 2017" over the
 * bare year "2017"), and on equal length the finder listed first. The result is ordered by position.
 */
import type { FoundTime } from './found-time.js';

/** `groups` are the finders' results in priority order. Runs per sentence, over a handful of finds. */
export function mergeFinds(groups: readonly (readonly FoundTime[])[]): FoundTime[] {
  // Most sentences have one find or none: nothing to merge.
  let count = 0;
  let only: FoundTime | undefined;
  for (const finds of groups) {
    count += finds.length;
    only ??= finds[0];
  }
  if (count === 0 || !only) return [];
  if (count === 1) return [only];
  const ranked = groups.flatMap((finds, priority) => finds.map((find) => ({ find, priority })));
  ranked.sort((a, b) => b.find.end - b.find.start - (a.find.end - a.find.start) || a.priority - b.priority);
  const kept: FoundTime[] = [];
  for (const { find } of ranked) {
    if (!kept.some((k) => k.start < find.end && find.start < k.end)) kept.push(find);
  }
  return kept.sort((a, b) => a.start - b.start);
}
