/**
 * Pages over a query's rows for the HTTP API. A cursor is opaque to clients (base64url of the rows already
 * seen); the query is asked for one row more than the page, so the answer knows whether another page exists.
 *
 *   page 1: limit 50, no cursor -> rows 0..49, next "eyJvIjo1MH0"     page 2: that cursor -> rows 50..99
 *
 * The queries sort by a total order (date, then id), so pages neither repeat nor skip rows while nothing is
 * written; the window is capped so that a deep page cannot make the store read an unbounded prefix.
 */
export const MAX_PAGE_WINDOW = 10_000;

export interface PageRequest {
  readonly limit: number;
  readonly cursor?: string;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** The cursor of the next page, or null on the last one. */
  readonly next: string | null;
}

export class CursorError extends Error {}

export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

export function decodeCursor(cursor: string | undefined): number {
  if (cursor === undefined || cursor === '') return 0;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new CursorError('cursor: not a cursor this API returned (pass "next" from the previous page unchanged)');
  }
  const offset = (value as { o?: unknown } | null)?.o;
  if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) throw new CursorError('cursor: not a cursor this API returned');
  return offset;
}

/** Runs `query` for the rows up to the end of the page (plus one) and keeps the page. */
export async function pageOf<T>(request: PageRequest, query: (limit: number) => Promise<readonly T[]>): Promise<Page<T>> {
  const offset = decodeCursor(request.cursor);
  if (offset + request.limit > MAX_PAGE_WINDOW) throw new CursorError(`cursor: pages end at row ${MAX_PAGE_WINDOW}; narrow the filter (from, to, code) instead`);
  const rows = await query(offset + request.limit + 1);
  const items = rows.slice(offset, offset + request.limit);
  return { items, next: rows.length > offset + request.limit ? encodeCursor(offset + request.limit) : null };
}
