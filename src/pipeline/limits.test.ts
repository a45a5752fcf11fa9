import { describe, expect, it } from 'vitest';
import { loadDictionaries } from '../dictionaries/index.js';
import type { Article } from '../core/index.js';
import { checkBudget, LimitError } from './limits.js';
import { analyse } from './pipeline.js';

const dictionaries = loadDictionaries();

function makeArticle(fields: { source: string; text: string; bodyStart?: number }): Article {
  return { id: fields.source, title: null, url: null, published: null, language: 'en', bodyStart: 0, ...fields };
}

describe('per-article limits', () => {
  it('refuses an article over the size limit before any stage runs, naming both sizes', () => {
    const article = makeArticle({ source: 'big.txt', text: 'Kenya said no. '.repeat(100) });
    expect(() => analyse(article, { dictionaries, limits: { maxArticleChars: 1_000, budgetMs: 10_000 } })).toThrow(
      /article is 1,500 characters, over the limit of 1,000/u,
    );
  });

  it('counts only the body, not the date header, towards the size limit', () => {
    const text = 'date 2021-10-19\nKenya said no.';
    const article = makeArticle({ source: 'a.txt', text, bodyStart: 16 });
    expect(() => analyse(article, { dictionaries, limits: { maxArticleChars: text.length - 16, budgetMs: 10_000 } })).not.toThrow();
  });

  it('fails an article whose stages overrun the time budget, naming the stage', () => {
    expect(() => checkBudget(0, 250, 'actors', { maxArticleChars: 10, budgetMs: 100 })).toThrow(LimitError);
    expect(() => checkBudget(0, 250, 'actors', { maxArticleChars: 10, budgetMs: 100 })).toThrow(/by the end of stage actors, over its budget of 100 ms/u);
    expect(() => checkBudget(0, 50, 'actors', { maxArticleChars: 10, budgetMs: 100 })).not.toThrow();
  });
});
