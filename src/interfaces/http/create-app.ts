/**
 * The HTTP API and the web UI as one hono app over an open store. Tests call `app.request()` on it; `dyad serve`
 * hands it to the Node server. The app holds no logic of its own: every route calls the application API.
 */
import { existsSync } from 'node:fs';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { answerCache } from '../../app/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import type { EventStore } from '../../store/index.js';
import { errorResponse } from './http-errors.js';
import { openApiDocument } from './openapi-document.js';
import { DEFAULT_RATE_LIMIT, rateLimit, type RateLimit } from './rate-limit.js';
import { registerReadRoutes } from './read-routes.js';
import { registerWriteRoutes } from './write-routes.js';

export interface AppOptions {
  readonly store: EventStore;
  readonly dictionaries: () => Dictionaries;
  /** The token writes need; null disables writes. */
  readonly token: string | null;
  /** The built web UI (index.html, app.js, app.css); without it `/` explains how to build it. */
  readonly webRoot?: string;
  readonly maxBodyBytes?: number;
  /** An origin whose pages may read the API (`--cors https://dash.example`, or `*`); CORS is off without one. */
  readonly corsOrigin?: string | null;
  /** Article posts per client and window (rate-limit.ts); 60 a minute by default. */
  readonly rateLimit?: RateLimit;
  /** Called with every unexpected error (the server logs it); the client gets a 500 without details. */
  readonly onError?: (error: Error) => void;
}

export const DEFAULT_MAX_BODY = 2 * 1024 * 1024;

// The UI is bundled and served from here: no script, style or connection leaves the origin. Plot writes
// inline style attributes and <style> elements into its SVG, hence 'unsafe-inline' for styles only.
const CSP = { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], objectSrc: ["'none'"], frameAncestors: ["'none'"] };

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  app.use('*', secureHeaders({ contentSecurityPolicy: CSP }));
  app.onError((err, c) => {
    options.onError?.(err);
    return errorResponse(c, 500, 'internal error (the server log has the details)');
  });
  // Off by default; when an origin is named, pages there may read, and writes stay same-origin (no CORS for POST).
  if (options.corsOrigin) app.use('/api/*', cors({ origin: options.corsOrigin, allowMethods: ['GET'] }));
  app.use('/api/*', rateLimit(options.rateLimit ?? DEFAULT_RATE_LIMIT));
  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
  // Series and actor names are kept until the store changes (see answer-cache.ts): dashboards repeat them.
  const cache = answerCache(options.store);
  registerReadRoutes(app, options.store, cache);
  registerWriteRoutes(app, { store: options.store, dictionaries: options.dictionaries, token: options.token, maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY, onWrite: () => cache.invalidate() });
  app.all('/api/*', (c) => errorResponse(c, 404, `no endpoint ${c.req.method} ${c.req.path} (see /api/openapi.json)`));
  const webRoot = options.webRoot;
  if (webRoot && existsSync(webRoot)) app.use('/*', serveStatic({ root: webRoot }));
  else app.get('/', (c) => c.text('The web UI is not built: run `npm run build` (it bundles src/interfaces/web into dist/web).', 503));
  return app;
}
