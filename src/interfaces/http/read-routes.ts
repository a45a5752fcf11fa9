/**
 * The read endpoints: each parses its query with zod, calls one application operation and answers JSON.
 * Lists answer `{items, next}`; pass `next` back as `cursor` for the following page.
 */
import { gzipSync } from 'node:zlib';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import { actorNetwork, actorsPage, type AnswerCache, articleDocument, CursorError, eventsPage, listArticles, quotesPage, seriesOf, statsOf } from '../../app/index.js';
import type { EventStore } from '../../store/index.js';
import { badRequest, errorResponse } from './http-errors.js';
import { actorsParams, articlesParams, eventsParams, networkParams, noParams, quotesParams, seriesParams } from './http-params.js';

/** An answer kept ready to send: its JSON bytes, and gzipped when that is worth it (five years by week: 65 kB -> 5.5 kB). */
interface EncodedJson {
  readonly plain: Uint8Array;
  readonly gzip: Uint8Array | null;
}

const GZIP_FROM_BYTES = 1024;

function encodedJson(value: unknown): EncodedJson {
  const plain = Buffer.from(JSON.stringify(value), 'utf8');
  return { plain, gzip: plain.byteLength >= GZIP_FROM_BYTES ? gzipSync(plain) : null };
}

function sendJson(c: Context, body: EncodedJson): Response {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=UTF-8', vary: 'Accept-Encoding' };
  if (body.gzip && /\bgzip\b/u.test(c.req.header('accept-encoding') ?? '')) return c.body(body.gzip as Uint8Array<ArrayBuffer>, 200, { ...headers, 'content-encoding': 'gzip' });
  return c.body(body.plain as Uint8Array<ArrayBuffer>, 200, headers);
}

type Answer<S extends z.ZodType> = (store: EventStore, params: z.output<S>, c: Context) => Promise<unknown>;

/** Parameters that failed their schema: thrown inside the kept computation, so that a bad request is never kept. */
class BadParameters extends Error {
  constructor(readonly error: z.ZodError) {
    super('bad parameters');
  }
}

/** "/api/series?a=RUS&b=NATO" from the request URL, as sent: the key under which its answer is kept. */
function pathAndQuery(url: string): string {
  return url.slice(url.indexOf('/', url.indexOf('//') + 2));
}

/**
 * GET `path`: parse the query with `schema`, answer with `answer`'s value as JSON (404 when it is null). The encoded
 * answer is kept in `cache` under the request's path and query until the store changes, so a repeated request costs
 * a map lookup: no parsing, no query, no serialising, no compressing. Only valid requests are kept.
 */
function readRoute<S extends z.ZodType>(app: Hono, store: EventStore, cache: AnswerCache, path: string, schema: S, answer: Answer<S>): void {
  app.get(path, async (c) => {
    try {
      const body = await cache.get(`GET ${pathAndQuery(c.req.url)}`, async () => {
        const parsed = schema.safeParse(c.req.query());
        if (!parsed.success) throw new BadParameters(parsed.error);
        const value = await answer(store, parsed.data, c);
        return value === null ? null : encodedJson(value);
      });
      if (body === null) return errorResponse(c, 404, `no stored article matches "${c.req.param('id') ?? ''}" (give an id, an id prefix, a URL or a source path)`);
      return sendJson(c, body);
    } catch (err) {
      if (err instanceof BadParameters) return badRequest(c, err.error);
      if (err instanceof CursorError) return errorResponse(c, 400, err.message, [{ parameter: 'cursor', message: err.message }]);
      throw err;
    }
  });
}

export function registerReadRoutes(app: Hono, store: EventStore, cache: AnswerCache): void {
  const route = <S extends z.ZodType>(path: string, schema: S, answer: Answer<S>): void => readRoute(app, store, cache, path, schema, answer);
  route('/api/events', eventsParams, (s, p) => eventsPage(s, { ...p, includeBackground: p.background ?? false, reports: p.reports ?? false }, cache));
  route('/api/series', seriesParams, (s, p) => seriesOf(s, p, cache));
  route('/api/quotes', quotesParams, (s, p) => quotesPage(s, p));
  route('/api/actors', actorsParams, (s, p) => actorsPage(s, p));
  route('/api/network', networkParams, async (s, p) => ({ edges: await actorNetwork(s, p) }));
  route('/api/articles', articlesParams, async (s, p) => ({ items: await listArticles(s, p.limit) }));
  route('/api/articles/:id', noParams, (s, _p, c) => articleDocument(s, c.req.param('id') ?? ''));
  route('/api/stats', noParams, (s) => statsOf(s));
}
