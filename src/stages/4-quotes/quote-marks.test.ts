import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, type Paragraph } from './quote-marks.js';

/** Paragraphs of a test text: blocks separated by blank lines. */
function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/gu;
  for (const m of text.matchAll(re)) out.push({ index: out.length, start: m.index, end: m.index + m[0].length });
  return out;
}

function quotesOf(text: string): string[] {
  return findQuoteSpans(text, paragraphsOf(text)).map((s) => text.slice(s.start, s.end));
}

describe('findQuoteSpans', () => {
  it.each([
    ['straight marks', 'He said, "We are ready." Then he left.', ['We are ready.']],
    ['curly marks', 'He said, \u201cWe are ready.\u201d Then he left.', ['We are ready.']],
    ['a straight opening closed by a curly mark', '"Nato has reduced its contacts.\u201d', ['Nato has reduced its contacts.']],
    ['two quotes split by their attribution', '"It is over," he said. "We go home."', ['It is over,', 'We go home.']],
    ['several sentences in one quote', '"One. Two. Three," she said.', ['One. Two. Three,']],
    ['an apostrophe inside a quote', '"Nato\'s policy is clear," she said.', ["Nato's policy is clear,"]],
    ['a curly apostrophe inside a quote', '\u201cNato\u2019s policy is clear,\u201d she said.', ['Nato\u2019s policy is clear,']],
    ['a quote nested in a quote', '"The "United States" holds no one," he wrote.', ['The "United States" holds no one,']],
    ['single marks as quotes', "Germany cited 'security' for the ban.", ['security']],
    ['a plural possessive is no quote', "The members' offices were closed.", []],
    ['a partial quote inside a sentence', 'He said it was "not interested in dialogue".', ['not interested in dialogue']],
    ['inches are no quote', 'The 12" gun fired.', []],
  ])('%s', (_name, text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });

  it('ends an unclosed quote at its paragraph when it reads as speech, and never crosses the break', () => {
    const text = 'He said, "We will win.\n\nThe next paragraph is plain.';
    expect(quotesOf(text)).toEqual(['We will win.']);
  });

  it('drops an unclosed mark that does not read as speech', () => {
    expect(quotesOf('A stray "mark in the middle and no end\n\nAnother paragraph.')).toEqual([]);
  });

  it('keeps a quote that runs over paragraphs, each paragraph reopening it', () => {
    const text = '"We have done our part.\n\n"Now it is their turn," he said.';
    expect(quotesOf(text)).toEqual(['We have done our part.', 'Now it is their turn,']);
  });

  it('ends a quote carried into a paragraph that does not reopen it at its first closing mark', () => {
    const text = 'He said, "We learned a lot.\n\nIt was a long day." Then he left.';
    expect(quotesOf(text)).toEqual(['We learned a lot.', 'It was a long day.']);
  });

  it('never lets a quote leave its paragraph, whatever the marks', () => {
    const pieces = fc.constantFrom('"', '\u201c', '\u201d', "'", '\u2019', ' ', 'a', 'We', '.', ',', '\n\n', 'said');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const paragraphs = paragraphsOf(text);
        for (const span of findQuoteSpans(text, paragraphs)) {
          const p = paragraphs.find((q) => q.index === span.paragraph);
          expect(p).toBeDefined();
          expect(span.start).toBeGreaterThanOrEqual(p?.start ?? Infinity);
          expect(span.end).toBeLessThanOrEqual(p?.end ?? -1);
          expect(span.start).toBeLessThanOrEqual(span.end);
        }
      }),
    );
  });
});
