/**
 * Who acts on whom: one edge per (source code, target code) over the stored clusters, weighted by the number of
 * clusters, with their mean Goldstein value and a readable name for each code. Asserted, non-background clusters with both actors coded, as the
 * series count them.
 *
 *   RUS -> IGOWSTNAT  events 12, goldstein -4.1      NATO's reply the other way is a separate edge.
 */
import type { EventStore } from '../store/index.js';
import type { NetworkEdge } from '../core/index.js';

export interface NetworkQuery {
  /** Days, inclusive, on the clusters' date ranges. */
  readonly from?: string;
  readonly to?: string;
  /** At most this many edges, the heaviest first. */
  readonly limit: number;
}

/**
 * A readable name per code: the country, organisation or group name the articles use most for it, so that
 * IGOUNOIAE reads "IAEA" rather than the name of a person who acts for it.
 */
async function namesOf(store: EventStore, codes: readonly string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await store.db
    .selectFrom('entities')
    .select((eb) => ['code', 'name', eb.fn.sum<number>('mentions').as('n')])
    .where('code', 'in', [...codes])
    .where('type', 'in', ['country', 'organization', 'group'])
    .groupBy(['code', 'name'])
    .orderBy('n', 'desc')
    .orderBy('name')
    .execute();
  const names = new Map<string, string>();
  for (const r of rows) if (r.code !== null && !names.has(r.code)) names.set(r.code, r.name);
  return names;
}

export async function actorNetwork(store: EventStore, query: NetworkQuery): Promise<NetworkEdge[]> {
  let select = store.db
    .selectFrom('clusters')
    .select((eb) => [
      'source_code',
      'target_code',
      eb.fn.max('source_name').as('source_name'),
      eb.fn.max('target_name').as('target_name'),
      eb.fn.countAll<number>().as('events'),
      eb.fn.avg<number>('goldstein').as('goldstein'),
    ])
    .where('source_code', 'is not', null)
    .where('target_code', 'is not', null)
    .where('modality', '=', 'asserted')
    .where('background', '=', 0);
  if (query.from) select = select.where('date_end', '>=', query.from);
  if (query.to) select = select.where('date_start', '<=', query.to);
  const rows = await select.groupBy(['source_code', 'target_code']).orderBy('events', 'desc').orderBy('source_code').orderBy('target_code').limit(query.limit).execute();
  const names = await namesOf(store, [...new Set(rows.flatMap((r) => [r.source_code ?? '', r.target_code ?? '']))]);
  return rows.map((r) => ({
    source: r.source_code ?? '',
    target: r.target_code ?? '',
    sourceName: names.get(r.source_code ?? '') ?? r.source_name,
    targetName: names.get(r.target_code ?? '') ?? r.target_name,
    events: Number(r.events),
    goldsteinMean: Math.round(Number(r.goldstein) * 100) / 100,
  }));
}
