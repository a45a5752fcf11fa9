import { describe, expect, it } from 'vitest';
import { createWriteLock, withWriteLock } from './write-lock.js';

/** The lock's state word, read without taking it (taking a held lock would block this thread for good). */
const state = (lock: SharedArrayBuffer): number => Atomics.load(new Int32Array(lock), 0);

describe('withWriteLock', () => {
  it('holds the lock while the write runs and gives back what it returns', async () => {
    const lock = createWriteLock();
    const free = state(lock);
    const during = await withWriteLock(lock, () => Promise.resolve(state(lock)));
    expect(during).not.toBe(free);
    expect(state(lock)).toBe(free);
  });

  it('is free again after a write that failed, for the next writer', async () => {
    const lock = createWriteLock();
    const free = state(lock);
    await expect(withWriteLock(lock, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
    expect(state(lock)).toBe(free);
    expect(await withWriteLock(lock, () => Promise.resolve('written'))).toBe('written');
  });
});
