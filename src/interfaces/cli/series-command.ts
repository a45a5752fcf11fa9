/** `dyad series A B --by week`: both directions per period, with a sparkline per direction on a terminal. */
import { z } from 'zod';
import { dyadSeries, resolveActor, withStore, type SeriesRow } from '../../app/index.js';
import { formatRows } from './format-rows.js';
import type { Io } from './io.js';
import { sparkline } from './sparkline.js';
import { boundDay, dateFlags, rowFormat, storeFlags } from './store-flags.js';

export const seriesFlags = storeFlags.omit({ limit: true }).extend({
  ...dateFlags.shape,
  by: z.enum(['day', 'week', 'month']).default('month'),
  reports: z.boolean().default(false),
});

function sparklines(rows: readonly SeriesRow[]): string[] {
  const directions = [...new Set(rows.map((r) => r.direction))];
  return directions.map((d) => {
    const mine = rows.filter((r) => r.direction === d);
    const conflict = mine.reduce((n, r) => n + r.q3 + r.q4, 0);
    const total = mine.reduce((n, r) => n + r.total, 0);
    return `${d.padEnd(24)} ${sparkline(mine.map((r) => r.total))}  ${total} total, ${conflict} conflict`;
  });
}

export async function runSeries(a: string, b: string, flags: z.infer<typeof seriesFlags>, io: Io): Promise<number> {
  const rows = await withStore(flags.db, async (store) =>
    dyadSeries(store.db, { a: await resolveActor(store.db, a), b: await resolveActor(store.db, b), by: flags.by, from: boundDay(flags.from, 'from'), to: boundDay(flags.to, 'to'), reports: flags.reports }),
  );
  const format = rowFormat(flags.format, io);
  io.out(formatRows(rows, format));
  if (format === 'table' && io.isTerminal && rows.length > 0) for (const line of ['', ...sparklines(rows)]) io.out(line);
  return 0;
}
