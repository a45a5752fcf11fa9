/**
 * Countries, organisations, named groups and places straight from the dictionary matches, and the definite
 * descriptions that refer back to them. A seat of power ("the Kremlin") stands for the government (RUS + GOV).
 * Every city named in the text becomes a place entity, even when it only appears standing for its country
 * ("Moscow is expected to…"), so that events can take their location from it.
 */
import type { Mention } from '../../core/index.js';
import type { ActorDictionary, CountrySense, PlaceSense, Sense } from '../../dictionaries/index.js';
import type { DraftInit, EntityBook } from './entity-book.js';
import { mentionOf } from './mention.js';
import type { ResolvedDescription } from './resolve-descriptions.js';
import type { Resolved } from './resolve-senses.js';
import type { Word } from './words.js';

export interface NamedContext {
  readonly text: string;
  readonly words: readonly Word[];
  readonly dictionary: ActorDictionary;
}

/** The entity a sense names: its book key and how to make it. */
export function entityFor(sense: Sense, dictionary: ActorDictionary): { key: string; init: DraftInit } | null {
  switch (sense.kind) {
    case 'country': {
      const geo = dictionary.countries.get(sense.code)?.geo ?? null;
      if (sense.form === 'people') return { key: `group:${sense.code}CVL`, init: { type: 'group', name: `people of ${sense.name}`, code: `${sense.code}CVL`, affiliation: 'dictionary', geo } };
      if (sense.agent) return { key: `group:${sense.code}${sense.agent}`, init: { type: 'group', name: `government of ${sense.name}`, code: `${sense.code}${sense.agent}`, affiliation: 'dictionary', geo } };
      return { key: `country:${sense.code}`, init: { type: 'country', name: sense.name, code: sense.code, affiliation: 'dictionary', geo } };
    }
    case 'organization':
    case 'group':
      return { key: `org:${sense.code}:${sense.name}`, init: { type: sense.kind, name: sense.name, code: sense.code, affiliation: 'dictionary' } };
    case 'place':
      return placeEntity(sense);
    default:
      return null;
  }
}

function placeEntity(sense: PlaceSense): { key: string; init: DraftInit } {
  return { key: `place:${sense.geo.name}|${sense.geo.country ?? ''}`, init: { type: 'place', name: sense.geo.name, geo: sense.geo } };
}

export function addNamedActors(book: EntityBook, resolved: readonly Resolved[], absorbed: ReadonlySet<Resolved>, c: NamedContext): void {
  const capitalCities: { key: string; init: DraftInit; mention: Mention }[] = [];
  for (const r of resolved) {
    if (absorbed.has(r)) continue;
    const entity = entityFor(r.sense, c.dictionary);
    if (!entity) continue;
    const mention = mentionOf(c.text, c.words, r.first, r.end, kindOf(r.sense), ruleOf(r.sense));
    book.add(entity.key, entity.init, mention);
    const city = r.sense.kind === 'country' ? capitalCity(r.sense, r.others) : undefined;
    if (city) capitalCities.push({ ...placeEntity(city), mention });
  }
  // A city named only as its country's stand-in ("Moscow said", "Hong Kong") is still a place: it keeps those mentions.
  for (const { key, init, mention } of capitalCities) {
    const place = book.draft(key, init);
    if (place.mentions.every((m) => m.rule === 'place:named-as-actor')) place.mentions.push({ ...mention, rule: 'place:named-as-actor' });
  }
}

function capitalCity(country: CountrySense, others: readonly Sense[]): PlaceSense | undefined {
  const cities = others.filter((s): s is PlaceSense => s.kind === 'place' && s.scope === 'city');
  return cities.find((p) => p.geo.country === country.code) ?? cities[0];
}

export function addDescriptions(book: EntityBook, descriptions: readonly ResolvedDescription[], c: NamedContext): void {
  for (const d of descriptions) {
    const entity = entityFor(d.antecedent.sense, c.dictionary);
    if (entity) book.add(entity.key, entity.init, mentionOf(c.text, c.words, d.first, d.end, 'description', `coref:description->${d.code}`));
  }
}

function kindOf(sense: Sense): Mention['kind'] {
  if (sense.kind === 'country') return sense.form === 'demonym' || sense.form === 'people' ? 'demonym' : sense.form === 'capital' ? 'capital' : 'name';
  if (sense.kind === 'group' || sense.kind === 'organization') return sense.form === 'demonym' ? 'demonym' : 'name';
  return 'name';
}

function ruleOf(sense: Sense): string {
  switch (sense.kind) {
    case 'country':
      return `country:${sense.code}#${(sense as CountrySense).form}`;
    case 'organization':
    case 'group':
      return `${sense.kind}:${sense.code}#${sense.form}`;
    case 'place':
      return `place:${sense.scope}`;
    default:
      return sense.kind;
  }
}
