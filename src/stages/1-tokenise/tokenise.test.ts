import { describe, expect, it } from 'vitest';
import { emptyAnalysis, silentTracer } from '../../core/index.js';
import { parseTextArticle } from '../../input/index.js';
import { tokenise } from './tokenise.js';

function run(text: string) {
  const article = parseTextArticle(text, 'test.txt');
  return tokenise.run(emptyAnalysis(article), { data: {}, trace: silentTracer });
}

describe('tokenise', () => {
  it('gives every token and sentence offsets into the original text, after the date header too', () => {
    const text = ' date 2021-10-19 Ghana has recalled its envoy to Togo. Accra said on Monday it was "deeply concerned".';
    const { tokens, sentences } = run(text);
    expect(tokens.length).toBeGreaterThan(10);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.text)).toEqual(['Ghana has recalled its envoy to Togo.', 'Accra said on Monday it was "deeply concerned".']);
  });

  it('keeps curly and straight quote marks as tokens of their own', () => {
    const { tokens } = run('date 2020-01-01\n\u201cWe will not yield,\u201d she said. He said "no".');
    const marks = tokens.filter((t) => /["\u201c\u201d]/u.test(t.text)).map((t) => t.text);
    expect(marks).toEqual(['\u201c', '\u201d', '"', '"']);
  });

  it('marks a question standing alone as a subheading and the first short line as the title', () => {
    const text = 'date 2021-10-19\nKenya closes border with Somalia\n\nKenya closed its border on Monday.\n\nWhat did Somalia say?\n\nSomalia said it regretted the move.';
    const { sentences } = run(text);
    expect(sentences.map((s) => [s.text, s.heading])).toEqual([
      ['Kenya closes border with Somalia', 'title'],
      ['Kenya closed its border on Monday.', null],
      ['What did Somalia say?', 'subheading'],
      ['Somalia said it regretted the move.', null],
    ]);
  });

  it('does not take a question inside a paragraph of prose, or a quoted line, for a heading', () => {
    const text = 'date 2021-10-19\nThe minister spoke. Why now? Nobody knew.\n\n"Is this the end?"';
    const { sentences } = run(text);
    expect(sentences.every((s) => s.heading === null)).toBe(true);
  });

  it('ends a sentence at a line break even without a full stop', () => {
    const { sentences } = run('date 2021-10-19\nLine one without stop\nLine two follows here.');
    expect(sentences.map((s) => s.text)).toEqual(['Line one without stop', 'Line two follows here.']);
    expect(sentences[0]?.paragraph).toBe(sentences[1]?.paragraph);
  });

  it('numbers paragraphs by blank lines', () => {
    const { sentences } = run('date 2021-10-19\nA first one. A second one.\n\nA third one.');
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });

  it('copes with an empty body', () => {
    const { sentences, tokens } = run('date 2021-10-19\n');
    expect(sentences).toEqual([]);
    expect(tokens).toEqual([]);
  });

  it('keeps words with letters beyond Latin-1 whole, which wink-nlp cuts apart', () => {
    const { tokens } = run('date 2016-07-18\nBinali Yıldırım met Recep Tayyip Erdoğan in Kraków; Dvořák cannot come.');
    const words = tokens.map((t) => t.text);
    expect(words).toEqual(expect.arrayContaining(['Yıldırım', 'Erdoğan', 'Kraków', 'Dvořák']));
    expect(words).not.toContain('ğ');
    expect(tokens.find((t) => t.text === 'Erdoğan')?.pos).toBe('PROPN');
    expect(words).toEqual(expect.arrayContaining(['can', 'not']));
  });
});
