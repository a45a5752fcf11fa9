import { describe, expect, it, afterAll } from 'vitest';
import { openPostgresStore } from '../../src/store/index.js';
import { dropSchemas, POSTGRES_SKIP, POSTGRES_URL, postgresSchemaUrl } from '../support/services.js';
import { coded, event, story } from './coded-article.fixture.js';
import { runEventStoreCases } from './event-store.case.js';

if (POSTGRES_URL === null) {
  describe.skip(`PostgreSQL event store (${POSTGRES_SKIP})`, () => {
    it('runs the store cases on PostgreSQL', () => undefined);
  });
} else {
  const base = POSTGRES_URL;
  afterAll(dropSchemas);

  runEventStoreCases('PostgreSQL', () => openPostgresStore(postgresSchemaUrl(base)));

  describe('PostgreSQL event store under concurrency', { timeout: 60_000 }, () => {
    it('builds one cluster when two writers store reports of one happening at the same moment', async () => {
      const url = postgresSchemaUrl(base);
      const [one, two] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
      try {
        const report = (id: string, host: string, code: string, day: string) =>
          coded({ id, url: `https://${host}/${id}`, text: story(id), events: [event('RUS', code, 'UKR', day), event('UKR', '042', 'RUS', day)] });
        const writes = [];
        for (let i = 0; i < 20; i++) {
          writes.push(one.write([report(`a${i}`, 'one.example', '161', '2022-02-24')]));
          writes.push(two.write([report(`b${i}`, 'two.example', '163', '2022-02-25')]));
        }
        const summaries = await Promise.all(writes);
        expect(summaries.reduce((n, s) => n + s.stored, 0)).toBe(40);
        const clusters = await one.db.selectFrom('clusters').select(['id', 'code', 'mentions', 'articles', 'sources']).orderBy('id').execute();
        expect(clusters.map((c) => [c.code, c.mentions, c.articles, c.sources])).toEqual([
          ['161', 40, 40, 2],
          ['042', 40, 40, 2],
        ]);
        const days = await one.db.selectFrom('dyad_days').select(['source_code', 'day', 'clusters', 'mentions']).where('clusters', '!=', 0).orderBy('source_code').execute();
        expect(days).toEqual([
          { source_code: 'RUS', day: '2022-02-24', clusters: 1, mentions: 40 },
          { source_code: 'UKR', day: '2022-02-24', clusters: 1, mentions: 40 },
        ]);
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    });

    it('stores an article once when two writers store it at the same moment', async () => {
      const url = postgresSchemaUrl(base);
      const [one, two] = await Promise.all([openPostgresStore(url), openPostgresStore(url)]);
      try {
        const batch = Array.from({ length: 10 }, (_, i) => coded({ id: `x${i}`, text: story(`x${i}`), events: [event('RUS', '161', 'UKR', '2022-02-24')] }));
        const [a, b] = await Promise.all([one.write(batch), two.write([...batch].reverse())]);
        expect(a.stored + b.stored).toBe(10);
        expect(a.duplicates.length + b.duplicates.length).toBe(10);
        const cluster = await one.db.selectFrom('clusters').select(['mentions', 'articles']).executeTakeFirstOrThrow();
        expect(cluster).toEqual({ mentions: 10, articles: 10 });
      } finally {
        await Promise.all([one.close(), two.close()]);
      }
    });
  });
}
