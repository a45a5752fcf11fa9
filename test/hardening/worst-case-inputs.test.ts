/**
 * No regular expression of dyad, nor chrono over dyad's input, may backtrack catastrophically: every stage and every
 * input parser must get through the inputs that expose backtracking (worst-inputs.ts). Vitest's per-test timeout
 * is the guard; `npm run fuzz` prints how long each input takes.
 *
 * The pipeline gets 5,000 characters (the tokenise stage breaks runs without spaces, on which wink-nlp's own
 * tokeniser is quadratic; see the README's "Limits and guarantees"). The parsers get 100,000.
 */
import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from '../../src/app/ingest/feed-articles.js';
import { parseHtmlArticle } from '../../src/app/ingest/html-article.js';
import { loadDictionaries } from '../../src/dictionaries/index.js';
import { makeArticle, parseJsonLine, parsePartialDate, parsePublished, parseTextArticle } from '../../src/input/index.js';
import { analyse, STAGES } from '../../src/pipeline/index.js';
import { worstInputs } from './worst-inputs.js';

const dictionaries = loadDictionaries();
const limits = { maxArticleChars: 10_000_000, budgetMs: 1_000_000 };

describe('every stage completes on worst-case input', () => {
  for (const { name, text } of worstInputs(5_000)) {
    it(`${name}`, () => {
      const article = makeArticle({ source: name, text, published: '2021-10-19' });
      for (const stage of STAGES) {
        const analysis = analyse(article, { dictionaries, until: stage.name, limits });
        // Every token lies inside the text: the stage finished with a usable analysis, not just without a throw.
        for (const token of analysis.tokens) expect(token.end).toBeLessThanOrEqual(text.length);
      }
    });
  }
});

describe('the input parsers complete on worst-case input', () => {
  for (const { name, text } of worstInputs(100_000)) {
    it(`${name}`, () => {
      const parsed = (() => {
        try {
          return parseTextArticle(text, name);
        } catch (err) {
          return err as Error;
        }
      })();
      expect(parsed).toBeDefined();
      expect(parseJsonLine(JSON.stringify({ text, published: text.slice(0, 50) }), 'x:1', 'x')).toBeDefined();
      expect(parseJsonLine(text, 'x:1', 'x')).toBeInstanceOf(Error);
      expect(parsePartialDate(text)).toBeNull();
      expect(looksLikeFeed(text.slice(0, 1000))).toBe(false);
      expect(parsePublished(text.slice(0, 10_000))).toBeDefined();
    });
  }
  it('a web page of worst-case paragraphs', () => {
    const paragraphs = worstInputs(2_000).map((w) => `<p>${w.text.replace(/</gu, '&lt;')}</p>`).join('\n');
    expect(parseHtmlArticle(`<!doctype html><html><body><article>${paragraphs}</article></body></html>`, 'page.html').text.length).toBeGreaterThan(0);
  });
});
