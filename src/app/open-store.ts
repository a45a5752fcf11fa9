/**
 * Which store the application uses: SQLite at `./dyad.db` unless told otherwise. The one place that picks an
 * implementation, so that a PostgreSQL store (a `postgres://` location) slots in here.
 */
import { existsSync } from 'node:fs';
import type { EventStore, StoreOptions } from '../store/index.js';
// The store's modules rather than its index: the PostgreSQL driver is loaded only for a location with a scheme.
import { DEFAULT_DB, openSqliteStore } from '../store/sqlite-event-store.js';

export { DEFAULT_DB };

const SCHEME = /^\w+:\/\//u;

export async function openStore(location: string = DEFAULT_DB, options: StoreOptions = {}): Promise<EventStore> {
  if (SCHEME.test(location)) {
    const { isPostgresUrl, openPostgresStore } = await import('../store/postgres-event-store.js');
    if (isPostgresUrl(location)) return openPostgresStore(location, options);
  }
  return openSqliteStore(location, options);
}

/** Opens an existing store, runs `use`, and closes the store whatever happens. A query never creates a store. */
export async function withStore<T>(location: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  if (location !== ':memory:' && !SCHEME.test(location) && !existsSync(location)) throw new Error(`no store at ${location} (run dyad ingest first, or give --db)`);
  const store = await openStore(location);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
