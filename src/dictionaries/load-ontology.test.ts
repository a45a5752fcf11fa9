import { describe, expect, it } from 'vitest';
import { DATA_DIR } from './data-dir.js';
import { DictionaryError } from './dictionary-error.js';
import { buildOntology, loadOntology, quadClassOf } from './load-ontology.js';
import { parseTsv } from './tsv-lines.js';

describe('CAMEO ontology', () => {
  const ontology = loadOntology(DATA_DIR);

  it('lists every CAMEO code with label, GDELT Goldstein value and PLOVER type', () => {
    expect(ontology.codes.size).toBeGreaterThan(300);
    expect(ontology.codes.get('161')).toMatchObject({ root: '16', quadClass: 4, goldstein: -4, plover: 'SANCTION' });
    expect(ontology.codes.get('1125')?.label).toMatch(/espionage/iu);
    expect(ontology.codes.get('163')?.plover).toBe('COERCE');
  });

  it('leaves roots 01 and 02 without a PLOVER type, as the 2021 crosswalk dropped them', () => {
    expect(ontology.codes.get('012')?.plover).toBeNull();
    expect(ontology.codes.get('020')?.plover).toBeNull();
  });

  it('derives QuadClass from the root by the GDELT rule', () => {
    expect(['01', '05', '06', '09', '10', '14', '15', '20'].map(quadClassOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    for (const entry of ontology.codes.values()) expect(entry.quadClass).toBe(quadClassOf(entry.root));
  });

  it('looks an unlisted sub-code up at its nearest listed ancestor', () => {
    expect(ontology.lookup('1129')?.code).toBe('112');
    expect(ontology.lookup('99')).toBeUndefined();
  });

  it('names file and line of a bad entry', () => {
    const lines = parseTsv('# header\n010\t0.0\t\t\tMake statement\n0x1\t1.0\t\t\tBroken\n');
    expect(() => buildOntology('cameo/test.tsv', lines)).toThrow(DictionaryError);
    expect(() => buildOntology('cameo/test.tsv', lines)).toThrow(/cameo\/test\.tsv:3/u);
  });

  it('rejects a code listed twice', () => {
    const lines = parseTsv('010\t0.0\t\t\tA\n010\t0.0\t\t\tB\n');
    expect(() => buildOntology('x.tsv', lines)).toThrow(/x\.tsv:2: duplicate code 010/u);
  });
});
