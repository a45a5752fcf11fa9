/** The bench corpus generator (scripts/corpus/generate.mjs) must be deterministic, varied and in the length range. */
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without type declarations
import { generateArticle, generateCorpus, toJsonLine, toText } from '../scripts/corpus/generate.mjs';

interface Generated {
  readonly id: string;
  readonly published: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly words: number;
}

const corpus = (count: number, seed: number): Generated[] => [...(generateCorpus({ count, seed }) as Iterable<Generated>)];

describe('the bench corpus generator', () => {
  it('gives the same articles for the same seed and different ones for another seed', () => {
    expect(corpus(50, 3)).toEqual(corpus(50, 3));
    expect(corpus(50, 3).map((a) => a.paragraphs[0])).not.toEqual(corpus(50, 4).map((a) => a.paragraphs[0]));
    expect(generateArticle(17, 3)).toEqual(corpus(18, 3)[17]);
  });

  it('writes articles of 150 to 350 words with a date header and a headline', () => {
    for (const a of corpus(300, 1)) {
      expect(a.words).toBeGreaterThanOrEqual(150);
      expect(a.words).toBeLessThanOrEqual(350);
      expect(toText(a)).toMatch(/^date \d{4}-\d{2}-\d{2}\n[^\n.]+\n\n/u);
    }
  });

  it('varies openings, dates and headlines across the corpus', () => {
    const articles = corpus(400, 1);
    expect(new Set(articles.map((a) => a.paragraphs[0]?.split(' ').slice(0, 3).join(' '))).size).toBeGreaterThan(100);
    expect(new Set(articles.map((a) => a.published)).size).toBeGreaterThan(300);
    expect(new Set(articles.map((a) => a.title)).size).toBeGreaterThan(300);
  });

  it('writes JSON Lines records that dyad reads (id, published, text)', () => {
    const record = JSON.parse(toJsonLine(generateArticle(0, 1)) as string) as Record<string, string>;
    expect(Object.keys(record)).toEqual(['id', 'published', 'title', 'text']);
    expect(record.text?.startsWith(record.title ?? '-')).toBe(true);
  });
});
