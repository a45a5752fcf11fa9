/** `dyad export --format jsonl|csv|gdelt`: every cluster (or report), streamed to standard output. */
import { z } from 'zod';
import { exportEvents, gdeltRow, GDELT_COLUMNS, withStore, type ExportRow } from '../../app/index.js';
import { formatCsv } from './format-rows.js';
import type { Io } from './io.js';
import { storeFlags } from './store-flags.js';

export const exportFlags = z.object({
  db: storeFlags.shape.db,
  format: z.enum(['jsonl', 'csv', 'gdelt']).default('jsonl'),
  reports: z.boolean().default(false),
  header: z.boolean().default(false),
});

const CSV_COLUMNS: readonly (keyof ExportRow)[] = ['id', 'date', 'sourceCode', 'sourceName', 'targetCode', 'targetName', 'code', 'root', 'quadClass', 'goldstein', 'plover', 'modality', 'background', 'mentions', 'articles', 'sources', 'sentence', 'location', 'locationCountry', 'lat', 'lon', 'article', 'url', 'published', 'ingestedAt', 'evidence'];

function line(row: ExportRow, format: 'jsonl' | 'csv' | 'gdelt'): string {
  if (format === 'jsonl') return JSON.stringify(row);
  if (format === 'gdelt') return gdeltRow(row).map((v) => v.replace(/[\t\n]/gu, ' ')).join('\t');
  return formatCsv([row], CSV_COLUMNS).split('\n')[1] ?? '';
}

export async function runExport(flags: z.infer<typeof exportFlags>, io: Io): Promise<number> {
  await withStore(flags.db, async (store) => {
    if (flags.format === 'csv') io.out(CSV_COLUMNS.join(','));
    if (flags.format === 'gdelt' && flags.header) io.out(GDELT_COLUMNS.join('\t'));
    for await (const row of exportEvents(store.db, { reports: flags.reports })) io.out(line(row, flags.format));
  });
  return 0;
}
