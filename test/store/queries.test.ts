import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyadSeries, exportEvents, findEvents, findQuotes, gdeltRow, GDELT_COLUMNS, resolveActor, showArticle, storeStats, topActors } from '../../src/query/index.js';
import { openSqliteStore, type EventStore } from '../../src/store/index.js';
import { coded, event, story } from './coded-article.fixture.js';

let store: EventStore;

const lavrov = { name: 'Sergey Lavrov', type: 'person' as const, code: 'RUSGOV', role: 'Foreign Minister', affiliation: null, geo: null, mentions: [{ text: 'Lavrov', start: 0, end: 6 }] };
const nato = { name: 'NATO', type: 'organization' as const, code: 'IGOWSTNAT', role: null, affiliation: null, geo: null, mentions: [{ text: 'Nato', start: 10, end: 14 }] };
const quote = (text: string, speaker: { name: string; code: string | null } | null) => ({ text, start: 0, end: text.length, direct: true, speaker, cue: 'said', sentence: 1, rule: 'test' });

beforeAll(async () => {
  store = await openSqliteStore(':memory:');
  await store.write([
    coded({
      id: 'a1',
      url: 'https://one.example/nato',
      published: '2021-10-19',
      text: story('suspend'),
      entities: [lavrov, nato],
      quotes: [quote('We see no reason to pretend.', { name: 'Sergey Lavrov', code: 'RUSGOV' })],
      events: [
        event('RUSGOV', '161', 'IGOWSTNAT', '2021-10-18', { location: { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62 } }),
        event('IGOWSTNAT', '1125', 'RUS', '2021-10-06'),
        event('RUS', '190', 'UKR', '2014', { background: true }),
      ],
    }),
    coded({ id: 'a2', url: 'https://two.example/nato', published: '2021-10-19', text: story('copy'), entities: [nato], events: [event('RUSGOV', '163', 'IGOWSTNAT', '2021-10-19')] }),
    coded({ id: 'a3', published: '2021-11-02', text: story('talks'), entities: [lavrov], quotes: [quote('Talks went well.', null)], events: [event('RUS', '042', 'IGOWSTNAT', '2021-11-02'), event('RUS', '161', 'IGOWSTNAT', '2021-11-03', { modality: 'future' })] }),
  ]);
});

afterAll(async () => {
  await store.close();
});

describe('findEvents', () => {
  it('counts a happening once: two reports of the suspension are one cluster with two sources', async () => {
    const rows = await findEvents(store.db, { source: 'RUS', target: 'IGOWSTNAT', root: '16' });
    expect(rows.map((r) => [r.date, r.code, r.mentions, r.sources, r.modality])).toEqual([
      ['2021-11-03', '161', 1, 1, 'future'],
      ['2021-10-18', '161', 2, 2, 'asserted'],
    ]);
  });

  it('lists every report with reports: true', async () => {
    const rows = await findEvents(store.db, { source: 'RUS', root: '16', modality: 'asserted', reports: true });
    expect(rows.map((r) => r.id).sort()).toEqual(['a1#0', 'a2#0']);
  });

  it('leaves background events out unless asked, and filters by actor, code prefix and dates', async () => {
    expect(await findEvents(store.db, { actor: 'UKR' })).toEqual([]);
    expect((await findEvents(store.db, { actor: 'UKR', includeBackground: true })).map((r) => r.code)).toEqual(['190']);
    expect((await findEvents(store.db, { code: '11' })).map((r) => r.source)).toEqual(['IGOWSTNAT']);
    expect((await findEvents(store.db, { from: '2021-11-01', to: '2021-11-30' })).map((r) => r.code).sort()).toEqual(['042', '161']);
    expect((await findEvents(store.db, { actor: 'UKR', includeBackground: true, from: '2014-06-01', to: '2014-06-30' })).map((r) => r.code)).toEqual(['190']);
  });
});

describe('dyadSeries', () => {
  it('gives both directions per period with QuadClass counts, Goldstein sum and mean, asserted news only', async () => {
    const rows = await dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'month' });
    expect(rows).toEqual([
      { period: '2021-10', direction: 'RUS>IGOWSTNAT', q1: 0, q2: 0, q3: 0, q4: 1, total: 1, goldsteinSum: -4, goldsteinMean: -4 },
      { period: '2021-10', direction: 'IGOWSTNAT>RUS', q1: 0, q2: 0, q3: 1, q4: 0, total: 1, goldsteinSum: 0, goldsteinMean: 0 },
      { period: '2021-11', direction: 'RUS>IGOWSTNAT', q1: 1, q2: 0, q3: 0, q4: 0, total: 1, goldsteinSum: 1.9, goldsteinMean: 1.9 },
      { period: '2021-11', direction: 'IGOWSTNAT>RUS', q1: 0, q2: 0, q3: 0, q4: 0, total: 0, goldsteinSum: 0, goldsteinMean: null },
    ]);
  });

  it('counts reports on request and shows empty weeks as zeros', async () => {
    const rows = await dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'week', reports: true });
    const forward = rows.filter((r) => r.direction === 'RUS>IGOWSTNAT');
    expect(forward.map((r) => [r.period, r.total])).toEqual([
      ['2021-10-04', 0],
      ['2021-10-11', 0],
      ['2021-10-18', 2],
      ['2021-10-25', 0],
      ['2021-11-01', 1],
    ]);
  });
});

