import { describe, expect, it } from 'vitest';
import type { PlaceSense, Sense } from './actor-senses.js';
import type { NewsCity } from './city-index.js';
import { CityPhrases, type CityNaming } from './city-phrases.js';
import { PhraseIndex, type DeferredPhrases } from './phrase-index.js';

// Invented places: two cities of one name, an accented name, an alias, names sharing first words.
const CITIES: NewsCity[] = [
  city('Valdoria', 'VA', 900_000),
  city('Port Amara', 'VA', 120_000),
  city('Sǎo Teodoro', 'BR', 40_000, true),
  city('Valdoria', 'BR', 60_000),
  city('Port Amara Nova', 'BR', 55_000),
  city('Kessel', 'US', 70_000, false, 'GA'),
  city('Lindmark', 'VA', 80_000),
];
const NAMING: CityNaming = {
  alpha3: new Map([['VA', 'VAL'], ['BR', 'BRA'], ['US', 'USA']]),
  ambiguous: new Set(['Kessel']),
  aliases: new Map([['Lindmark|VA', ['Lindmarck', 'Old Lindmark']]]),
};
const CAPITAL: Sense = { kind: 'country', code: 'VAL', name: 'Valdoria', form: 'capital', agent: null, ambiguous: false };
const REGION: Sense = { kind: 'place', geo: { name: 'Port Amara Bay', country: 'VAL', lat: 1, lon: 2 }, scope: 'region', population: 0, admin: null, ambiguous: false };
const KEYS = ['valdoria', 'port', 'sǎo', 'sao', 'kessel', 'lindmark', 'lindmarck', 'old'];

function city(name: string, country: string, population: number, minor = false, admin: string | null = null): NewsCity {
  return { name, country, lat: population / 1e5, lon: -population / 1e5, population, admin, minor };
}

// The cities added one by one, as loading did before they were deferred: the order every sense list must keep.
function addEagerly(index: PhraseIndex): void {
  for (const c of CITIES) {
    const geo = { name: c.name, country: NAMING.alpha3.get(c.country) ?? null, lat: c.lat, lon: c.lon };
    const names = new Set([c.name, c.name.normalize('NFD').replace(/\p{M}/gu, ''), ...(NAMING.aliases.get(`${c.name}|${c.country}`) ?? [])]);
    for (const name of names) {
      const sense: PlaceSense = { kind: 'place', geo, scope: 'city', population: c.population, admin: c.admin, ambiguous: c.minor || NAMING.ambiguous.has(name) };
      index.add(name, sense);
    }
  }
}

// A capital added before the cities, a region after them: both share a first word with cities.
function load(addCities: (index: PhraseIndex) => void, seal: boolean): PhraseIndex {
  const index = new PhraseIndex();
  index.add('Valdoria', CAPITAL);
  addCities(index);
  index.add('Port Amara Bay', REGION);
  if (seal) index.seal();
  return index;
}

/** Records the first words whose phrases the index asked for. */
function watched(source: DeferredPhrases, asked: string[]): DeferredPhrases {
  return {
    keys: () => source.keys(),
    take: (key) => {
      const taken = source.take(key);
      if (taken.length > 0) asked.push(key);
      return taken;
    },
  };
}

describe('cities as deferred phrases', () => {
  it('give the same phrases, with senses in the same order, as adding every city at once', () => {
    const eager = load(addEagerly, false);
    for (const seal of [false, true]) {
      const deferred = load((index) => index.addDeferred(new CityPhrases(CITIES, NAMING)), seal);
      for (const key of KEYS) expect(deferred.startingWith(key), key).toEqual(eager.startingWith(key));
    }
  });

  it('make a city\'s phrases only when their first word is looked up, or shared with a phrase added earlier or later', () => {
    const asked: string[] = [];
    const index = load((i) => i.addDeferred(watched(new CityPhrases(CITIES, NAMING), asked)), true);
    expect(asked).toEqual(['valdoria', 'port']);
    expect(index.byFirstWord('kessel')?.single[0]?.senses).toHaveLength(1);
    expect(index.byFirstWord('said')).toBeUndefined();
    expect(asked).toEqual(['valdoria', 'port', 'kessel']);
  });

  it('refuse a phrase added after sealing', () => {
    const index = load(() => undefined, true);
    expect(() => index.add('Lindmark', CAPITAL)).toThrow(/after seal/u);
  });
});
