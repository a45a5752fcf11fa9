/**
 * @module interfaces/web: the browser UI, bundled by scripts/build-web.mjs from `main.ts` (the hash router over the
 * five views) into dist/web. It talks to the server only through the HTTP API (`api.ts`); it imports core types
 * and nothing else from src/. The pure parts are listed here for tests.
 */
export { annotate, quoteDetails, type Annotated, type Mark, type Run, type Shade } from './annotate.js';
