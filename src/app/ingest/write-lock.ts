/**
 * The lock that the writing worker threads of one ingest take turns with. SQLite lets one writer at a time into a
 * database; a second one that finds it busy sleeps in SQLite's busy handler (1, 2, 5, 10… ms) and tries again,
 * while a thread waiting on this lock wakes as soon as the other one commits.
 *
 * One Int32 in a SharedArrayBuffer passed to every thread: 0 free, 1 held. `Atomics.wait` blocks the thread, so
 * only worker threads take it, never the main thread.
 */
const FREE = 0;
const HELD = 1;

export function createWriteLock(): SharedArrayBuffer {
  return new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
}

/** Runs `write` holding the lock, and lets the next waiting thread in when it ends, failed or not. */
export async function withWriteLock<T>(lock: SharedArrayBuffer, write: () => Promise<T>): Promise<T> {
  const state = new Int32Array(lock);
  while (Atomics.compareExchange(state, 0, FREE, HELD) !== FREE) Atomics.wait(state, 0, HELD);
  try {
    return await write();
  } finally {
    Atomics.store(state, 0, FREE);
    Atomics.notify(state, 0, 1);
  }
}
