/**
 * Kysely queries compiled once and run many times: the writer runs a handful of statements per event, and building
 * each with the query builder every time would cost more than the database work. A query is built with named
 * placeholders (`param('id')`), compiled by the store's own dialect (`?` for SQLite, `$1` for PostgreSQL), and
 * bound by name on each run.
 *
 *   db.selectFrom('articles').select('id').where('id', '=', param('id'))  -> { sql: "… where \"id\" = ?", names: ['id'] }
 */
import type { Compilable } from 'kysely';

const MARK = '\u0000param:';

/** A named placeholder, typed as the value it stands for so that the query builder accepts it. */
export function param<T>(name: string): T {
  return `${MARK}${name}` as T;
}

export interface PreparedQuery {
  readonly sql: string;
  /** The placeholder name of each positional parameter, in order. */
  readonly names: readonly string[];
}

export function prepareQuery(query: Compilable): PreparedQuery {
  const compiled = query.compile();
  const names = compiled.parameters.map((value) => {
    if (typeof value !== 'string' || !value.startsWith(MARK)) throw new Error(`prepared query with a literal parameter: ${compiled.sql}`);
    return value.slice(MARK.length);
  });
  return { sql: compiled.sql, names };
}

/** A query in one dialect's own SQL: `?` placeholders standing for `names`, in order. */
export function rawQuery(sql: string, names: readonly string[]): PreparedQuery {
  return { sql, names };
}

/** The positional values of a prepared query, from named ones; a missing name is a bug, not a null. */
export function bind(query: PreparedQuery, values: object): unknown[] {
  return query.names.map((name) => {
    const value = (values as Readonly<Record<string, unknown>>)[name];
    if (value === undefined) throw new Error(`no value for parameter "${name}" in: ${query.sql}`);
    return value;
  });
}
