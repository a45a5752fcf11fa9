/**
 * An article from a saved web page: the main text via Readability (boilerplate, menus and comments dropped), the
 * title, the canonical URL and the publication date from the page's meta tags.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Article } from '../../core/index.js';
import { InputError, makeArticle } from '../../input/index.js';
import { htmlToText } from './html-text.js';
import { publishedDate } from './published-date.js';

/** Where pages state their publication date, most specific first. */
const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[property="og:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="date"]',
  'meta[name="dc.date.issued"]',
  'meta[name="DC.date.issued"]',
  'meta[name="parsely-pub-date"]',
];

type Page = ReturnType<typeof parseHTML>['document'];

function attribute(document: Page, selector: string, name: string): string | null {
  return document.querySelector(selector)?.getAttribute(name)?.trim() || null;
}

function metaDate(document: Page): string | null {
  for (const selector of DATE_SELECTORS) {
    const date = publishedDate(attribute(document, selector, 'content'));
    if (date) return date;
  }
  return publishedDate(attribute(document, 'time[datetime]', 'datetime'));
}

function pageUrl(document: Page): string | null {
  return attribute(document, 'link[rel="canonical"]', 'href') ?? attribute(document, 'meta[property="og:url"]', 'content');
}

export function parseHtmlArticle(html: string, source: string): Article {
  const { document } = parseHTML(html);
  const published = metaDate(document);
  const url = pageUrl(document);
  const metaTitle = attribute(document, 'meta[property="og:title"]', 'content');
  // Readability changes the document it reads, so the meta tags are read first.
  const readable = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  const text = htmlToText(readable?.content ?? '') || htmlToText(document.body?.innerHTML ?? '');
  if (!text) throw new InputError(source, 'web page without article text');
  const title = metaTitle ?? (readable?.title?.trim() || null);
  return makeArticle({ source, url, title, published: published ?? publishedDate(readable?.publishedTime), text });
}
