/** `dyad stats`: what the store holds, in numbers. */
import type { Kysely } from 'kysely';
import type { DyadDatabase } from '../store/index.js';

export interface StoreStats {
  readonly articles: number;
  readonly nearDuplicates: number;
  readonly events: number;
  readonly clusters: number;
  readonly quotes: number;
  readonly entities: number;
  readonly firstPublished: string | null;
  readonly lastPublished: string | null;
  readonly firstEvent: string | null;
  readonly lastEvent: string | null;
  /** Clusters per CAMEO root, most frequent first. */
  readonly roots: readonly { readonly root: string; readonly clusters: number; readonly mentions: number }[];
}

async function count(db: Kysely<DyadDatabase>, table: 'articles' | 'events' | 'clusters' | 'quotes' | 'entities'): Promise<number> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function storeStats(db: Kysely<DyadDatabase>): Promise<StoreStats> {
  const near = await db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n')).where('duplicate_of', 'is not', null).executeTakeFirstOrThrow();
  const published = await db.selectFrom('articles').select((eb) => [eb.fn.min('published').as('first'), eb.fn.max('published').as('last')]).executeTakeFirstOrThrow();
  const dates = await db.selectFrom('clusters').select((eb) => [eb.fn.min('date_start').as('first'), eb.fn.max('date_end').as('last')]).executeTakeFirstOrThrow();
  const roots = await db
    .selectFrom('clusters')
    .select(['root', (eb) => eb.fn.countAll<number>().as('clusters'), (eb) => eb.fn.sum<number>('mentions').as('mentions')])
    .groupBy('root')
    .orderBy('clusters', 'desc')
    .orderBy('root')
    .execute();
  return {
    articles: await count(db, 'articles'),
    nearDuplicates: Number(near.n),
    events: await count(db, 'events'),
    clusters: await count(db, 'clusters'),
    quotes: await count(db, 'quotes'),
    entities: await count(db, 'entities'),
    firstPublished: published.first,
    lastPublished: published.last,
    firstEvent: dates.first,
    lastEvent: dates.last,
    roots: roots.map((r) => ({ root: r.root, clusters: Number(r.clusters), mentions: Number(r.mentions) })),
  };
}
