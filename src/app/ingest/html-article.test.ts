import { describe, expect, it } from 'vitest';
import { InputError } from '../../input/index.js';
import { parseHtmlArticle } from './html-article.js';

const page = (head: string, body: string): string => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const ARTICLE_BODY = `<nav><ul><li>Home</li><li>World</li><li>Sport</li></ul></nav>
<article><h1>Harbour deal signed</h1>
<p>Kenya and Tanzania signed an agreement on Thursday to share the port of Mombasa, the two governments said in a joint statement issued in Nairobi.</p>
<p>Officials from both countries said the deal would cut shipping costs for landlocked neighbours such as Uganda and Rwanda, which depend on the port.</p>
<p>The agreement still has to be approved by both parliaments before it takes effect next year, a spokesman for the Kenyan transport ministry said.</p></article>
<footer>Copyright 2022 Example News. All rights reserved.</footer>`;

describe('parseHtmlArticle', () => {
  it('takes the text, title, canonical URL and publication date from a saved page', () => {
    const html = page(
      '<title>Example News | Harbour deal</title><meta property="article:published_time" content="2022-03-10T09:30:00+03:00"><meta property="og:title" content="Harbour deal signed"><link rel="canonical" href="https://news.example/harbour">',
      ARTICLE_BODY,
    );
    const article = parseHtmlArticle(html, 'harbour.html');
    expect(article).toMatchObject({ title: 'Harbour deal signed', url: 'https://news.example/harbour', published: '2022-03-10', source: 'harbour.html' });
    expect(article.text).toContain('Kenya and Tanzania signed an agreement');
    expect(article.text).toContain('\n\nOfficials from both countries');
    expect(article.text).not.toContain('Copyright');
  });

  it('falls back to <time datetime> when no meta tag gives the date', () => {
    const article = parseHtmlArticle(page('<title>Harbour</title>', `<time datetime="2022-03-11">11 March</time>${ARTICLE_BODY}`), 'p.html');
    expect(article.published).toBe('2022-03-11');
  });

  it('leaves the date unknown when the page states none', () => {
    expect(parseHtmlArticle(page('<title>Harbour</title>', ARTICLE_BODY), 'p.html').published).toBeNull();
  });

  it('rejects a page without any text', () => {
    expect(() => parseHtmlArticle(page('<title>Empty</title>', '<div></div>'), 'empty.html')).toThrow(InputError);
  });
});
