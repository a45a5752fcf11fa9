/**
 * `dyad serve`: the HTTP API and the web UI on 127.0.0.1:8080 until interrupted. Writes (`POST /api/articles`)
 * need the token from `--token` or DYAD_TOKEN; without one the server is read-only.
 */
import { z } from 'zod';
import { DEFAULT_WEB_ROOT, startServer } from '../http/index.js';
import type { Io } from './io.js';
import { storeFlags } from './store-flags.js';

export const serveFlags = z.object({
  host: z.string().min(1).default('127.0.0.1'),
  port: z.coerce.number().int().min(0).max(65_535).default(8080),
  db: storeFlags.shape.db,
  token: z.string().min(12, 'want at least 12 characters').optional(),
  web: z.string().optional(),
  cors: z.string().min(1).optional(),
});

export interface ServeContext {
  readonly env: NodeJS.ProcessEnv;
  /** Resolves when the server should stop: SIGINT or SIGTERM by default. */
  readonly stopped: (url: string) => Promise<void>;
}

function signalled(): Promise<void> {
  return new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
}

/** Resolves when the server is asked to stop, after the server and the store are closed. */
export async function runServe(flags: z.infer<typeof serveFlags>, io: Io, context: ServeContext = { env: process.env, stopped: signalled }): Promise<number> {
  const { env } = context;
  const token = flags.token ?? (env.DYAD_TOKEN ? serveFlags.shape.token.parse(env.DYAD_TOKEN) : undefined) ?? null;
  const server = await startServer({ host: flags.host, port: flags.port, db: flags.db, token, webRoot: flags.web ?? DEFAULT_WEB_ROOT, corsOrigin: flags.cors ?? null, log: (line) => io.error(line) });
  io.out(`dyad serving ${flags.db} at ${server.url} (API: ${server.url}/api/openapi.json; writes ${token ? 'need the token' : 'disabled: no --token or DYAD_TOKEN'})`);
  await context.stopped(server.url);
  await server.close();
  return 0;
}
