import { describe, expect, it } from 'vitest';
import { annotate } from './annotate.js';

const TEXT = 'Chile recalled its envoy from Peru on Friday. "We are disappointed," the minister said.';

const output = {
  entities: [
    { name: 'Chile', type: 'country' as const, code: 'CHL', role: null, affiliation: 'dictionary' as const, geo: null, mentions: [{ text: 'Chile', start: 0, end: 5 }] },
    { name: 'Peru', type: 'country' as const, code: 'PER', role: null, affiliation: 'dictionary' as const, geo: null, mentions: [{ text: 'Peru', start: 30, end: 34 }] },
    // Covers the Peru mention: it starts earlier, so it wins and "Peru" inside it is not marked again.
    { name: 'Chilean envoy', type: 'person' as const, code: 'CHLGOV', role: 'envoy', affiliation: 'stated' as const, geo: null, mentions: [{ text: 'envoy from Peru', start: 19, end: 34 }] },
  ],
  times: [{ text: 'on Friday', start: 35, end: 44, value: '2024-03-01', precision: 'day' as const, stated: ['weekday'], implied: ['year', 'month', 'day'], unresolved: null }],
  quotes: [{ text: 'We are disappointed,', start: 0, end: 0, direct: true, speaker: null, cue: 'said', sentence: 1, rule: 'direct' }],
  events: [{ sentence: 0, evidence: 'Chile recalled its envoy from Peru on Friday.' } as never],
};

describe('annotate', () => {
  it('cuts the text into runs that cover it exactly once', () => {
    const { runs } = annotate(TEXT, output);
    expect(runs.map((r) => TEXT.slice(r.start, r.end)).join('')).toBe(TEXT);
    expect(runs.every((r, i) => i === 0 || runs[i - 1]!.end === r.start)).toBe(true);
  });

  it('drops a mark that starts inside an earlier one', () => {
    const { marks } = annotate(TEXT, output);
    expect(marks.map((m) => TEXT.slice(m.start, m.end))).toEqual(['Chile', 'envoy from Peru', 'on Friday']);
  });

  it('finds a quote given without offsets by its text, and event sentences by their evidence', () => {
    const { quotes, sentences, runs } = annotate(TEXT, output);
    expect(TEXT.slice(quotes[0]!.start, quotes[0]!.end)).toBe('We are disappointed,');
    expect(sentences.get(0)).toMatchObject({ start: 0, end: 45 });
    expect(runs.filter((r) => r.sentence === 0).map((r) => TEXT.slice(r.start, r.end)).join('')).toBe('Chile recalled its envoy from Peru on Friday.');
  });

  it('puts codes, dates and provenance in the details of each mark', () => {
    const { marks } = annotate(TEXT, output);
    expect(marks[0]).toMatchObject({ tag: 'CHL', type: 'country' });
    expect(marks[0]!.details).toContain('code from: dictionary');
  });
});
