/** The countries an article's events may name for a party the text leaves unnamed. */
import type { ActorRef, Analysis } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';

/** Countries by code: the article's own country entity, else the dictionary's country of that code. */
export function countryLookup(analysis: Analysis, data: Dictionaries): (code: string) => ActorRef | null {
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

export function once<T>(make: () => T): () => T {
  let made: { value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}

/** The country whose actors and places the article mentions most. */
export function homeCountry(analysis: Analysis, country: (code: string) => ActorRef | null): ActorRef | null {
  const counts = new Map<string, number>();
  for (const e of analysis.entities) {
    const code = (e.type === 'place' ? e.geo?.country : e.code)?.slice(0, 3);
    if (code) counts.set(code, (counts.get(code) ?? 0) + e.mentions.length);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([code]) => country(code));
  return ranked.find((c) => c !== null) ?? null;
}
