import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actorsOf } from './test-article.case.js';

// Words that exercise every path: names, titles, roles, countries, places, pronouns, hyphens, possessives.
const VOCABULARY = [
  'Russia', "Russia's", 'Moscow', 'in', 'the', 'alliance', 'Nato', 'Mr', 'Lavrov', 'Sergey', 'Foreign', 'Minister',
  'spokeswoman', 'said', 'he', 'she', 'Georgia', 'Atlanta', ',', '.', 'pro-Russian', 'rebels', 'Jordan', 'Chad',
  'turkey', 'Turkey', 'of', 'for', 'Erdoğan', 'Kremlin', 'critic', 'police', 'Hong', 'Kong', 'West', 'Bank', '"',
  'the country', "'", 'Philippines', 'a', 'chief', 'Ministry', 'Interior', 'São', 'Paulo', '\n\n',
];

describe('the actors stage on any text', () => {
  it('never throws, and every mention is the text it points at, within the article', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...VOCABULARY), { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        const { entities } = actorsOf(text);
        for (const e of entities) {
          expect(e.mentions.length).toBeGreaterThan(0);
          for (const m of e.mentions) {
            expect(text.slice(m.start, m.end)).toBe(m.text);
            expect(m.start).toBeLessThan(m.end);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('finds nothing in an empty article', () => {
    expect(actorsOf('').entities).toEqual([]);
  });
});
