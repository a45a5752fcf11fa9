/**
 * Place senses: GeoNames cities large enough to be news locations (`city-index.ts`, made into phrases only when
 * looked up: `city-phrases.ts`) and their other names, regions and disputed territories (`data/places/regions.yaml`,
 * de jure borders) and US states (`us-states.yaml`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { cityAliasSchema, regionSchema, usStateSchema } from './actor-schema.js';
import { loadNewsCities } from './city-index.js';
import { CityPhrases } from './city-phrases.js';
import { DictionaryError } from './dictionary-error.js';
import type { PhraseIndex } from './phrase-index.js';
import { readYamlList } from './read-yaml-list.js';

export const PLACE_FILES = {
  regions: 'places/regions.yaml',
  usStates: 'places/us-states.yaml',
  cityAliases: 'places/city-aliases.yaml',
  ambiguous: 'places/ambiguous-names.yaml',
} as const;

/** `alpha3`: ISO alpha-2 -> alpha-3, for the cities' GeoNames country codes. */
export function loadPlaces(dataDir: string, phrases: PhraseIndex, alpha3: ReadonlyMap<string, string>): void {
  const ambiguous = readAmbiguous(dataDir);
  const aliases = readAliases(dataDir);
  phrases.addDeferred(new CityPhrases(loadNewsCities(), { alpha3, ambiguous, aliases }));
  addRegions(dataDir, phrases);
}

// By `city|alpha-2`: "Kyiv|UA" -> ["Kiev"].
function readAliases(dataDir: string): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  for (const a of readYamlList(join(dataDir, PLACE_FILES.cityAliases), PLACE_FILES.cityAliases, cityAliasSchema)) {
    aliases.set(`${a.city}|${a.country}`, [...(aliases.get(`${a.city}|${a.country}`) ?? []), a.alias]);
  }
  return aliases;
}

function addRegions(dataDir: string, phrases: PhraseIndex): void {
  for (const r of readYamlList(join(dataDir, PLACE_FILES.regions), PLACE_FILES.regions, regionSchema)) {
    const geo = { name: r.name, country: r.country, lat: r.lat, lon: r.lon };
    const sense = { kind: 'place', geo, scope: 'region', population: 0, admin: null, ambiguous: false } as const;
    // "the West Bank" must beat "the West" (WST), which is as long as "West Bank".
    for (const n of [r.name, ...r.aliases]) for (const form of [n, `the ${n}`]) phrases.add(form, sense);
  }
  for (const s of readYamlList(join(dataDir, PLACE_FILES.usStates), PLACE_FILES.usStates, usStateSchema)) {
    const geo = { name: s.name, country: 'USA', lat: s.lat, lon: s.lon };
    phrases.add(s.name, { kind: 'place', geo, scope: 'state', population: 0, admin: s.code, ambiguous: false });
  }
}

function readAmbiguous(dataDir: string): Set<string> {
  const file = PLACE_FILES.ambiguous;
  const parsed = z.array(z.string().min(1)).safeParse(parse(readFileSync(join(dataDir, file), 'utf8')));
  if (!parsed.success) throw new DictionaryError(file, null, `expected a list of names: ${parsed.error.issues[0]?.message ?? ''}`);
  return new Set(parsed.data);
}
