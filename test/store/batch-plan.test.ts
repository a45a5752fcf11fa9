import { describe, expect, it } from 'vitest';
import { coded, event, story } from './coded-article.fixture.js';
import { eventRows } from '../../src/store/article-rows.js';
import { clusterKey } from '../../src/store/cluster-key.js';
import { newCluster } from '../../src/store/cluster-rows.js';
import { bandKeys, signatureToBytes } from '../../src/store/minhash.js';
import { clusterChanges, nearDuplicateLinks, splitDuplicates } from '../../src/store/batch-plan.js';
import type { EventTable } from '../../src/store/schema.js';

const none = { ids: new Set<string>(), urls: new Set<string>(), hashes: new Set<string>() };

function events(id: string, list: Parameters<typeof coded>[0]['events']): EventTable[] {
  const output = coded({ id, text: story(id), events: list }).output;
  return eventRows(output, (e) => clusterKey(e, id));
}

describe('splitDuplicates', () => {
  it('names the first reason a stored article matches: id, then URL, then text', () => {
    const stored = { ids: new Set(['a1']), urls: new Set(['https://x.example/1']), hashes: new Set([coded({ id: 'z', text: story('alpha') }).textHash]) };
    const split = splitDuplicates([coded({ id: 'a1', text: story('beta') }), coded({ id: 'a2', url: 'https://x.example/1', text: story('gamma') }), coded({ id: 'a3', text: story('alpha') }), coded({ id: 'a4', text: story('delta') })], stored);
    expect(split.duplicates).toEqual([{ id: 'a1', reason: 'id' }, { id: 'a2', reason: 'url' }, { id: 'a3', reason: 'text' }]);
    expect(split.fresh.map((c) => c.output.article.id)).toEqual(['a4']);
  });

  it('keeps the first of two copies in one batch', () => {
    const split = splitDuplicates([coded({ id: 'a1', text: story('one') }), coded({ id: 'b1', text: story('one') })], none);
    expect(split.fresh.map((c) => c.output.article.id)).toEqual(['a1']);
    expect(split.duplicates).toEqual([{ id: 'b1', reason: 'text' }]);
  });
});

describe('nearDuplicateLinks', () => {
  const original = story('wire', 120);
  const copy = coded({ id: 'a2', text: `${original} Reuters contributed reporting.` });

  it('links a near copy to the stored original, followed to its own original', () => {
    const first = coded({ id: 'a1', text: original });
    const candidates = bandKeys(first.signature).map((hash, band) => ({ band, hash, id: 'a1', signature: signatureToBytes(first.signature), duplicate_of: 'a0', ingested_at: '2026-01-01' }));
    expect(nearDuplicateLinks([copy, coded({ id: 'a3', text: story('other', 120) })], candidates, '2026-02-01')).toEqual(new Map([['a2', 'a0'], ['a3', null]]));
  });

  it('links to an earlier article of the same batch', () => {
    expect(nearDuplicateLinks([coded({ id: 'a1', text: original }), copy], [], '2026-02-01')).toEqual(new Map([['a1', null], ['a2', 'a1']]));
  });
});

describe('clusterChanges', () => {
  it('folds the batch into a new cluster and adds its day sum', () => {
    const rows = [...events('a1', [event('RUS', '163', 'UKR', '2022-02-25')]), ...events('a2', [event('RUS', '161', 'UKR', '2022-02-24')])];
    const id = rows[0]?.cluster_id ?? '';
    const changes = clusterChanges({ events: rows, locked: new Map(), newArticles: new Map([[id, 2]]), newSources: new Map([[id, 1]]) });
    expect(changes.clusters).toEqual([expect.objectContaining({ id, code: '161', date: '2022-02-24', first_event: 'a1#0', mentions: 2, articles: 2, sources: 1 })]);
    expect(changes.days).toEqual([{ source_code: 'RUS', target_code: 'UKR', day: '2022-02-24', quad_class: 4, clusters: 1, mentions: 2, goldstein_sum: -4 }]);
  });

  it('takes back the old day sum of a stored cluster whose date moves', () => {
    const [later] = events('a1', [event('RUS', '161', 'UKR', '2022-02-25')]);
    const [earlier] = events('a2', [event('RUS', '161', 'UKR', '2022-02-24')]);
    if (!later || !earlier) throw new Error('no event rows');
    const stored = { ...newCluster(later.cluster_id, later), mentions: 1, articles: 1, sources: 1 };
    const changes = clusterChanges({ events: [earlier], locked: new Map([[stored.id, stored]]), newArticles: new Map([[stored.id, 1]]), newSources: new Map() });
    expect(changes.clusters[0]).toMatchObject({ date: '2022-02-24', mentions: 2, articles: 2, sources: 1 });
    expect(changes.days).toEqual([
      { source_code: 'RUS', target_code: 'UKR', day: '2022-02-24', quad_class: 4, clusters: 1, mentions: 2, goldstein_sum: -4 },
      { source_code: 'RUS', target_code: 'UKR', day: '2022-02-25', quad_class: 4, clusters: -1, mentions: -1, goldstein_sum: 4 },
    ]);
    // Both days fall in one week and one month: there the cluster only gains a report.
    expect(changes.periods.map((p) => [p.unit, p.period, p.clusters, p.mentions])).toEqual([
      ['day', '2022-02-24', 1, 2],
      ['day', '2022-02-25', -1, -1],
      ['month', '2022-02', 0, 1],
      ['week', '2022-02-21', 0, 1],
    ]);
  });

  it('treats a reserved row without mentions as a new cluster', () => {
    const rows = events('a1', [event('RUS', '161', 'UKR', '2022-02-24')]);
    const [first] = rows;
    if (!first) throw new Error('no event rows');
    const reserved = newCluster(first.cluster_id, first);
    const changes = clusterChanges({ events: rows, locked: new Map([[reserved.id, reserved]]), newArticles: new Map(), newSources: new Map() });
    expect(changes.clusters[0]).toMatchObject({ mentions: 1 });
    expect(changes.days).toHaveLength(1);
  });
});
