/**
 * `dyad actors`: the actors the stored articles mention most, with their codes and, for people, the roles the
 * articles give them ("Sergey Lavrov · Foreign Minister").
 */
import type { Kysely } from 'kysely';
import type { DyadDatabase } from '../store/index.js';
import type { ActorRow } from '../core/index.js';

export interface ActorFilter {
  readonly type?: string;
  readonly limit?: number;
}

export async function topActors(db: Kysely<DyadDatabase>, filter: ActorFilter): Promise<ActorRow[]> {
  let select = db
    .selectFrom('entities')
    .select(['name', 'type', 'code', (eb) => eb.fn.count<number>('article_id').distinct().as('articles'), (eb) => eb.fn.sum<number>('mentions').as('mentions')])
    .groupBy(['name', 'type', 'code']);
  if (filter.type) select = select.where('type', '=', filter.type);
  const rows = await select.orderBy('articles', 'desc').orderBy('mentions', 'desc').orderBy('name').limit(filter.limit ?? 25).execute();
  const names = rows.filter((r) => r.type === 'person').map((r) => r.name);
  const roles = names.length === 0 ? [] : await db.selectFrom('entities').select(['name', 'role', (eb) => eb.fn.countAll<number>().as('n')]).where('name', 'in', names).where('role', 'is not', null).groupBy(['name', 'role']).orderBy('n', 'desc').execute();
  return rows.map((r) => ({
    name: r.name,
    type: r.type,
    code: r.code,
    roles: roles.filter((x) => x.name === r.name && x.role !== null).map((x) => x.role ?? ''),
    articles: Number(r.articles),
    mentions: Number(r.mentions),
  }));
}
