/** `dyad quotes --speaker Lavrov`: stored quotes by speaker name or code. */
import { z } from 'zod';
import { findQuotes, withStore } from '../../app/index.js';
import { formatRows } from './format-rows.js';
import type { Io } from './io.js';
import { rowFormat, storeFlags } from './store-flags.js';

export const quotesFlags = storeFlags.extend({ speaker: z.string().optional(), q: z.string().optional() });

export async function runQuotes(flags: z.infer<typeof quotesFlags>, io: Io): Promise<number> {
  const rows = await withStore(flags.db, (store) => findQuotes(store.db, flags));
  io.out(formatRows(rows, rowFormat(flags.format, io)));
  return 0;
}
