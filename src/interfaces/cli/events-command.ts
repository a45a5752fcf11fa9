/** `dyad events`: the stored happenings that match the flags, one row per cluster (or per report). */
import { z } from 'zod';
import { findEvents, resolveActor, withStore } from '../../app/index.js';
import { formatRows } from './format-rows.js';
import type { Io } from './io.js';
import { boundDay, dateFlags, rowFormat, storeFlags } from './store-flags.js';

export const eventsFlags = storeFlags.extend({
  ...dateFlags.shape,
  source: z.string().optional(),
  target: z.string().optional(),
  actor: z.string().optional(),
  code: z.string().regex(/^\d{2,4}$/u, 'want a CAMEO code or prefix such as 16 or 161').optional(),
  root: z.string().regex(/^\d{2}$/u, 'want a two-digit CAMEO root').optional(),
  modality: z.enum(['asserted', 'negated', 'future', 'expected', 'hypothetical', 'alleged']).optional(),
  includeBackground: z.boolean().default(false),
  q: z.string().optional(),
  reports: z.boolean().default(false),
});

const TABLE_COLUMNS = ['date', 'source', 'code', 'target', 'goldstein', 'mentions', 'sources', 'modality', 'evidence'];

export async function runEvents(flags: z.infer<typeof eventsFlags>, io: Io): Promise<number> {
  const rows = await withStore(flags.db, async (store) => {
    const resolve = (value: string | undefined): Promise<string | undefined> => (value === undefined ? Promise.resolve(undefined) : resolveActor(store.db, value));
    const [source, target, actor] = await Promise.all([resolve(flags.source), resolve(flags.target), resolve(flags.actor)]);
    return findEvents(store.db, { ...flags, source, target, actor, from: boundDay(flags.from, 'from'), to: boundDay(flags.to, 'to') });
  });
  const format = rowFormat(flags.format, io);
  io.out(formatRows(rows, format, format === 'table' ? TABLE_COLUMNS : undefined));
  return 0;
}
