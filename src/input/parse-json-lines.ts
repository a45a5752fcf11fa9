/**
 * JSON Lines input: one article a line, `{"id"?, "published"? | "date"?, "title"?, "url"?, "text"}`.
 * A bad line becomes an InputError naming `file:line` and the field; the other lines still make articles.
 */
import { z } from 'zod';
import type { Article } from '../core/index.js';
import { parsePublished } from './dates.js';
import { InputError } from './input-error.js';
import { makeArticle } from './parse-article.js';

const optionalText = z.string().nullish();

const jsonArticle = z.object({
  id: z.union([z.string(), z.number()]).nullish(),
  published: optionalText,
  date: optionalText,
  title: optionalText,
  url: optionalText,
  text: z.string({ error: 'missing "text" (a string)' }),
});

export type ArticleOrError = Article | InputError;

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid article';
  const field = issue.path.join('.') || 'line';
  return `field "${field}": ${issue.message}`;
}

export function parseJsonLine(line: string, where: string, source: string): ArticleOrError {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return new InputError(where, `not valid JSON (${(err as Error).message})`);
  }
  const parsed = jsonArticle.safeParse(value);
  if (!parsed.success) return new InputError(where, describe(parsed.error));
  const { id, published, date, title, url, text } = parsed.data;
  const dateValue = published ?? date ?? null;
  const publishedDate = dateValue === null ? null : parsePublished(dateValue);
  if (dateValue !== null && publishedDate === null) {
    return new InputError(where, `field "${published != null ? 'published' : 'date'}": not a date: "${dateValue}"`);
  }
  return makeArticle({ id: id == null ? undefined : String(id), source, title, url, published: publishedDate, text });
}

/** Every non-blank line of `content`, as an article or as the error that line has. */
export function parseJsonLines(content: string, file: string): ArticleOrError[] {
  const results: ArticleOrError[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim() ?? '';
    if (line === '') continue;
    results.push(parseJsonLine(line, `${file}:${i + 1}`, `${file}:${i + 1}`));
  }
  return results;
}

/** Standard input is JSON Lines when every non-blank line is a JSON object. */
export function looksLikeJsonLines(content: string): boolean {
  const lines = content.split('\n').map((l) => l.trim()).filter(Boolean);
  return lines.length > 0 && lines.every((l) => l.startsWith('{') && l.endsWith('}'));
}
