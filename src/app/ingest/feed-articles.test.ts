import { describe, expect, it } from 'vitest';
import { InputError } from '../../input/index.js';
import { looksLikeFeed, parseFeedArticles } from './feed-articles.js';

const RSS = `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Talks &amp; trade</title><link>https://wire.example/1</link><pubDate>Tue, 19 Oct 2021 08:00:00 GMT</pubDate>
<description>&lt;p&gt;Short summary.&lt;/p&gt;</description>
<content:encoded><![CDATA[<p>Chile and Peru resumed trade talks on Monday.</p><p>Both sides called the meeting useful.</p>]]></content:encoded></item>
<item><title>Empty</title><link>https://wire.example/2</link></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<entry><title>Border reopened</title><link rel="alternate" href="https://desk.example/b"/><published>2022-05-02T07:00:00Z</published>
<summary type="html">&lt;p&gt;Ghana reopened its land border with Togo.&lt;/p&gt;</summary></entry></feed>`;

describe('parseFeedArticles', () => {
  it('makes one article per RSS item, preferring the full content to the description', () => {
    const [first, second] = parseFeedArticles(RSS, 'wire.xml');
    expect(first).toMatchObject({ url: 'https://wire.example/1', title: 'Talks & trade', published: '2021-10-19', source: 'https://wire.example/1' });
    expect(first && 'text' in first ? first.text : '').toBe('Chile and Peru resumed trade talks on Monday.\n\nBoth sides called the meeting useful.');
    expect(second).toBeInstanceOf(InputError);
    expect((second as InputError).message).toBe('wire.xml#2: feed item without text (no content, description or summary)');
  });

  it('reads Atom entries with their alternate link and HTML summary', () => {
    const [entry] = parseFeedArticles(ATOM, 'desk.atom');
    expect(entry).toMatchObject({ url: 'https://desk.example/b', title: 'Border reopened', published: '2022-05-02', text: 'Ghana reopened its land border with Togo.' });
  });

  it('recognises feeds by their first element, not by an XML declaration alone', () => {
    expect(looksLikeFeed(RSS)).toBe(true);
    expect(looksLikeFeed(ATOM)).toBe(true);
    expect(looksLikeFeed('<?xml version="1.0"?><svg></svg>')).toBe(false);
  });
});
