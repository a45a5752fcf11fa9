/**
 * Parties and movements the dictionary does not know, from the shape of their name: a run of capitalised words
 * ending in a party word.
 *
 *   "the Fatah Party said"            -> organisation "Fatah Party", PTY of the country the context is about
 *   "the Liberal Democrats won"       -> organisation "Liberal Democrats"
 *   "the Scottish National Party"     -> the demonym inside the name states the country (GBR + PTY)
 *   "Party officials", "The Party"    -> nothing: a name needs a capitalised word before its party word
 */
import type { Draft, EntityBook } from './entity-book.js';
import type { Sighting } from './infer-affiliation.js';
import { dominantActor } from './infer-affiliation.js';
import { mentionOf } from './mention.js';
import type { Resolved } from './resolve-senses.js';
import type { Word } from './words.js';

/** Last words of a party's or movement's name. */
const PARTY_HEADS = new Set(['party', 'democrats', 'republicans', 'socialists', 'front', 'movement', 'league', 'alliance']);
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019-]*$/u;
const MAX_NAME_WORDS = 6;
const COUNTRIES: ReadonlySet<Sighting['kind']> = new Set(['country']);

export interface PartyContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly sightings: readonly Sighting[];
}

/**
 * Adds one organisation per distinct party name. `taken` marks words already read as something else (a person,
 * a role, a dictionary name other than a country).
 */
export function addParties(book: EntityBook, resolved: readonly Resolved[], taken: Uint8Array, c: PartyContext): Draft[] {
  const countryAt = new Map<number, Resolved>();
  const countryCover = new Uint8Array(c.words.length);
  for (const r of resolved) {
    if (r.sense.kind !== 'country' || r.sense.form === 'capital') continue;
    countryAt.set(r.first, r);
    countryCover.fill(1, r.first, r.end);
  }
  const out: Draft[] = [];
  for (let head = 1; head < c.words.length; head++) {
    const w = c.words[head];
    if (!w || w.shape !== 'capital' || taken[head] === 1 || !PARTY_HEADS.has(w.key)) continue;
    const first = nameStart(c.words, head, taken, countryCover);
    if (first === head) continue;
    const name = c.text.slice(c.words[first]?.start ?? 0, w.end);
    const stated = statedCountry(first, head, countryAt);
    const country = stated ?? dominantActor(c.sightings, w.sentence, COUNTRIES);
    const draft = book.add(`org:party:${name.toLowerCase()}`, {
      type: 'organization',
      name,
      code: country ? `${country}PTY` : null,
      affiliation: stated ? 'stated' : country ? 'inferred' : null,
    }, mentionOf(c.text, c.words, first, head + 1, 'name', 'party:name-shape'));
    out.push(draft);
  }
  return out;
}

// Back from the head over capitalised words of the same sentence, not taken, at most MAX_NAME_WORDS.
function nameStart(words: readonly Word[], head: number, taken: Uint8Array, countryCover: Uint8Array): number {
  const sentence = words[head]?.sentence;
  let first = head;
  while (first > 0 && head - first < MAX_NAME_WORDS) {
    const w = words[first - 1];
    if (!w || w.sentence !== sentence || !NAME_WORD.test(w.text)) break;
    if (taken[first - 1] === 1 && countryCover[first - 1] !== 1) break;
    first--;
  }
  // "The Liberal Democrats": a capitalised article opening the sentence is no part of the name.
  while (first < head && words[first]?.key === 'the') first++;
  return first;
}

function statedCountry(first: number, head: number, countryAt: ReadonlyMap<number, Resolved>): string | null {
  for (let i = first; i < head; i++) {
    const r = countryAt.get(i);
    if (r?.sense.kind === 'country') return r.sense.code;
  }
  return null;
}
