/**
 * A per-client limit on the costly requests (the POSTs that code articles: ~1 ms of CPU per article, up to 100
 * articles a request, and POST /api/code needs no token). Fixed one-minute windows per client address; over the
 * limit the answer is 429 with Retry-After. Reads are cached and cheap, so they are not limited.
 *
 *   61st POST /api/code from one address within a minute -> 429 {"error": "too many requests: …"}
 */
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from './http-errors.js';

export interface RateLimit {
  readonly requests: number;
  readonly windowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { requests: 60, windowMs: 60_000 };

/** The most clients remembered; past it the oldest window is dropped, so memory stays bounded. */
const MAX_CLIENTS = 10_000;

interface Env {
  readonly incoming?: { readonly socket?: { readonly remoteAddress?: string } };
}

export function rateLimit(limit: RateLimit, now: () => number = Date.now): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const client = (c.env as Env | undefined)?.incoming?.socket?.remoteAddress ?? 'local';
    const t = now();
    let w = windows.get(client);
    if (!w || t - w.start >= limit.windowMs) {
      windows.delete(client);
      if (windows.size >= MAX_CLIENTS) windows.delete(windows.keys().next().value ?? '');
      w = { start: t, count: 0 };
      windows.set(client, w);
    }
    if (++w.count > limit.requests) {
      c.header('Retry-After', String(Math.ceil((w.start + limit.windowMs - t) / 1000)));
      return errorResponse(c, 429, `too many requests: at most ${limit.requests} article posts a minute per client`);
    }
    return next();
  };
}
