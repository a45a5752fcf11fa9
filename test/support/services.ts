/**
 * The real PostgreSQL and Redis the scale-out tests run against, named by environment variables; where one is not
 * set, its suites skip with a single line that names the variable.
 *
 *   DYAD_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test  DYAD_TEST_REDIS=redis://127.0.0.1:6379  npm test
 *
 * Each run works in schemas (and queue names) of its own, so that parallel runs on one server never collide.
 */
import { randomBytes } from 'node:crypto';
import { dropPostgresSchema } from '../../src/store/index.js';

export const POSTGRES_URL = process.env.DYAD_TEST_POSTGRES ?? null;
export const REDIS_URL = process.env.DYAD_TEST_REDIS ?? null;

export const POSTGRES_SKIP = 'skipped: set DYAD_TEST_POSTGRES=postgres://postgres@127.0.0.1:5432/test to run it';
export const REDIS_SKIP = 'skipped: set DYAD_TEST_POSTGRES and DYAD_TEST_REDIS=redis://127.0.0.1:6379 to run it';

const RUN = `${process.pid}_${randomBytes(3).toString('hex')}`;
let counter = 0;

/** A fresh name for this run: "dyad_t_4711_a1b2c3_1". */
export function uniqueName(prefix = 'dyad_t'): string {
  return `${prefix}_${RUN}_${++counter}`;
}

/** The test database URL with a schema of its own; `dropSchemas` removes every schema handed out. */
const schemas: string[] = [];
export function postgresSchemaUrl(base: string): string {
  const url = new URL(base);
  url.searchParams.set('schema', uniqueName());
  schemas.push(url.toString());
  return url.toString();
}

export async function dropSchemas(): Promise<void> {
  for (const url of schemas.splice(0)) await dropPostgresSchema(url);
}