describe('resolveActor', () => {
  it('turns a stored name into its code and keeps codes as they are', async () => {
    expect(await resolveActor(store.db, 'NATO')).toBe('IGOWSTNAT');
    expect(await resolveActor(store.db, 'nato')).toBe('IGOWSTNAT');
    expect(await resolveActor(store.db, 'RUS')).toBe('RUS');
  });
});

describe('findQuotes, topActors, showArticle, storeStats', () => {
  it('finds quotes by a part of the speaker name or by code', async () => {
    expect((await findQuotes(store.db, { speaker: 'lavrov' })).map((q) => q.text)).toEqual(['We see no reason to pretend.']);
    expect(await findQuotes(store.db, { speaker: 'RUSGOV' })).toHaveLength(1);
    expect(await findQuotes(store.db, {})).toHaveLength(2);
  });

  it('ranks actors by articles and gives people their roles', async () => {
    const rows = await topActors(store.db, {});
    expect(rows.map((r) => [r.name, r.articles])).toEqual([
      ['NATO', 2],
      ['Sergey Lavrov', 2],
    ]);
    expect(rows.find((r) => r.name === 'Sergey Lavrov')?.roles).toEqual(['Foreign Minister']);
  });

  it('shows an article by id prefix or URL, with its annotations', async () => {
    expect((await showArticle(store.db, 'a'))?.output.article.id).toBe('a1');
    const byUrl = await showArticle(store.db, 'https://two.example/nato');
    expect(byUrl?.output.events.map((e) => e.code)).toEqual(['163']);
    expect((await showArticle(store.db, 'a2.txt'))?.output.article.id).toBe('a2');
    expect(await showArticle(store.db, 'zzz')).toBeNull();
  });

  it('sums up the store', async () => {
    expect(await storeStats(store.db)).toMatchObject({ articles: 3, events: 6, clusters: 5, quotes: 2, firstPublished: '2021-10-19', lastPublished: '2021-11-02', firstEvent: '2014-01-01' });
  });
});

describe('export', () => {
  it('streams every cluster, and every report on request', async () => {
    const clusters = [];
    for await (const row of exportEvents(store.db)) clusters.push(row);
    expect(clusters).toHaveLength(5);
    const reports = [];
    for await (const row of exportEvents(store.db, { reports: true })) reports.push(row);
    expect(reports).toHaveLength(6);
  });

  it('maps a cluster to the 61 GDELT 2.0 event columns', async () => {
    let suspension;
    for await (const row of exportEvents(store.db)) if (row.code === '161' && row.modality === 'asserted') suspension = row;
    if (!suspension) throw new Error('no suspension cluster');
    const row = gdeltRow(suspension);
    expect(row).toHaveLength(GDELT_COLUMNS.length);
    expect(GDELT_COLUMNS).toHaveLength(61);
    const field = (name: string): string | undefined => row[GDELT_COLUMNS.indexOf(name)];
    expect([field('SQLDATE'), field('MonthYear'), field('Year'), field('Actor1Code'), field('Actor1CountryCode'), field('Actor1Type1Code'), field('Actor2Code'), field('Actor2CountryCode'), field('Actor2Type1Code')]).toEqual(['20211018', '202110', '2021', 'RUSGOV', 'RUS', 'GOV', 'IGOWSTNAT', '', 'IGO']);
    expect([field('EventCode'), field('EventBaseCode'), field('EventRootCode'), field('QuadClass'), field('GoldsteinScale'), field('NumMentions'), field('NumSources'), field('NumArticles')]).toEqual(['161', '161', '16', '4', '-4', '2', '2', '2']);
    expect([field('ActionGeo_Type'), field('ActionGeo_FullName'), field('ActionGeo_CountryCode'), field('ActionGeo_Lat'), field('SOURCEURL')]).toEqual(['4', 'Moscow', 'RUS', '55.75', 'https://one.example/nato']);
  });
});
