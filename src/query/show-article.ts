/**
 * `dyad show ARTICLE`: one stored article with its annotations, found by id, URL or source path, else by id prefix
 * or by the end of its source path (`dyad show coast-guard.txt`).
 */
import type { Kysely } from 'kysely';
import { contractOutput, type ContractOutput } from '../core/index.js';
import type { DyadDatabase } from '../store/index.js';

export interface StoredArticle {
  readonly output: ContractOutput;
  readonly url: string | null;
  readonly duplicateOf: string | null;
  readonly ingestedAt: string;
  /** Near-duplicates stored later that copy this article. */
  readonly copies: readonly string[];
}

export async function showArticle(db: Kysely<DyadDatabase>, ref: string): Promise<StoredArticle | null> {
  const columns = ['id', 'output', 'url', 'duplicate_of', 'ingested_at'] as const;
  const exact = await db
    .selectFrom('articles')
    .select(columns)
    .where((eb) => eb.or([eb('id', '=', ref), eb('url', '=', ref), eb('source', '=', ref)]))
    .executeTakeFirst();
  const byPrefix = exact ?? (await db.selectFrom('articles').select(columns).where('id', '>=', ref).where('id', '<', `${ref}\uffff`).orderBy('id').executeTakeFirst());
  // A ref that is only wildcards or NUL (SQLite ends a LIKE pattern at NUL) would match every source: no suffix search.
  const suffix = ref.replace(/[%_\0]/gu, '');
  const row = byPrefix ?? (suffix === '' ? undefined : await db.selectFrom('articles').select(columns).where('source', 'like', `%${suffix}`).orderBy('id').executeTakeFirst());
  if (!row) return null;
  const copies = await db.selectFrom('articles').select('id').where('duplicate_of', '=', row.id).orderBy('id').execute();
  return { output: contractOutput.parse(JSON.parse(row.output)), url: row.url, duplicateOf: row.duplicate_of, ingestedAt: row.ingested_at, copies: copies.map((c) => c.id) };
}
