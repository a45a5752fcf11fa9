/**
 * Answers kept until the store changes, so that a dashboard asking for the same series a thousand times a second
 * costs one query. Lookups read the store's change counter (at most every `checkEveryMs`, 20 ms): SQLite's
 * `PRAGMA data_version` moves when another connection (a `dyad ingest` beside the server) commits, and
 * `invalidate()` covers this process's own writes, which that counter does not see. A store without such a counter (PostgreSQL) keeps answers for
 * `ttlMs` at most.
 *
 *   get("series RUS IGOWSTNAT month") -> query, keep      same key, nothing written -> the kept answer
 *   another process commits -> data_version 7 -> 8 -> every kept answer dropped, the next get queries again
 */
import { sql } from 'kysely';
import { isPostgresUrl, type EventStore } from '../store/index.js';

export interface AnswerCache {
  /** The kept answer for `key`, or `compute()`'s (shared by concurrent callers, dropped if it fails). */
  get<T>(key: string, compute: () => Promise<T>): Promise<T>;
  /** Drops every kept answer: call after writing through this process. */
  invalidate(): void;
}

export interface AnswerCacheOptions {
  /** 1,000 by default: a five-year weekly series is about 70 kB with its gzip, so at most some 70 MB are kept. */
  readonly maxEntries?: number;
  readonly ttlMs?: number;
  /** How often the store's change counter is read: under load, one read serves the requests of this window. */
  readonly checkEveryMs?: number;
  readonly now?: () => number;
}

function changeCounter(store: EventStore, options: AnswerCacheOptions, now: () => number): () => Promise<string> {
  const ttlMs = options.ttlMs ?? 2000;
  if (isPostgresUrl(store.location)) return () => Promise.resolve(`t${Math.floor(now() / ttlMs)}`);
  const checkEveryMs = options.checkEveryMs ?? 20;
  let checked: { at: number; version: Promise<string> } | null = null;
  return () => {
    if (checked && now() - checked.at < checkEveryMs) return checked.version;
    const version = sql<{ data_version: number }>`PRAGMA data_version`.execute(store.db).then(({ rows }) => `v${rows[0]?.data_version ?? 0}`);
    checked = { at: now(), version };
    return version;
  };
}

export function answerCache(store: EventStore, options: AnswerCacheOptions = {}): AnswerCache {
  const maxEntries = options.maxEntries ?? 1000;
  const counter = changeCounter(store, options, options.now ?? Date.now);
  let generation = 0;
  let keptAt = '';
  const kept = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, compute: () => Promise<T>): Promise<T> {
      const version = `${await counter()}:${generation}`;
      if (version !== keptAt) {
        kept.clear();
        keptAt = version;
      }
      const hit = kept.get(key);
      if (hit) return hit as Promise<T>;
      // Oldest first: a Map iterates in insertion order, so the first key is the one kept longest.
      if (kept.size >= maxEntries) kept.delete(kept.keys().next().value as string);
      const answer = compute();
      kept.set(key, answer);
      answer.catch(() => kept.get(key) === answer && kept.delete(key));
      return answer;
    },
    invalidate(): void {
      generation++;
      kept.clear();
    },
  };
}
