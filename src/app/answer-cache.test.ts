import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { answerCache } from './answer-cache.js';
import { openStore } from './open-store.js';

const dirs: string[] = [];

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function fileStore() {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-cache-'));
  dirs.push(dir);
  const file = join(dir, 'store.db');
  return { file, store: await openStore(file) };
}

describe('answerCache', () => {
  it('answers a repeated key from memory while the store is unchanged', async () => {
    const { store } = await fileStore();
    const cache = answerCache(store);
    let calls = 0;
    const compute = (): Promise<number> => Promise.resolve(++calls);
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('k', compute)).toBe(1);
    expect(await cache.get('other', compute)).toBe(2);
    await store.close();
  });

  it('drops kept answers when another connection commits (a dyad ingest beside the server)', async () => {
    const { file, store } = await fileStore();
    const cache = answerCache(store, { checkEveryMs: 0 });
    let calls = 0;
    const compute = (): Promise<number> => Promise.resolve(++calls);
    await cache.get('k', compute);
    const other = new Database(file);
    other.exec('CREATE TABLE scratch_commit (x INTEGER)');
    other.close();
    expect(await cache.get('k', compute)).toBe(2);
    await store.close();
  });

  it('drops kept answers on invalidate() and forgets a failed computation', async () => {
    const { store } = await fileStore();
    const cache = answerCache(store);
    let calls = 0;
    await cache.get('k', () => Promise.resolve(++calls));
    cache.invalidate();
    expect(await cache.get('k', () => Promise.resolve(++calls))).toBe(2);
    await expect(cache.get('bad', () => Promise.reject(new Error('locked')))).rejects.toThrow('locked');
    expect(await cache.get('bad', () => Promise.resolve('ok'))).toBe('ok');
    await store.close();
  });
});
