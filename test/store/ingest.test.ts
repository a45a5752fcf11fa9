import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, type IngestOptions } from '../../src/app/index.js';
import { openSqliteStore, type EventStore } from '../../src/store/index.js';

const WIRE = [
  'Kenya and Tanzania signed an agreement on Thursday to share the port of Mombasa, the two governments said.',
  'Officials from both countries said the deal would cut shipping costs for landlocked neighbours such as Uganda.',
  'The agreement still has to be approved by both parliaments before it takes effect next year, a spokesman said.',
  'Critics in Nairobi said the terms had been negotiated in secret and called for the text to be published in full.',
].join('\n\n');

const PAGE = `<!doctype html><html><head><title>Talks</title><meta property="article:published_time" content="2022-04-02T10:00:00Z">
<link rel="canonical" href="https://paper.example/talks"></head><body><article>
<p>Chile and Peru resumed trade talks in Lima on Friday after a pause of two years, officials from both sides said.</p>
<p>The foreign ministers of the two countries said the meeting had been useful and agreed to meet again in June.</p>
<p>Business groups in Santiago welcomed the talks but warned that tariffs on copper remained a sticking point.</p>
</article></body></html>`;

const FEED = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Border</title><link>https://wire.example/border</link><pubDate>Mon, 02 May 2022 07:00:00 GMT</pubDate>
<description>Ghana reopened its land border with Togo on Monday, the interior ministry said.</description></item>
</channel></rss>`;

const JSON_LINES = [
  JSON.stringify({ id: 'j1', published: '2022-05-03', url: 'https://daily.example/a', text: 'Egypt and Sudan agreed on Tuesday to hold talks on the Nile dam dispute, their foreign ministers said.' }),
  '{"id": "broken", "text": ',
  JSON.stringify({ id: 'j2', published: '2022-05-04', text: 'Brazil condemned the arrest of two journalists in Caracas on Wednesday and demanded their release.' }),
].join('\n');

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  mkdirSync(join(dir, 'news', 'wire'), { recursive: true });
  writeFileSync(join(dir, 'news', 'wire', 'port.txt'), `date 2022-03-10\n${WIRE}\n`);
  // The same wire story, carried by a second outlet with a credit line added: a near-duplicate.
  writeFileSync(join(dir, 'news', 'wire', 'port-copy.txt'), `date 2022-03-10\n${WIRE}\n\nReporting by the Example wire service; editing by the desk.\n`);
  writeFileSync(join(dir, 'news', 'talks.html'), PAGE);
  writeFileSync(join(dir, 'news', 'feed.xml'), FEED);
  writeFileSync(join(dir, 'news', 'more.jsonl'), `${JSON_LINES}\n`);
  writeFileSync(join(dir, 'news', 'empty.txt'), '  \n');
  writeFileSync(join(dir, 'news', 'notes.md'), 'not an article: directories take only article files');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function options(store: EventStore, errors: string[] = []): IngestOptions {
  return { store, workers: 0, date: null, stdin: () => Readable.from([]), onError: (e) => errors.push(`${e.where}: ${e.problem}`) };
}

async function rowCounts(store: EventStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of ['articles', 'article_bands', 'events', 'clusters', 'cluster_sources', 'dyad_days', 'quotes', 'entities'] as const) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}

describe('ingest', () => {
  it('reads a directory recursively: text, web page, feed and JSON Lines; one error line per bad item', async () => {
    const store = await openSqliteStore(':memory:');
    const errors: string[] = [];
    const summary = await ingest([join(dir, 'news')], options(store, errors));
    expect(summary).toMatchObject({ stored: 6, nearDuplicates: 1, duplicates: 0, failed: 2 });
    expect(errors).toEqual([`${join(dir, 'news', 'empty.txt')}: empty article`, expect.stringMatching(/more\.jsonl:2: not valid JSON/u)]);
    const articles = await store.db.selectFrom('articles').select(['url', 'published', 'duplicate_of']).orderBy('source').execute();
    expect(articles.map((a) => a.published).sort()).toEqual(['2022-03-10', '2022-03-10', '2022-04-02', '2022-05-02', '2022-05-03', '2022-05-04']);
    expect(articles.filter((a) => a.duplicate_of !== null)).toHaveLength(1);
    expect(articles.map((a) => a.url).filter(Boolean).sort()).toEqual(['https://daily.example/a', 'https://paper.example/talks', 'https://wire.example/border']);
    await store.close();
  });

  it('adds no rows at all when the same inputs are ingested a second time', async () => {
    const store = await openSqliteStore(':memory:');
    await ingest([join(dir, 'news')], options(store));
    const before = await rowCounts(store);
    const second = await ingest([join(dir, 'news')], options(store));
    expect(second).toMatchObject({ stored: 0, nearDuplicates: 0, duplicates: 6, events: 0, quotes: 0 });
    expect(await rowCounts(store)).toEqual(before);
    await store.close();
  });

  it('reads JSON Lines from standard input as a stream', async () => {
    const store = await openSqliteStore(':memory:');
    const summary = await ingest(['-'], { ...options(store), stdin: () => Readable.from([`${JSON_LINES}\n`]) });
    expect(summary).toMatchObject({ read: 3, stored: 2, failed: 1 });
    await store.close();
  });

  it('writes several coding tasks in one transaction, the last part at the end, and reports every written article', async () => {
    const store = await openSqliteStore(':memory:');
    const transactions: number[] = [];
    const counting: EventStore = { ...store, write: (batch) => (transactions.push(batch.length), store.write(batch)) };
    const countries = ['Kenya', 'Ghana', 'Peru', 'Chile', 'Egypt', 'Sudan', 'Brazil', 'Norway', 'Japan', 'India', 'Spain'];
    const lines = countries.map((country, i) => JSON.stringify({ id: `n${i}`, published: '2022-06-01', text: `${country} recalled its ambassador from Portugal on Wednesday, the foreign ministry said.` }));
    const progress: number[] = [];
    const summary = await ingest(['-'], {
      ...options(counting),
      stdin: () => Readable.from([`${lines.join('\n')}\n{"id": "bad"\n`]),
      taskSize: 2,
      batchSize: 4,
      onProgress: (p) => progress.push(p.written),
    });
    expect(summary).toMatchObject({ read: 12, stored: 11, failed: 1 });
    expect(transactions).toEqual([4, 4, 3]);
    expect(progress.at(-1)).toBe(11);
    expect(await rowCounts(store)).toMatchObject({ articles: 11 });
    await store.close();
  });

  it('names a missing input and goes on with the others', async () => {
    const store = await openSqliteStore(':memory:');
    const errors: string[] = [];
    const summary = await ingest([join(dir, 'missing.txt'), join(dir, 'news', 'feed.xml')], options(store, errors));
    expect(summary).toMatchObject({ stored: 1, failed: 1 });
    expect(errors).toEqual([`${join(dir, 'missing.txt')}: no such file or directory`]);
    await store.close();
  });
});
