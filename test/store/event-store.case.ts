/**
 * The cases every EventStore must pass (hono's `common.case.test.ts` style): each store's test file calls
 * `runEventStoreCases` with a function that opens an empty store. A store that cannot pass a case skips it with
 * `skip` and says why.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dyadSeries, type SeriesQuery } from '../../src/query/index.js';
import type { EventStore } from '../../src/store/index.js';
import { coded, event, story } from './coded-article.fixture.js';
import { countsOnly, nonEmpty, seriesFromEvents } from './series-from-events.js';

export interface CaseOptions {
  /** Case names this store skips, each with the reason. */
  readonly skip?: Readonly<Record<string, string>>;
}

async function count(store: EventStore, table: 'articles' | 'events' | 'clusters' | 'quotes' | 'entities'): Promise<number> {
  const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/**
 * Series forms users run: country prefixes and full codes (read from the rollup), a prefix that is not whole blocks
 * (read from the day sums), days cut off mid-week, and reports instead of clusters.
 */
const SERIES_FORMS: readonly Omit<SeriesQuery, 'by'>[] = [
  { a: 'RUS', b: 'IGOWSTNAT' },
  { a: 'RUSGOV', b: 'IGOWSTNAT' },
  { a: 'IGO', b: 'RUS' },
  { a: 'RUSG', b: 'IGOWSTNAT' },
  { a: 'RUS', b: 'UKR' },
  { a: 'RUS', b: 'IGOWSTNAT', from: '2021-10-27', to: '2021-11-30' },
  { a: 'RUS', b: 'IGOWSTNAT', from: '2021-10-01', to: '2021-10-31' },
  { a: 'RUS', b: 'IGOWSTNAT', reports: true },
];

/** Every series form, by day, week and month, must equal the count worked out from the events table. */
async function expectSeriesFromEvents(store: EventStore): Promise<void> {
  for (const form of SERIES_FORMS) {
    for (const by of ['day', 'week', 'month'] as const) {
      const query = { ...form, by };
      const expected = await seriesFromEvents(store, query);
      const actual = nonEmpty(await dyadSeries(store.db, query));
      if (query.reports) expect(countsOnly(actual), JSON.stringify(query)).toEqual(countsOnly(expected));
      else expect(actual, JSON.stringify(query)).toEqual(expected);
    }
  }
}

/** Reports between RUS (with its agents), NATO and UKR over two months, some left out of series (future, background). */
function seriesArticles(): ReturnType<typeof coded>[] {
  return [
    coded({ id: 's1', url: 'https://one.example/1', text: story('s1'), events: [event('RUS', '163', 'IGOWSTNAT', '2021-11-01'), event('RUSGOV', '042', 'IGOWSTNAT', '2021-10-18'), event('IGOWSTNAT', '111', 'RUSMIL', '2021-10-19')] }),
    coded({ id: 's2', url: 'https://two.example/1', text: story('s2'), events: [event('RUSGOV', '042', 'IGOWSTNAT', '2021-10-19'), event('RUS', '161', 'UKR', '2021-10-25'), event('RUSMIL', '190', 'UKR', '2021-11-29', { modality: 'future' })] }),
    coded({ id: 's3', url: 'https://one.example/2', text: story('s3'), events: [event('RUS', '057', 'IGOWSTNAT', '2021-11-30'), event('RUS', '161', 'IGOWSTNAT', '2014', { background: true }), event('IGOWSTNATMIL', '173', 'RUS', '2021-10-31')] }),
  ];
}

export function runEventStoreCases(name: string, open: () => Promise<EventStore>, options: CaseOptions = {}): void {
  const test = (title: string, body: () => Promise<void>): void => {
    const why = options.skip?.[title];
    if (why) it.skip(`${title} (skipped: ${why})`, body);
    else it(title, body);
  };

  describe(`EventStore cases: ${name}`, () => {
    let store: EventStore;
    beforeEach(async () => {
      store = await open();
    });
    afterEach(async () => {
      await store.close();
    });

    test('stores an article with its events, quotes and entities', async () => {
      const summary = await store.write([
        coded({
          id: 'a1',
          text: story('sanctions'),
          events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-18')],
          quotes: [{ text: 'We will answer.', start: 0, end: 15, direct: true, speaker: { name: 'Sergey Lavrov', code: 'RUSGOV' }, cue: 'said', sentence: 1, rule: 'test' }],
          entities: [{ name: 'Russia', type: 'country', code: 'RUS', role: null, affiliation: null, geo: null, mentions: [{ text: 'Russia', start: 0, end: 6 }] }],
        }),
      ]);
      expect(summary).toMatchObject({ stored: 1, nearDuplicates: 0, duplicates: [], events: 1, quotes: 1 });
      expect([await count(store, 'articles'), await count(store, 'events'), await count(store, 'quotes'), await count(store, 'entities')]).toEqual([1, 1, 1, 1]);
    });

    test('skips an article with the same id, the same URL or the same normalised text', async () => {
      await store.write([coded({ id: 'a1', url: 'https://example.org/1', text: story('alpha') })]);
      const again = await store.write([
        coded({ id: 'a1', text: story('beta') }),
        coded({ id: 'a2', url: 'https://example.org/1', text: story('gamma') }),
        coded({ id: 'a3', text: story('alpha').toUpperCase().replaceAll(' ', '  ') }),
      ]);
      expect(again.stored).toBe(0);
      expect(again.duplicates.map((d) => d.reason)).toEqual(['id', 'url', 'text']);
      expect(await count(store, 'articles')).toBe(1);
    });

    test('skips a duplicate that arrives in the same batch as its original', async () => {
      const summary = await store.write([coded({ id: 'a1', text: story('alpha') }), coded({ id: 'a1', text: story('alpha') })]);
      expect(summary.stored).toBe(1);
      expect(summary.duplicates).toEqual([{ id: 'a1', reason: 'id' }]);
    });

    test('links a near-duplicate to the first article it copies, and not an unrelated one', async () => {
      const original = story('wire', 120);
      await store.write([coded({ id: 'a1', text: original })]);
      const summary = await store.write([coded({ id: 'a2', text: `${original} Reuters contributed reporting.` }), coded({ id: 'a3', text: story('other', 120) })]);
      expect(summary).toMatchObject({ stored: 2, nearDuplicates: 1 });
      const rows = await store.db.selectFrom('articles').select(['id', 'duplicate_of']).orderBy('id').execute();
      expect(rows).toEqual([
        { id: 'a1', duplicate_of: null },
        { id: 'a2', duplicate_of: 'a1' },
        { id: 'a3', duplicate_of: null },
      ]);
    });

    test('clusters reports of one happening from several outlets, counting reports and sources', async () => {
      await store.write([
        coded({ id: 'a1', url: 'https://www.one.example/x', text: story('one'), events: [event('RUS', '163', 'IGOWSTNAT', '2021-10-19')] }),
        coded({ id: 'a2', url: 'https://two.example/y', text: story('two'), events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-18')] }),
        coded({ id: 'a3', url: 'https://two.example/z', text: story('three'), events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-18')] }),
      ]);
      const clusters = await store.db.selectFrom('clusters').selectAll().execute();
      expect(clusters).toHaveLength(1);
      expect(clusters[0]).toMatchObject({ code: '161', goldstein: -4, date: '2021-10-18', mentions: 3, articles: 3, sources: 2 });
    });

    test('keeps apart events with another root, another direction, another window, modality or background', async () => {
      await store.write([
        coded({
          id: 'a1',
          text: story('many'),
          events: [
            event('RUS', '161', 'IGOWSTNAT', '2021-10-18'),
            event('RUS', '042', 'IGOWSTNAT', '2021-10-18'),
            event('IGOWSTNAT', '161', 'RUS', '2021-10-18'),
            event('RUS', '161', 'IGOWSTNAT', '2021-11-18'),
            event('RUS', '161', 'IGOWSTNAT', '2021-10-18', { modality: 'negated' }),
            event('RUS', '161', 'IGOWSTNAT', '2014', { background: true }),
          ],
        }),
      ]);
      expect(await count(store, 'clusters')).toBe(6);
    });

    test('does not merge undated events of different articles', async () => {
      await store.write([coded({ id: 'a1', text: story('one'), events: [event('RUS', '161', 'UKR', null)] }), coded({ id: 'a2', text: story('two'), events: [event('RUS', '161', 'UKR', null)] })]);
      expect(await count(store, 'clusters')).toBe(2);
    });

    test('builds the same clusters and day sums whatever the arrival order', async () => {
      const articles = [
        coded({ id: 'a1', url: 'https://one.example/1', text: story('one'), events: [event('RUS', '163', 'UKR', '2022-02-25')] }),
        coded({ id: 'a2', url: 'https://two.example/1', text: story('two'), events: [event('RUS', '161', 'UKR', '2022-02-24')] }),
        coded({ id: 'a3', url: 'https://one.example/2', text: story('three'), events: [event('RUS', '042', 'UKR', '2022-02-24')] }),
        coded({ id: 'a0', text: story('zero'), events: [event('RUS', '161', 'UKR', '2022-02-24', { source: { code: 'RUS', name: 'Moscow' } })] }),
      ];
      const snapshot = async (): Promise<unknown> => ({
        clusters: await store.db.selectFrom('clusters').selectAll().orderBy('id').execute(),
        days: await store.db.selectFrom('dyad_days').selectAll().where('clusters', '!=', 0).orderBy('day').orderBy('quad_class').execute(),
      });
      await store.write(articles);
      const forward = await snapshot();
      await store.close();
      store = await open();
      for (const article of [...articles].reverse()) await store.write([article]);
      expect(await snapshot()).toEqual(forward);
    });

    test('keeps per-day dyad sums of the asserted news clusters only', async () => {
      await store.write([
        coded({ id: 'a1', text: story('one'), events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-18'), event('RUS', '042', 'IGOWSTNAT', '2021-10-18'), event('RUS', '161', 'IGOWSTNAT', '2014', { background: true })] }),
        coded({ id: 'a2', text: story('two'), events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-18', { modality: 'future' })] }),
      ]);
      const days = await store.db.selectFrom('dyad_days').select(['day', 'quad_class', 'clusters', 'mentions', 'goldstein_sum']).where('clusters', '!=', 0).orderBy('quad_class').execute();
      expect(days).toEqual([
        { day: '2021-10-18', quad_class: 1, clusters: 1, mentions: 1, goldstein_sum: 1.9 },
        { day: '2021-10-18', quad_class: 4, clusters: 1, mentions: 1, goldstein_sum: -4 },
      ]);
    });

    test('answers series equal to a count of the events table, by day, week and month', async () => {
      await store.write(seriesArticles());
      await expectSeriesFromEvents(store);
      expect(nonEmpty(await dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'month' })).map((r) => [r.period, r.direction, r.total])).toEqual([
        ['2021-10', 'IGOWSTNAT>RUS', 2],
        ['2021-10', 'RUS>IGOWSTNAT', 1],
        ['2021-11', 'RUS>IGOWSTNAT', 2],
      ]);
    });

    test('moves series counts when later reports give a cluster an earlier day, week and month, or a smaller code', async () => {
      // 2021-10-30 (a Saturday) and 2021-11-01 (a Monday) fall in one 3-day cluster window.
      await store.write([coded({ id: 'm1', text: story('m1'), events: [event('RUS', '163', 'IGOWSTNAT', '2021-11-01')] })]);
      await expectSeriesFromEvents(store);
      await store.write([coded({ id: 'm2', text: story('m2'), events: [event('RUS', '161', 'IGOWSTNAT', '2021-10-30')] }), ...seriesArticles()]);
      expect(await count(store, 'clusters')).toBe(8);
      await expectSeriesFromEvents(store);
      const months = nonEmpty(await dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'month' })).filter((r) => r.direction === 'RUS>IGOWSTNAT');
      // October: the moved cluster (161, -4) and RUSGOV's 042 (1.9); November: only the 057 of the 30th.
      expect(months.map((r) => [r.period, r.q1, r.q2, r.q4, r.goldsteinSum])).toEqual([
        ['2021-10', 1, 0, 1, -2.1],
        ['2021-11', 0, 1, 0, 0],
      ]);
    });

    test('keeps series unchanged when the same batch is written twice', async () => {
      await store.write(seriesArticles());
      const once = await dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'week' });
      await store.write(seriesArticles());
      expect(await dyadSeries(store.db, { a: 'RUS', b: 'IGOWSTNAT', by: 'week' })).toEqual(once);
      await expectSeriesFromEvents(store);
    });

    test('answers whether an article id or URL is stored', async () => {
      await store.write([coded({ id: 'a1', url: 'https://example.org/1', text: story('alpha') })]);
      expect(await store.has({ id: 'a1', url: null })).toBe(true);
      expect(await store.has({ id: 'zz', url: 'https://example.org/1' })).toBe(true);
      expect(await store.has({ id: 'zz', url: 'https://example.org/2' })).toBe(false);
    });

    test('adds nothing when the same batch is written twice', async () => {
      const batch = [coded({ id: 'a1', text: story('one'), events: [event('RUS', '161', 'UKR', '2022-02-24')] }), coded({ id: 'a2', text: story('two'), events: [event('RUS', '161', 'UKR', '2022-02-24')] })];
      await store.write(batch);
      const before = await store.db.selectFrom('clusters').selectAll().execute();
      const second = await store.write(batch);
      expect(second).toMatchObject({ stored: 0, events: 0 });
      expect(await store.db.selectFrom('clusters').selectAll().execute()).toEqual(before);
      expect(await count(store, 'events')).toBe(2);
    });
  });
}
