/**
 * `dyad serve`: opens the store once, serves the app with the Node adapter, and closes both on SIGINT/SIGTERM.
 * Reads run on the open store (WAL: readers never wait for the writer).
 */
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { loadDictionaries, type Dictionaries } from '../../dictionaries/index.js';
import { openStore } from '../../app/index.js';
import { createApp } from './create-app.js';

/** `dist/web`, beside the compiled `dist/interfaces/http`, where `npm run build` puts the bundled UI. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web', import.meta.url));

export interface ServeOptions {
  readonly host: string;
  readonly port: number;
  readonly db: string;
  readonly token: string | null;
  readonly webRoot: string;
  readonly maxBodyBytes?: number;
  readonly corsOrigin?: string | null;
  readonly log: (line: string) => void;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const store = await openStore(options.db);
  const dictionaries: () => Dictionaries = once(() => loadDictionaries());
  const app = createApp({ store, dictionaries, token: options.token, webRoot: options.webRoot, maxBodyBytes: options.maxBodyBytes, corsOrigin: options.corsOrigin ?? null, onError: (err) => options.log(`error: ${err.stack ?? err.message}`) });
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    url: `http://${host}:${port}`,
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Keep-alive connections would hold `close` open until they time out.
      if ('closeAllConnections' in server) server.closeAllConnections();
      await closed;
      await store.close();
    },
  };
}
