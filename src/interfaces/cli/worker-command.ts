/**
 * `dyad worker --queue redis://… --db postgres://…`: codes and stores the batches that `dyad ingest --queue`
 * enqueued, until SIGTERM or SIGINT (or, with `--exit-when-drained`, until no job waits). On a signal it takes no
 * new jobs and finishes the active ones; a worker killed outright loses nothing, its jobs go to another worker.
 */
import { z } from 'zod';
import { isRedisUrl, openStore, startQueueWorker } from '../../app/index.js';
import type { Io } from './io.js';
import { storeFlags } from './store-flags.js';

export const queueUrl = z.string().refine(isRedisUrl, 'want a redis:// URL');

export const workerFlags = z.object({
  queue: queueUrl,
  db: storeFlags.shape.db,
  concurrency: z.coerce.number().int().min(1).max(64).default(2),
  lockSeconds: z.coerce.number().int().min(1).default(30),
  exitWhenDrained: z.boolean().default(false),
  actors: z.array(z.string()).default([]),
  verbose: z.boolean().default(false),
});

export async function runWorker(flags: z.infer<typeof workerFlags>, io: Io): Promise<number> {
  const store = await openStore(flags.db);
  const worker = startQueueWorker({
    queue: flags.queue,
    store,
    dictionaries: { extraActorFiles: flags.actors },
    concurrency: flags.concurrency,
    lockSeconds: flags.lockSeconds,
    exitWhenDrained: flags.exitWhenDrained,
    onJob: (job, result) => {
      if (flags.verbose) io.error(`job ${job.id}: ${job.articles} articles, ${result.stored} stored, ${result.duplicates} duplicates, ${result.failed.length} failed`);
      for (const f of result.failed) io.error(`dyad: ${f.where}: ${f.problem}`);
    },
    onFailed: (job, error) => io.error(`dyad worker: job ${job.id} (attempt ${job.attempt}): ${error.message}`),
  });
  const stop = (): void => {
    io.error(`dyad worker: stopping, finishing the active jobs`);
    void worker.consumer.close();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  io.error(`dyad worker ${process.pid}: ${worker.consumer.location} -> ${store.location}`);
  try {
    await worker.consumer.stopped;
  } finally {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
    await store.close();
  }
  const t = worker.totals;
  io.out(`worker ${process.pid}: ${t.jobs} jobs, ${t.articles} articles: ${t.stored} stored, ${t.duplicates} duplicates, ${t.failed} failed, ${t.events} events`);
  return 0;
}
