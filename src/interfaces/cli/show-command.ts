/** `dyad show ARTICLE`: one stored article with its annotations, as `dyad code` prints it. */
import { z } from 'zod';
import { showArticle, withStore } from '../../app/index.js';
import { colour, formatTable, plain } from './format-table.js';
import type { Io } from './io.js';
import { storeFlags } from './store-flags.js';

export const showFlags = z.object({ db: storeFlags.shape.db, format: z.enum(['table', 'json']).optional() });

export async function runShow(ref: string, flags: z.infer<typeof showFlags>, io: Io): Promise<number> {
  const stored = await withStore(flags.db, (store) => showArticle(store.db, ref));
  if (!stored) {
    io.error(`dyad: no stored article matches "${ref}" (give an id, an id prefix, a URL or a source path)`);
    return 1;
  }
  if ((flags.format ?? (io.isTerminal ? 'table' : 'json')) === 'json') {
    io.out(JSON.stringify({ ...stored.output, stored: { url: stored.url, duplicateOf: stored.duplicateOf, copies: stored.copies, ingestedAt: stored.ingestedAt } }, null, 2));
    return 0;
  }
  io.out(formatTable(stored.output, io.colour ? colour : plain));
  const links = [stored.duplicateOf ? `near-duplicate of ${stored.duplicateOf}` : '', stored.copies.length > 0 ? `copied by ${stored.copies.join(', ')}` : ''].filter(Boolean);
  io.out(`\nstored ${stored.ingestedAt}${stored.url ? ` · ${stored.url}` : ''}${links.length > 0 ? ` · ${links.join(' · ')}` : ''}`);
  return 0;
}
