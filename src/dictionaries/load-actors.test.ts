import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLegacyActors } from './load-legacy-actors.js';
import { loadActors } from './load-actors.js';
import { DATA_DIR } from './data-dir.js';
import { DictionaryError } from './dictionary-error.js';
import { parseYamlList } from './read-yaml-list.js';
import { organisationSchema } from './actor-schema.js';
import { phraseWords, wordShape } from './phrase-index.js';

// A legacy file written for this test: two people with dated codes, an organisation, a country synonym.
const LEGACY = [
  '# comment line',
  'ANNA_KOVALENKO_  # a made-up official',
  '+A._KOVALENKO_',
  '\t[UKRGOV 150101-191231]',
  '\t[UKRLEG >200101]',
  'GRAIN_TRADERS_UNION_ [NGOBUS]',
  'RURITANIA_ [RUR]',
  '+RURITANIAN_',
].join('\n');

describe('legacy PETRARCH/TABARI actor files', () => {
  it('reads entries, synonyms and dated codes', () => {
    const entries = parseLegacyActors(LEGACY, 'test.actors');
    expect(entries.map((e) => e.phrases)).toEqual([['Anna Kovalenko', 'A. Kovalenko'], ['Grain Traders Union'], ['Ruritania', 'Ruritanian']]);
    expect(entries[0]?.codes).toEqual([
      { code: 'UKRGOV', from: '2015-01-01', to: '2019-12-31' },
      { code: 'UKRLEG', from: '2020-01-01', to: null },
    ]);
  });

  it('adds them on top of the built-in dictionary, as people, organisations and countries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dyad-actors-'));
    const file = join(dir, 'extra.actors.txt');
    writeFileSync(file, LEGACY);
    const { phrases } = loadActors(DATA_DIR, [file]);
    const kinds = (word: string) => phrases.startingWith(word).flatMap((p) => p.senses.map((s) => s.kind));
    expect(kinds('anna')).toContain('person');
    expect(kinds('grain')).toContain('organization');
    expect(kinds('ruritania')).toContain('country');
  });

  it('names the line of a code that has no entry', () => {
    expect(() => parseLegacyActors('\t[UKRGOV]', 'bad.actors')).toThrow(/bad\.actors:1/u);
  });
});

describe('actor data files', () => {
  it('reject a bad entry with its file and line', () => {
    const text = '- code: IGOWSTNAT\n  name: NATO\n  aliases: [Nato]\n- code: nato\n  name: Bad\n  aliases: [Bad]\n';
    expect(() => parseYamlList(text, 'actors/organisations.yaml', organisationSchema)).toThrow(DictionaryError);
    expect(() => parseYamlList(text, 'actors/organisations.yaml', organisationSchema)).toThrow(/organisations\.yaml:4: 1\.code/u);
  });

  it('split phrases the way the stage splits words, and keep each word\'s case shape', () => {
    expect(phraseWords("al-Qaeda's People, Inc")).toEqual(['al', '-', 'Qaeda', "'s", 'People', ',', 'Inc']);
    expect(['NATO', 'Nato', 'nato', 'U.S.', 'Erdoğan', 'Ürümqi'].map(wordShape)).toEqual(['upper', 'capital', 'any', 'upper', 'capital', 'capital']);
  });
});
