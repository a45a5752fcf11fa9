/**
 * Write access: `Authorization: Bearer <token>` against the server's token (`--token` or DYAD_TOKEN). Both sides
 * are hashed first so that the comparison takes the same time whatever the length or the first wrong byte.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ ]+(?<token>\S+)\s*$/iu.exec(header ?? '');
  return m?.groups?.token ?? null;
}

export function tokenMatches(given: string | null, expected: string): boolean {
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && given !== null;
}
