/**
 * Lets people name actors as they read them: `dyad series Russia NATO` becomes `RUS IGOWSTNAT` through the codes
 * the stored entities carry under those names (the most frequent one wins). A value no stored entity is named is
 * taken as a code ("RUS", "RUSGOV") when it can be one, else left as a name.
 *
 * The exact name is tried first (indexed), case-insensitive names last (a scan), so codes resolve fast.
 */
import type { Kysely } from 'kysely';
import type { DyadDatabase } from '../store/index.js';
import { isActorCode } from './actor-match.js';

async function codeNamed(db: Kysely<DyadDatabase>, value: string, anyCase: boolean): Promise<string | null> {
  const row = await db
    .selectFrom('entities')
    .select(['code', (eb) => eb.fn.countAll<number>().as('n')])
    .where((eb) => (anyCase ? eb(eb.fn('lower', ['name']), '=', value.toLowerCase()) : eb('name', '=', value)))
    .where('code', 'is not', null)
    .groupBy('code')
    .orderBy('n', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.code ?? null;
}

export async function resolveActor(db: Kysely<DyadDatabase>, value: string): Promise<string> {
  const exact = await codeNamed(db, value, false);
  if (exact) return exact;
  if (isActorCode(value)) return value;
  return (await codeNamed(db, value, true)) ?? value;
}
