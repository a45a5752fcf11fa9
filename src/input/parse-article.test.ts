import { describe, expect, it } from 'vitest';
import { InputError } from './input-error.js';
import { articleId, parseTextArticle } from './parse-article.js';

const body = (text: string, source = 'a.txt') => {
  const article = parseTextArticle(text, source);
  return { ...article, body: article.text.slice(article.bodyStart) };
};

describe('the .txt date header', () => {
  it('reads a header on its own first line and starts the body after it', () => {
    const a = body('date 2022-03-04\nKenya and Somalia restore ties\n\nNairobi said on Friday…');
    expect(a.published).toBe('2022-03-04');
    expect(a.body.startsWith('Kenya and Somalia')).toBe(true);
    expect(a.title).toBe('Kenya and Somalia restore ties');
  });

  it('allows leading spaces and text continuing on the same line', () => {
    const a = body('  date 2019-11-30 Chile suspended the summit on Wednesday.');
    expect(a.published).toBe('2019-11-30');
    expect(a.body).toBe('Chile suspended the summit on Wednesday.');
    expect(a.text.slice(a.bodyStart, a.bodyStart + 5)).toBe('Chile');
  });

  it('accepts a month or a year as the publication date', () => {
    expect(body('date 2021-10\nText.').published).toBe('2021-10');
    expect(body('date 2021\nText.').published).toBe('2021');
  });

  it('rejects a header that is not a real date, naming file:1', () => {
    expect(() => parseTextArticle('date 2021-13-45\nText.', 'news/bad.txt')).toThrow(InputError);
    expect(() => parseTextArticle('date 2021-13-45\nText.', 'news/bad.txt')).toThrow(/^news\/bad\.txt:1: bad date header "date 2021-13-45"/u);
    expect(() => parseTextArticle('date 2021-02-30\nText.', 'feb.txt')).toThrow(/feb\.txt:1/u);
  });

  it('uses the fallback date (--date) only when there is no header', () => {
    expect(parseTextArticle('Text without a header.', 'x.txt', '2020-01-02').published).toBe('2020-01-02');
    expect(parseTextArticle('date 2021\nText.', 'x.txt', '2020-01-02').published).toBe('2021');
    expect(parseTextArticle('Text without a header.', 'x.txt').published).toBeNull();
  });

  it('does not take "date" inside the text for a header', () => {
    const a = body('The date 2021-05-01 was set for the vote.');
    expect(a.published).toBeNull();
    expect(a.bodyStart).toBe(0);
  });
});

describe('title and id', () => {
  it('takes a short first line followed by a blank line as the title, not a first sentence', () => {
    expect(body('Talks collapse in Geneva\n\nThe talks collapsed.').title).toBe('Talks collapse in Geneva');
    expect(body('The talks collapsed on Monday.\n\nMore text.').title).toBeNull();
  });

  it('gives the same id to the same body whatever the file name', () => {
    const a = parseTextArticle('date 2021\nSame text.', 'one.txt');
    const b = parseTextArticle('date 2021\nSame text.', 'two.txt');
    expect(a.id).toBe(b.id);
    expect(a.id).toBe(articleId('Same text.'));
    expect(a.id).toMatch(/^sha256-[0-9a-f]{32}$/u);
  });
});
