/**
 * Articles from an RSS 2.0 or Atom feed file: one per <item> or <entry>, with its link, title, date and the
 * richest text the feed carries (content:encoded or content, else description or summary).
 */
import { DOMParser } from 'linkedom';
import type { Article } from '../../core/index.js';
import { InputError, makeArticle } from '../../input/index.js';
import { htmlToText } from './html-text.js';
import { publishedDate } from './published-date.js';

type Node = ReturnType<ReturnType<DOMParser['parseFromString']>['querySelector']>;

/** The text of the first child named like one of `names`, trying the names in order of preference. */
function childText(item: NonNullable<Node>, names: readonly string[]): string | null {
  const children = [...item.children];
  for (const name of names) {
    for (const child of children) {
      if (child.tagName.toLowerCase() !== name) continue;
      const text = child.textContent?.trim();
      if (text) return text;
    }
  }
  return null;
}

function entryLink(entry: NonNullable<Node>): string | null {
  for (const child of entry.children) {
    if (child.tagName.toLowerCase() !== 'link') continue;
    const rel = child.getAttribute('rel');
    if (rel === null || rel === 'alternate') return child.getAttribute('href') ?? child.textContent?.trim() ?? null;
  }
  return null;
}

const XML_DECLARATION = /^\s*(?:<\?xml[^>]*>)?\s*/u;
const FEED_ROOT = /^<(?:rss|feed|rdf:RDF)\b/u;

/**
 * Whether a file's start looks like a feed: `<rss`, `<feed` or `<rdf:RDF` before any other element. Comments are
 * skipped with indexOf: the regex `(?:<!--[\s\S]*?-->\s*)*` was exponential (22 `<!---->` took 0.24 s, 30 hang).
 */
export function looksLikeFeed(start: string): boolean {
  let at = XML_DECLARATION.exec(start)?.[0].length ?? 0;
  while (start.startsWith('<!--', at)) {
    const end = start.indexOf('-->', at + 4);
    if (end < 0) return false;
    at = end + 3;
    while (at < start.length && /\s/u.test(start[at] ?? '')) at++;
  }
  return FEED_ROOT.test(start.slice(at));
}

export function parseFeedArticles(xml: string, source: string): (Article | InputError)[] {
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const items = [...document.querySelectorAll('item, entry')];
  if (items.length === 0) return [new InputError(source, 'feed without <item> or <entry> elements')];
  return items.map((item, i) => {
    const where = `${source}#${i + 1}`;
    const html = childText(item, ['content:encoded', 'content', 'description', 'summary']);
    const text = html ? htmlToText(html) : '';
    if (!text) return new InputError(where, 'feed item without text (no content, description or summary)');
    const link = childText(item, ['link']) ?? entryLink(item);
    const date = publishedDate(childText(item, ['pubdate', 'published', 'dc:date', 'date', 'updated']));
    const title = childText(item, ['title']);
    return makeArticle({ source: link ?? where, url: link, title: title ? htmlToText(title) : null, published: date, text });
  });
}
