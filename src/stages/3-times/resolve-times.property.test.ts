import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractTime, silentTracer } from '../../core/index.js';
import { loadDictionaries } from '../../dictionaries/index.js';
import { resolveTimes } from './resolve-times.js';
import { tokenisedArticle } from './tokenised-article.case.js';

const data = loadDictionaries();

/** Words that make or break time expressions, to shake the finders with. */
const WORDS = ['in', 'since', 'the', 'on', 'last', 'next', 'this', 'earlier', 'year', 'month', 'week', 'weekend',
  'day', 'same', 'ago', 'two', 'a', 'recent', 'years', 'Monday', 'Friday', 'May', 'March', 'November', 'October',
  '1', '12', '31', '2002', '2019', '1990s', "'82", '2008-09', '7/8/07', '2,839', '$2014', 'Boeing', '747', 'will',
  'was', 'until', 'yesterday', 'today', 'of', 'to', '-', ',', '.', 'said', 'soldiers', 'Theresa'];

const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }).map((w) => `${w.join(' ')}.`);
const published = fc.constantFrom('2021-10-19', '2021-10', '2021', null, '2020-02-29', '2019-12-31');

describe('resolveTimes on shaken text', () => {
  it('never throws, keeps spans inside the text and values in the contract form', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 3 }), published, (sentences, date) => {
        const text = sentences.join(' ');
        const { times } = resolveTimes.run(tokenisedArticle(text, date), { data, trace: silentTracer });
        for (const t of times) {
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(() => contractTime.parse(t)).not.toThrow();
          expect(t.value === null).toBe(t.unresolved !== null);
        }
        for (let i = 1; i < times.length; i++) expect(times[i]!.start).toBeGreaterThanOrEqual(times[i - 1]!.end);
      }),
      { numRuns: 300 },
    );
  });
});
