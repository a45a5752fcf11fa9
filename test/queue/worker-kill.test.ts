/**
 * Workers as a user runs them: `node bin/dyad.js worker` processes on one queue and one PostgreSQL store. One is
 * SIGKILLed in the middle of the run; its jobs go back to the queue when their locks expire, the other worker
 * finishes them, and the store ends exactly as an uninterrupted in-process ingest: nothing lost, nothing doubled.
 * A SIGTERM then stops the surviving worker cleanly. Needs the compiled CLI, so the suite builds `dist` first.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueArticles, ingest, obliterateQueue, openStore, queueStatus, type QueueStatus } from '../../src/app/index.js';
import type { EventStore } from '../../src/store/index.js';
// @ts-expect-error: the corpus generator is plain JavaScript shared with the benchmarks.
import { generateCorpus, toJsonLine } from '../../scripts/corpus/generate.mjs';
import { dropSchemas, POSTGRES_URL, postgresSchemaUrl, REDIS_SKIP, REDIS_URL, uniqueName } from '../support/services.js';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'dyad.js');
const ARTICLES = 200;
const BATCH = 5;
const noStdin = (): Readable => Readable.from([]);
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function counts(store: EventStore): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of ['articles', 'events', 'clusters', 'quotes', 'entities', 'dyad_days'] as const) {
    // Day rows whose clusters moved away stay behind with zero counts, as many as the arrival order made: not counted.
    const rows = store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n'));
    const row = await (table === 'dyad_days' ? rows.where('clusters', '!=', 0) : rows).executeTakeFirstOrThrow();
    result[table] = Number(row.n);
  }
  const sums = await store.db.selectFrom('clusters').select((eb) => [eb.fn.sum<number>('mentions').as('mentions'), eb.fn.sum<number>('articles').as('articles')]).executeTakeFirstOrThrow();
  return { ...result, mentions: Number(sums.mentions), memberships: Number(sums.articles) };
}

function startWorker(queue: string, db: string): ChildProcess {
  return spawn(process.execPath, [BIN, 'worker', '--queue', queue, '--db', db, '--lock-seconds', '3', '--concurrency', '2'], { stdio: 'ignore' });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: string | null }> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}

async function waitFor(queue: string, done: (s: QueueStatus) => boolean, seconds: number): Promise<QueueStatus> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const status = await queueStatus(queue);
    if (done(status) || Date.now() > deadline) return status;
    await sleep(100);
  }
}

if (POSTGRES_URL === null || REDIS_URL === null) {
  describe.skip(`worker processes killed midway (${REDIS_SKIP})`, () => {
    it('loses and doubles nothing', () => undefined);
  });
} else {
  const postgres = POSTGRES_URL;
  const redis = REDIS_URL;
  let dir: string;
  let corpus: string;
  let queue: string;
  const children: ChildProcess[] = [];

  beforeAll(() => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
    dir = mkdtempSync(join(tmpdir(), 'dyad-kill-'));
    corpus = join(dir, 'corpus.jsonl');
    writeFileSync(corpus, [...generateCorpus({ count: ARTICLES, seed: 5 })].map(toJsonLine).join('\n'));
    const url = new URL(redis);
    url.searchParams.set('queue', uniqueName('dyad-kill'));
    queue = url.toString();
  }, 120_000);
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await obliterateQueue(queue);
    await dropSchemas();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('worker processes killed midway', () => {
    it('completes the run with nothing lost and nothing doubled, and stops cleanly on SIGTERM', { timeout: 180_000 }, async () => {
      const sqlite = await openStore(':memory:');
      await ingest([corpus], { store: sqlite, workers: 0, date: null, stdin: noStdin });
      const expected = await counts(sqlite);
      await sqlite.close();

      const db = postgresSchemaUrl(postgres);
      await (await openStore(db)).close();
      const jobs = ARTICLES / BATCH;
      await enqueueArticles([corpus], { queue, date: null, stdin: noStdin, batchSize: BATCH });
      const victim = startWorker(queue, db);
      const survivor = startWorker(queue, db);
      children.push(victim, survivor);

      const atKill = await waitFor(queue, (s) => s.done >= 4, 90);
      victim.kill('SIGKILL');
      expect(atKill.done).toBeLessThan(jobs);
      expect(await exited(victim)).toEqual({ code: null, signal: 'SIGKILL' });

      const end = await waitFor(queue, (s) => s.done === jobs && s.active === 0 && s.waiting === 0 && s.delayed === 0, 120);
      expect(end).toMatchObject({ done: jobs, failed: 0, active: 0, waiting: 0 });
      survivor.kill('SIGTERM');
      expect(await exited(survivor)).toEqual({ code: 0, signal: null });

      const store = await openStore(db);
      try {
        const got = await counts(store);
        expect(got).toEqual(expected);
        expect(got.mentions).toBe(got.events);
      } finally {
        await store.close();
      }
    });
  });
}
