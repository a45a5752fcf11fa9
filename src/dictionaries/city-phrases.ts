/**
 * The news cities as deferred phrases of the phrase index: each city by its name, its name without accents and
 * its aliases. 25,000 cities as phrase objects with their senses would be ~25 MB in every worker thread, and a run
 * of articles looks up a few hundred of them; kept here as columns (~3 MB), a city's senses are made when one of
 * its names' first word is first looked up.
 */
import type { PlaceSense } from './actor-senses.js';
import type { NewsCity } from './city-index.js';
import { phraseWords, wordKey, type DeferredPhrases } from './phrase-index.js';

export interface CityNaming {
  /** ISO alpha-2 -> alpha-3. */
  readonly alpha3: ReadonlyMap<string, string>;
  /** Names that are also common words or given names ("Nice"). */
  readonly ambiguous: ReadonlySet<string>;
  /** Other names of a city, by `name|alpha-2`. */
  readonly aliases: ReadonlyMap<string, readonly string[]>;
}

type Entry = readonly [text: string, sense: PlaceSense];

export class CityPhrases implements DeferredPhrases {
  /** Every name, one after another, and where each ends: one string instead of 25,000. */
  private readonly names: string;
  private readonly nameEnds: Uint32Array;
  private readonly countries: Table;
  private readonly admins: Table;
  private readonly lat: Float64Array;
  private readonly lon: Float64Array;
  private readonly population: Float64Array;
  private readonly minor: Uint8Array;
  /** The cities (rows) with a name starting with a word, in the cities' order. */
  private readonly rowsByKey = new Map<string, number | number[]>();

  constructor(
    cities: readonly NewsCity[],
    private readonly naming: CityNaming,
  ) {
    const n = cities.length;
    this.names = cities.map((c) => c.name).join('');
    this.nameEnds = new Uint32Array(n);
    this.countries = new Table(n);
    this.admins = new Table(n);
    this.lat = new Float64Array(n);
    this.lon = new Float64Array(n);
    this.population = new Float64Array(n);
    this.minor = new Uint8Array(n);
    let end = 0;
    cities.forEach((c, row) => {
      end += c.name.length;
      this.nameEnds[row] = end;
      this.countries.put(row, c.country);
      this.admins.put(row, c.admin);
      this.lat[row] = c.lat;
      this.lon[row] = c.lon;
      this.population[row] = c.population;
      this.minor[row] = c.minor ? 1 : 0;
      for (const name of this.namesOf(row)) this.note(firstKey(name), row);
    });
  }

  keys(): Iterable<string> {
    return this.rowsByKey.keys();
  }

  take(key: string): readonly Entry[] {
    const rows = this.rowsByKey.get(key);
    if (rows === undefined) return NONE;
    this.rowsByKey.delete(key);
    const entries: Entry[] = [];
    for (const row of typeof rows === 'number' ? [rows] : rows) this.addEntries(row, key, entries);
    return entries;
  }

  private note(key: string | null, row: number): void {
    if (key === null) return;
    const rows = this.rowsByKey.get(key);
    if (rows === undefined) this.rowsByKey.set(key, row);
    else if (typeof rows === 'number') {
      if (rows !== row) this.rowsByKey.set(key, [rows, row]);
    } else if (rows[rows.length - 1] !== row) rows.push(row);
  }

  private nameOf(row: number): string {
    return this.names.slice(row > 0 ? this.nameEnds[row - 1] : 0, this.nameEnds[row]);
  }

  // "São Paulo" -> "São Paulo", "Sao Paulo", then its aliases; each name once.
  private namesOf(row: number, name = this.nameOf(row)): Set<string> {
    const aliases = this.naming.aliases.get(`${name}|${this.countries.at(row)}`) ?? [];
    return new Set([name, withoutAccents(name), ...aliases]);
  }

  /** The senses of a city's names that start with `key`; one geo object for all the names of a city. */
  private addEntries(row: number, key: string, entries: Entry[]): void {
    const name = this.nameOf(row);
    const geo = { name, country: this.naming.alpha3.get(this.countries.at(row) ?? '') ?? null, lat: this.at(this.lat, row), lon: this.at(this.lon, row) };
    for (const text of this.namesOf(row, name)) {
      if (firstKey(text) !== key) continue;
      entries.push([text, {
        kind: 'place',
        geo,
        scope: 'city',
        population: this.at(this.population, row),
        admin: this.admins.at(row),
        ambiguous: this.minor[row] === 1 || this.naming.ambiguous.has(text),
      }]);
    }
  }

  private at(column: Float64Array, row: number): number {
    return column[row] ?? 0;
  }
}

/** A column of few distinct strings (countries, US states): each row an index into the distinct values. */
class Table {
  private readonly values: (string | null)[] = [];
  private readonly indexOf = new Map<string | null, number>();
  private readonly rows: Uint16Array;

  constructor(size: number) {
    this.rows = new Uint16Array(size);
  }

  put(row: number, value: string | null): void {
    let index = this.indexOf.get(value);
    if (index === undefined) {
      index = this.values.push(value) - 1;
      this.indexOf.set(value, index);
    }
    this.rows[row] = index;
  }

  at(row: number): string | null {
    return this.values[this.rows[row] ?? 0] ?? null;
  }
}

const NONE: readonly Entry[] = [];

function firstKey(name: string): string | null {
  const [first] = phraseWords(name);
  return first === undefined ? null : wordKey(first);
}

// "Goražde" -> "Gorazde", "São Paulo" -> "Sao Paulo": news text often drops the accents.
function withoutAccents(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '');
}
