/**
 * @module interfaces/http: the HTTP API (hono) and the static web UI over the application API. Imports app,
 * store and dictionaries types; never the CLI, the web sources or a stage.
 */
export { createApp, DEFAULT_MAX_BODY, type AppOptions } from './create-app.js';
export { startServer, DEFAULT_WEB_ROOT, type ServeOptions, type RunningServer } from './start-server.js';
export { openApiDocument } from './openapi-document.js';
export { rateLimit, DEFAULT_RATE_LIMIT, type RateLimit } from './rate-limit.js';
