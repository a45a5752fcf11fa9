/** The flags of `dyad ingest`, parsed once with zod; shared by the local ingest and the queue producer. */
import { z } from 'zod';
import { parsePartialDate } from '../../input/index.js';
import { storeFlags } from './store-flags.js';

export const ingestFlags = z.object({
  db: storeFlags.shape.db,
  workers: z.coerce.number().int().min(0).optional(),
  date: z.string().refine((d) => parsePartialDate(d) !== null, 'want YYYY-MM-DD, YYYY-MM or YYYY').optional(),
  actors: z.array(z.string()).default([]),
  batch: z.coerce.number().int().positive().optional(),
  progress: z.boolean().default(true),
  format: z.enum(['table', 'json']).optional(),
  queue: z.string().optional(),
});

export type IngestFlags = z.infer<typeof ingestFlags>;
