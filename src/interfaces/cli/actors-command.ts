/** `dyad actors`: the most mentioned actors, with codes and, for people, their roles. */
import { z } from 'zod';
import { topActors, withStore } from '../../app/index.js';
import { formatRows } from './format-rows.js';
import type { Io } from './io.js';
import { rowFormat, storeFlags } from './store-flags.js';

export const actorsFlags = storeFlags.extend({
  type: z.enum(['person', 'organization', 'country', 'place', 'group']).optional(),
  limit: z.coerce.number().int().positive().default(25),
});

export async function runActors(flags: z.infer<typeof actorsFlags>, io: Io): Promise<number> {
  const rows = await withStore(flags.db, (store) => topActors(store.db, flags));
  io.out(formatRows(rows, rowFormat(flags.format, io)));
  return 0;
}
