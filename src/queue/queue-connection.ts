/**
 * Where the job queue lives: a Redis URL, optionally naming the queue, so that one Redis can serve several
 * corpora (or test runs) side by side.
 *
 *   redis://127.0.0.1:6379                 -> queue "dyad-ingest" on that server
 *   redis://cache.lan:6379/2?queue=wires   -> queue "wires" in Redis database 2
 */
export const DEFAULT_QUEUE = 'dyad-ingest';

const QUEUE_NAME = /^[\w.-]{1,100}$/u;

export interface QueueLocation {
  /** The Redis URL without `queue`, for BullMQ's connection. */
  readonly url: string;
  readonly name: string;
  /** The URL with any password hidden, for messages. */
  readonly display: string;
}

export function isRedisUrl(location: string): boolean {
  return /^rediss?:\/\//u.test(location);
}

export function parseQueueUrl(location: string): QueueLocation {
  if (!isRedisUrl(location)) throw new Error(`${location}: want a redis:// URL for the queue`);
  const url = new URL(location);
  const name = url.searchParams.get('queue') ?? DEFAULT_QUEUE;
  if (!QUEUE_NAME.test(name)) throw new Error(`${location}: queue name "${name}" has characters other than letters, digits, _ . -`);
  url.searchParams.delete('queue');
  const display = new URL(url);
  if (display.password) display.password = '***';
  return { url: url.toString(), name, display: `${display.toString()} (queue ${name})` };
}

/** BullMQ's connection options: workers block on Redis, so commands wait for a reconnect instead of failing. */
export function connectionOptions(location: QueueLocation): { readonly url: string; readonly maxRetriesPerRequest: null } {
  return { url: location.url, maxRetriesPerRequest: null };
}
