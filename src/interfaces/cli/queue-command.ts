/**
 * `dyad queue status --queue redis://…`: waiting, active, done and failed jobs, with the error of each failed one;
 * and the producer side of `dyad ingest … --queue redis://…`, which enqueues instead of coding.
 */
import { Readable } from 'node:stream';
import { z } from 'zod';
import { enqueueArticles, isPostgresUrl, openStore, queueStatus, type QueueStatus } from '../../app/index.js';
import { parsePartialDate } from '../../input/index.js';
import type { IngestFlags } from './ingest-flags.js';
import type { Io } from './io.js';
import { queueUrl } from './worker-command.js';

export const queueStatusFlags = z.object({
  queue: queueUrl,
  failed: z.coerce.number().int().min(0).default(20),
  format: z.enum(['table', 'json']).optional(),
});

function statusLines(s: QueueStatus): string[] {
  const lines = [
    `queue ${s.queue}`,
    `  waiting: ${s.waiting}${s.delayed > 0 ? ` (+${s.delayed} waiting to retry)` : ''}`,
    `  active:  ${s.active}`,
    `  done:    ${s.done}`,
    `  failed:  ${s.failed}`,
  ];
  for (const job of s.failedJobs) lines.push(`  job ${job.id} (${job.articles} articles from ${job.firstArticle ?? '?'}), ${job.attempts} attempts, ${job.failedAt ?? ''}: ${job.error}`);
  return lines;
}

export async function runQueueStatus(flags: z.infer<typeof queueStatusFlags>, io: Io): Promise<number> {
  const status = await queueStatus(flags.queue, flags.failed);
  if (flags.format === 'json') io.out(JSON.stringify(status, null, 2));
  else for (const line of statusLines(status)) io.out(line);
  return 0;
}

/** The producer. With a PostgreSQL `--db` (the store the workers share) it skips what that store already holds. */
export async function runQueueIngest(names: readonly string[], flags: IngestFlags & { readonly queue: string }, io: Io): Promise<number> {
  const store = isPostgresUrl(flags.db) ? await openStore(flags.db) : undefined;
  try {
    const s = await enqueueArticles(names, {
      queue: queueUrl.parse(flags.queue),
      store,
      date: flags.date ? parsePartialDate(flags.date) : null,
      stdin: () => io.stdinStream?.() ?? Readable.from((async function* () { yield await io.readStdin(); })()),
      batchSize: flags.batch,
      onError: (e) => io.error(`dyad: ${e.where}: ${e.problem}`),
    });
    if (flags.format === 'json') io.out(JSON.stringify(s, null, 2));
    else io.out(`enqueued ${s.enqueued} articles in ${s.jobs} jobs on ${s.queue} in ${s.seconds.toFixed(1)} s (${s.alreadyStored} already stored, ${s.failed} unreadable); run dyad worker to code them`);
    return s.failed > 0 ? 1 : 0;
  } finally {
    await store?.close();
  }
}
