/** `dyad stats`: what the store holds. */
import { storeStats, withStore } from '../../app/index.js';
import { formatRows } from './format-rows.js';
import type { Io } from './io.js';
import { rowFormat, storeFlags } from './store-flags.js';

export const statsFlags = storeFlags.pick({ db: true, format: true });

export async function runStats(flags: { readonly db: string; readonly format?: 'table' | 'json' | 'csv' | undefined }, io: Io): Promise<number> {
  const stats = await withStore(flags.db, (store) => storeStats(store.db));
  const format = rowFormat(flags.format, io);
  if (format === 'json') {
    io.out(JSON.stringify(stats, null, 2));
    return 0;
  }
  const { roots, ...totals } = stats;
  io.out(formatRows(Object.entries(totals).map(([what, value]) => ({ what, value })), format));
  io.out('');
  io.out(formatRows(roots, format));
  return 0;
}
