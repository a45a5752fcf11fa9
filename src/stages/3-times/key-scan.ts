/**
 * Which of a set of keys a text contains, in one scan instead of one `includes` per key: the same answer as
 * `text.includes(key)` for each key. A zero-width match at each position where some key starts captures the
 * longest key there; the shorter keys that start there are its prefixes ("week" in "weekend").
 *
 *   keysIn("this weekend")  with keys "this ", "week", "weekend" -> {"this ", "weekend", "week"}
 */
export interface KeyScan {
  readonly keysIn: (text: string) => ReadonlySet<string>;
}

/** A key as a regular expression that matches it literally. */
export const escapeKey = (key: string): string => key.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function keyScan(keys: readonly string[]): KeyScan {
  const longestFirst = [...new Set(keys)].sort((a, b) => b.length - a.length);
  const at = new RegExp(`(?=(?<key>${longestFirst.map(escapeKey).join('|')}))`, 'gu');
  const prefixes = new Map(longestFirst.map((key) => [key, longestFirst.filter((k) => key.startsWith(k))]));
  return {
    keysIn(text) {
      const found = new Set<string>();
      for (const m of text.matchAll(at)) for (const k of prefixes.get(m.groups?.key ?? '') ?? []) found.add(k);
      return found;
    },
  };
}
