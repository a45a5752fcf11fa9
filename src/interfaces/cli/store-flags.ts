/** Flags every store command shares, parsed once with zod: where the store is and how to print the answer. */
import { z } from 'zod';
// From its own module, not the whole application API: `dyad ingest` must not load the pipeline (see main.ts).
import { DEFAULT_DB } from '../../app/open-store.js';
import type { Io } from './io.js';
import type { RowFormat } from './format-rows.js';

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'want YYYY-MM-DD, YYYY-MM or YYYY');

export const storeFlags = z.object({
  // DYAD_DB names the store when --db does not: a SQLite file or a postgres:// URL.
  db: z.string().default(() => process.env.DYAD_DB ?? DEFAULT_DB),
  format: z.enum(['table', 'json', 'csv']).optional(),
  limit: z.coerce.number().int().positive().default(100),
});

export const dateFlags = z.object({ from: isoDay.optional(), to: isoDay.optional() });

/** Table on a terminal, JSON when piped, unless `--format` says otherwise. */
export function rowFormat(format: RowFormat | undefined, io: Io): RowFormat {
  return format ?? (io.isTerminal ? 'table' : 'json');
}

/** "2021-10" as a lower bound is its first day, as an upper bound its last, so that day columns compare right. */
export function boundDay(value: string | undefined, end: 'from' | 'to'): string | undefined {
  if (value === undefined || value.length === 10) return value;
  if (end === 'from') return value.length === 7 ? `${value}-01` : `${value}-01-01`;
  return value.length === 7 ? `${value}-31` : `${value}-12-31`;
}
