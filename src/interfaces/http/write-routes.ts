/**
 * The endpoints that take articles. `POST /api/articles` codes and stores (a token is required); `POST /api/code`
 * codes and answers without storing, so anyone who can reach the server can try an article (the web UI's paste box)
 * without being able to change the store.
 */
import type { Context, Hono, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { codePosted, storePosted } from '../../app/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import type { EventStore } from '../../store/index.js';
import { badRequest, errorResponse } from './http-errors.js';
import { articlesBody } from './http-params.js';
import { bearerToken, tokenMatches } from './token-check.js';

export interface WriteOptions {
  readonly store: EventStore;
  /** Loaded on the first article, so that a read-only server starts fast. */
  readonly dictionaries: () => Dictionaries;
  /** Null: writes are disabled. */
  readonly token: string | null;
  readonly maxBodyBytes: number;
  /** Called after every write, so that kept answers are dropped. */
  readonly onWrite: () => void;
}

async function readBody(c: Context): Promise<unknown[] | Response> {
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return errorResponse(c, 400, 'body: want JSON: {"text": "…"} or {"articles": [{"text": "…"}, …]}', [{ parameter: 'body', message: 'not JSON' }]);
  }
  const parsed = articlesBody.safeParse(json);
  if (!parsed.success) return badRequest(c, parsed.error);
  return parsed.data.articles;
}

/** Checked before the body is read, so that a client without the token cannot make the server read it. */
function requireToken(token: string | null): MiddlewareHandler {
  return async (c, next) => {
    if (token === null) return errorResponse(c, 403, 'writes are disabled on this server (start it with --token or DYAD_TOKEN)');
    if (!tokenMatches(bearerToken(c.req.header('authorization')), token)) {
      c.header('WWW-Authenticate', 'Bearer realm="dyad"');
      return errorResponse(c, 401, 'a write needs the server token: Authorization: Bearer <token>');
    }
    await next();
  };
}

export function registerWriteRoutes(app: Hono, options: WriteOptions): void {
  const limit = bodyLimit({ maxSize: options.maxBodyBytes, onError: (c) => errorResponse(c, 413, `body: larger than ${options.maxBodyBytes} bytes; send fewer articles per request`) });
  app.post('/api/code', limit, async (c) => {
    const items = await readBody(c);
    if (items instanceof Response) return items;
    const results = codePosted(items, options.dictionaries());
    return c.json({ results: results.map((r) => (r.ok ? r.output : { error: `${r.where}: ${r.problem}` })) });
  });
  app.post('/api/articles', requireToken(options.token), limit, async (c) => {
    const items = await readBody(c);
    if (items instanceof Response) return items;
    const { summary, failed } = await storePosted(items, options.store, options.dictionaries());
    options.onWrite();
    return c.json({ ...summary, failed }, failed.length > 0 && summary.stored === 0 && summary.duplicates.length === 0 ? 400 : 201);
  });
}
