/**
 * Country senses: every country of world-countries by its common and official names, alternative spellings,
 * capital and demonym, plus `data/actors/countries.yaml` for what news text says that world-countries lacks
 * ("Britain", "US", "the Kremlin", "the West").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Country } from 'world-countries';
import type { Geo } from '../core/index.js';
import { countryExtraSchema, type CountryExtra } from './actor-schema.js';
import type { CountrySense } from './actor-senses.js';
import type { PhraseIndex } from './phrase-index.js';
import { readYamlList } from './read-yaml-list.js';

export const COUNTRIES_FILE = 'actors/countries.yaml';

/**
 * world-countries' data, read when the dictionaries load and then let go: `require`d, its 1 MB of heap would stay in
 * the module cache of every thread that loads the dictionaries, for nothing once they are loaded.
 */
function readCountries(): readonly Country[] {
  return JSON.parse(readFileSync(createRequire(import.meta.url).resolve('world-countries/countries.json'), 'utf8')) as readonly Country[];
}

export interface CountryInfo {
  readonly code: string;
  readonly name: string;
  readonly geo: Geo | null;
}

// An alternative spelling worth matching: Latin letters, at least three characters, no inverted "Korea, Republic of".
const USABLE_SPELLING = /^[A-Z][\p{Script=Latin}.' -]{2,}$/u;

export interface LoadedCountries {
  /** The countries by CAMEO code. */
  readonly byCode: Map<string, CountryInfo>;
  /** ISO alpha-2 -> alpha-3, for GeoNames country codes. */
  readonly alpha3ByAlpha2: ReadonlyMap<string, string>;
}

/** Adds every country's senses to `index`. */
export function loadCountries(dataDir: string, index: PhraseIndex): LoadedCountries {
  const countries = readCountries();
  const extras = readYamlList(join(dataDir, COUNTRIES_FILE), COUNTRIES_FILE, countryExtraSchema);
  const extraByCode = new Map(extras.map((e) => [e.code, e]));
  const infos = new Map<string, CountryInfo>();
  const independentDemonyms = new Set(countries.filter((c) => c.independent).flatMap((c) => demonyms(c.demonyms?.eng)));
  for (const c of countries) {
    const [lat, lon] = c.latlng;
    const extra = extraByCode.get(c.cca3);
    const name = extra?.name ?? c.name.common;
    infos.set(c.cca3, { code: c.cca3, name, geo: { name, country: c.cca3, lat: lat ?? null, lon: lon ?? null } });
    const ambiguous = new Set(extra?.ambiguous ?? []);
    const sense = (form: CountrySense['form'], agent: string | null, text: string): CountrySense =>
      ({ kind: 'country', code: c.cca3, name, form, agent, ambiguous: ambiguous.has(text) });
    const names = [c.name.common, c.name.official, ...c.altSpellings.filter((s) => USABLE_SPELLING.test(s))];
    for (const n of names) index.add(n, sense('name', null, n));
    for (const capital of c.capital ?? []) index.add(capital, sense('capital', null, capital));
    for (const d of demonyms(c.demonyms?.eng)) {
      // Territories often share their state's demonym ("American" for the Northern Mariana Islands): the state's wins.
      if (!c.independent && independentDemonyms.has(d)) continue;
      index.add(d, sense('demonym', null, d));
      const plural = peopleOf(d);
      if (plural) index.add(plural, sense('people', null, plural));
    }
  }
  for (const extra of extras) addExtra(extra, infos, index);
  return { byCode: infos, alpha3ByAlpha2: new Map(countries.map((c) => [c.cca2, c.cca3])) };
}

// "Bosnian, Herzegovinian" -> ["Bosnian", "Herzegovinian"].
function demonyms(eng: { f: string; m: string } | undefined): string[] {
  if (!eng) return [];
  return [...new Set([eng.m, eng.f].flatMap((d) => d.split(/,\s*/u)))].filter((d) => d.length > 2);
}

// "Russian" -> "Russians", "Iraqi" -> "Iraqis"; "British", "Chinese", "French" have no such plural.
function peopleOf(demonym: string): string | null {
  return /(?:an|i|ot)$/u.test(demonym) ? `${demonym}s` : null;
}

function addExtra(extra: CountryExtra, infos: Map<string, CountryInfo>, index: PhraseIndex): void {
  const known = infos.get(extra.code);
  const name = extra.name ?? known?.name ?? extra.names[0] ?? extra.code;
  if (!known) infos.set(extra.code, { code: extra.code, name, geo: null });
  const ambiguous = new Set(extra.ambiguous);
  const sense = (form: CountrySense['form'], agent: string | null, text: string): CountrySense =>
    ({ kind: 'country', code: extra.code, name, form, agent, ambiguous: ambiguous.has(text) });
  for (const n of [...extra.names, ...extra.ambiguous]) index.add(n, sense('name', null, n));
  for (const d of extra.demonyms) index.add(d, sense('demonym', null, d));
  for (const p of extra.peoples) index.add(p, sense('people', null, p));
  for (const c of extra.capitals) index.add(c, sense('capital', null, c));
  for (const s of extra.seats) {
    index.add(s, sense('capital', 'GOV', s));
    index.add(`the ${s}`, sense('capital', 'GOV', s));
  }
}
