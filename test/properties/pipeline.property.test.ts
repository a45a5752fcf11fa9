/**
 * Properties of the whole pipeline over generated input: any text codes without an exception, every span it reports
 * lies inside the text and covers the text it claims, and the output always passes the contract's schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contractOutput, type ContractOutput } from '../../src/core/index.js';
import { loadDictionaries } from '../../src/dictionaries/index.js';
import { makeArticle } from '../../src/input/index.js';
import { analyse, toContract } from '../../src/pipeline/index.js';

const dictionaries = loadDictionaries();

// Words that make the stages work: actors, speech, dates, quote marks, event verbs, headings.
const NEWSY = [
  'Russia', 'Nato', 'the alliance', 'Moscow', 'Foreign Minister', 'Sergey Lavrov', 'Mr Lavrov', 'he', 'she', 'said',
  'told reporters', 'according to', 'suspended', 'expelled', 'its mission', 'on Monday', 'in 2014', 'since 2019',
  'November 1', 'last year', 'earlier this month', '"', '\u201c', '\u201d', "'", '\u2019s', ',', '.', '?', '\n', '\n\n',
  'not', 'will', 'could', 'alleged', 'Georgia', 'Atlanta', 'Jordan', 'turkey', 'Chad', 'UN', 'EU', 'sanctions',
  'What did Nato say?', 'Kremlin critic', 'Alexei Navalny', '2,839 soldiers', 'May', '1991', '(', ')', '-', '\u2014',
];

const newsyText = fc
  .array(fc.oneof(fc.constantFrom(...NEWSY), fc.string({ maxLength: 12 }), fc.constant(' ')), { maxLength: 80 })
  .map((parts) => parts.join(' '));

const anyText = fc.oneof(newsyText, fc.string({ maxLength: 400 }), fc.string({ unit: 'binary', maxLength: 300 }));

const publication = fc.option(
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  { nil: null },
);

function code(text: string, published: string | null): ContractOutput {
  const article = makeArticle({ source: 'property', text, published });
  return toContract(analyse(article, { dictionaries }));
}

function spansOf(out: ContractOutput): { start: number; end: number; text: string }[] {
  return [...out.entities.flatMap((e) => e.mentions), ...out.times, ...out.quotes.filter((q) => q.text !== '')];
}

describe('the pipeline on any input', () => {
  it('never throws, and its output passes the contract schema', () => {
    fc.assert(
      fc.property(anyText, publication, (text, published) => {
        const out = code(text, published);
        expect(contractOutput.safeParse(out).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('reports only spans inside the text', () => {
    fc.assert(
      fc.property(anyText, publication, (text, published) => {
        for (const span of spansOf(code(text, published))) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeLessThanOrEqual(text.length);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names mentions, times and quotes by the very text at their offsets', () => {
    fc.assert(
      fc.property(newsyText, publication, (text, published) => {
        const out = code(text, published);
        for (const span of spansOf(out)) expect(text.slice(span.start, span.end)).toBe(span.text);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every time a valid ISO value whatever the publication date', () => {
    const iso = /^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/u;
    fc.assert(
      fc.property(newsyText, publication, (text, published) => {
        for (const t of code(text, published).times) {
          if (t.value === null) continue;
          expect(t.value).toMatch(iso);
          for (const part of t.value.split('/')) {
            const [y, m, d] = part.split('-').map(Number);
            if (m !== undefined) expect(m >= 1 && m <= 12, `month of ${t.value}`).toBe(true);
            if (d !== undefined && y !== undefined && m !== undefined) expect(d).toBeLessThanOrEqual(new Date(Date.UTC(y, m, 0)).getUTCDate());
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
