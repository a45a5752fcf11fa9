/**
 * Which store the application uses: SQLite at `./dyad.db` unless told otherwise. The one place that picks an
 * implementation, so that a PostgreSQL store (a `postgres://` location) slots in here.
 */
import { existsSync } from 'node:fs';
import { DEFAULT_DB, isPostgresUrl, openPostgresStore, openSqliteStore, type EventStore, type StoreOptions } from '../store/index.js';

export { DEFAULT_DB };

export function openStore(location: string = DEFAULT_DB, options: StoreOptions = {}): Promise<EventStore> {
  if (isPostgresUrl(location)) return openPostgresStore(location, options);
  return openSqliteStore(location, options);
}

/** Opens an existing store, runs `use`, and closes the store whatever happens. A query never creates a store. */
export async function withStore<T>(location: string, use: (store: EventStore) => Promise<T>): Promise<T> {
  if (location !== ':memory:' && !/^\w+:\/\//u.test(location) && !existsSync(location)) throw new Error(`no store at ${location} (run dyad ingest first, or give --db)`);
  const store = await openStore(location);
  try {
    return await use(store);
  } finally {
    await store.close();
  }
}
