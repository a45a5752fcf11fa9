import { describe, expect, it } from 'vitest';
import { isPostgresUrl, parsePostgresUrl } from './postgres-event-store.js';

describe('parsePostgresUrl', () => {
  it('takes the schema out of the connection URL', () => {
    expect(parsePostgresUrl('postgres://dyad@db.lan:5432/news?schema=run_7&sslmode=require')).toEqual({ connectionString: 'postgres://dyad@db.lan:5432/news?sslmode=require', schema: 'run_7' });
    expect(parsePostgresUrl('postgresql://db.lan/news').schema).toBeNull();
  });

  it('refuses a schema name that would need quoting', () => {
    expect(() => parsePostgresUrl('postgres://db.lan/news?schema=Robert%27);drop')).toThrow(/plain lower-case name/u);
  });

  it('recognises postgres:// and postgresql:// only', () => {
    expect([isPostgresUrl('postgres://h/d'), isPostgresUrl('postgresql://h/d'), isPostgresUrl('./dyad.db'), isPostgresUrl('redis://h')]).toEqual([true, true, false, false]);
  });
});
