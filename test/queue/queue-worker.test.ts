/**
 * The distributed ingest in one process, against real Redis and PostgreSQL: what workers store equals an
 * in-process ingest, a batch delivered again adds nothing, and a failing job retries and then stays inspectable.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueArticles, ingest, obliterateQueue, openStore, queueStatus, startQueueWorker } from '../../src/app/index.js';
import type { EventStore } from '../../src/store/index.js';
// @ts-expect-error: the corpus generator is plain JavaScript shared with the benchmarks.
import { generateCorpus, toJsonLine } from '../../scripts/corpus/generate.mjs';
import { dropSchemas, POSTGRES_URL, postgresSchemaUrl, REDIS_SKIP, REDIS_URL, uniqueName } from '../support/services.js';

const noStdin = (): Readable => Readable.from([]);

async function counts(store: EventStore): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['articles', 'events', 'clusters', 'quotes', 'entities', 'dyad_days'] as const) {
    // Day rows whose clusters moved away stay behind with zero counts, as many as the arrival order made: not counted.
    const rows = store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    const row = await (table === 'dyad_days' ? rows.where('clusters', '!=', 0) : rows).executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  return result;
}

/** Runs one in-process worker until the queue is drained and its jobs are finished. */
async function work(queue: string, store: EventStore): Promise<{ stored: number; duplicates: number }> {
  const worker = startQueueWorker({ queue, store, exitWhenDrained: true, concurrency: 2 });
  await worker.consumer.stopped;
  return { stored: worker.totals.stored, duplicates: worker.totals.duplicates };
}

if (POSTGRES_URL === null || REDIS_URL === null) {
  describe.skip(`distributed ingest (${REDIS_SKIP})`, () => {
    it('codes queued articles into PostgreSQL', () => undefined);
  });
} else {
  const postgres = POSTGRES_URL;
  const redis = REDIS_URL;
  const queues: string[] = [];
  const queueUrl = (): string => {
    const url = new URL(redis);
    url.searchParams.set('queue', uniqueName('dyad-test'));
    queues.push(url.toString());
    return url.toString();
  };
  let dir: string;
  let corpus: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
    corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, [...generateCorpus({ count: 60, seed: 11 })].map(toJsonLine).join('\n'));
  });
  afterAll(async () => {
    for (const queue of queues) await obliterateQueue(queue);
    await dropSchemas();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('distributed ingest', { timeout: 90_000 }, () => {
    it('stores what an in-process ingest stores, and nothing more when every batch is delivered again', async () => {
      const sqlite = await openStore(':memory:');
      await ingest([corpus], { store: sqlite, workers: 0, date: null, stdin: noStdin });
      const expected = await counts(sqlite);
      await sqlite.close();

      const queue = queueUrl();
      const store = await openStore(postgresSchemaUrl(postgres));
      try {
        const enqueued = await enqueueArticles([corpus], { queue, date: null, stdin: noStdin, batchSize: 7 });
        expect(enqueued).toMatchObject({ read: 60, enqueued: 60, jobs: 9 });
        expect(await work(queue, store)).toEqual({ stored: 60, duplicates: 0 });
        expect(await counts(store)).toEqual(expected);

        await enqueueArticles([corpus], { queue, date: null, stdin: noStdin, batchSize: 5 });
        expect(await work(queue, store)).toEqual({ stored: 0, duplicates: 60 });
        expect(await counts(store)).toEqual(expected);
        expect(await queueStatus(queue)).toMatchObject({ waiting: 0, active: 0, done: 21, failed: 0 });
      } finally {
        await store.close();
      }
    });

    it('skips, when given the store, articles it already holds', async () => {
      const queue = queueUrl();
      const store = await openStore(postgresSchemaUrl(postgres));
      try {
        await enqueueArticles([corpus], { queue, date: null, stdin: noStdin });
        await work(queue, store);
        const again = await enqueueArticles([corpus], { queue, store, date: null, stdin: noStdin });
        expect(again).toMatchObject({ read: 60, enqueued: 0, alreadyStored: 60, jobs: 0 });
      } finally {
        await store.close();
      }
    });

    it('retries a failing job with backoff, then keeps it in the failed set with its error', async () => {
      const queue = queueUrl();
      const store = await openStore(postgresSchemaUrl(postgres));
      let writes = 0;
      const broken: EventStore = { ...store, write: () => Promise.reject(new Error(`database unavailable (write ${++writes})`)) };
      try {
        await enqueueArticles([corpus], { queue, date: null, stdin: noStdin, batchSize: 100, retry: { attempts: 3, backoffMs: 50 } });
        const worker = startQueueWorker({ queue, store: broken, concurrency: 1 });
        for (let i = 0; i < 200 && (await queueStatus(queue)).failed === 0; i++) await new Promise((r) => setTimeout(r, 50));
        await worker.consumer.close();
        const status = await queueStatus(queue);
        expect(status).toMatchObject({ waiting: 0, active: 0, done: 0, failed: 1 });
        expect(status.failedJobs).toEqual([expect.objectContaining({ attempts: 3, articles: 60, error: 'database unavailable (write 3)', firstArticle: 'gen-11-000000' })]);
      } finally {
        await store.close();
      }
    });
  });
}
