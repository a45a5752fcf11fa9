/**
 * Turns the text of one input item into an Article: the `.txt` date header, the title line, the id.
 *
 *   " date 2021-10-19 Russia has suspended…"  -> published 2021-10-19, body from "Russia"
 *   "date 2016-07-18\nOver 250 killed…\n\nIn an…" -> published 2016-07-18, title "Over 250 killed…"
 */
import { createHash } from 'node:crypto';
import type { Article, PartialDate } from '../core/index.js';
import { parsePartialDate } from './dates.js';
import { InputError } from './input-error.js';

const DATE_HEADER = /^[ \t]*date[ \t]+(?<value>\d[\d-]*)(?<rest>[ \t]*\r?\n?)/u;
const MAX_TITLE_LENGTH = 200;

export interface ArticleFields {
  readonly id?: string | undefined;
  readonly source: string;
  readonly title?: string | null | undefined;
  readonly url?: string | null | undefined;
  readonly published?: PartialDate | null | undefined;
  readonly text: string;
  readonly bodyStart?: number;
}

export function articleId(text: string): string {
  return `sha256-${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
}

/** `s` without spaces and tabs at either end (a loop: a `[ \t]+$` regex is quadratic on a long run of spaces). */
function trimSpaceTab(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && (s[start] === ' ' || s[start] === '\t')) start++;
  while (end > start && (s[end - 1] === ' ' || s[end - 1] === '\t' || s[end - 1] === '\r')) end--;
  return s.slice(start, end);
}

/**
 * The first line of the body when it reads as a headline: short, followed by a blank line, no full stop. Found
 * with indexOf, not a regex: `^[ \t]*([^\n]+?)[ \t]*\r?\n` took 4 s on 2,000 spaces (cubic backtracking).
 */
function titleLine(text: string, bodyStart: number): string | null {
  const end = text.indexOf('\n', bodyStart);
  if (end < 0 || end - bodyStart > MAX_TITLE_LENGTH * 4) return null;
  const next = text.indexOf('\n', end + 1);
  if (next < 0 || trimSpaceTab(text.slice(end + 1, next)) !== '') return null;
  const line = trimSpaceTab(text.slice(bodyStart, end));
  if (line === '' || line.length > MAX_TITLE_LENGTH || /[.:;,]$/u.test(line)) return null;
  return line;
}

export function makeArticle(fields: ArticleFields): Article {
  const bodyStart = fields.bodyStart ?? 0;
  return {
    id: fields.id ?? articleId(fields.text.slice(bodyStart)),
    source: fields.source,
    title: fields.title ?? titleLine(fields.text, bodyStart),
    url: fields.url ?? null,
    published: fields.published ?? null,
    language: 'en',
    text: fields.text,
    bodyStart,
  };
}

/**
 * A `.txt` article: an optional `date …` header (first line or prefix), then the text. A header whose value is
 * not a real date is an error, not text: `date 2021-13-45` is a typo that would silently misdate every event.
 */
export function parseTextArticle(text: string, source: string, fallbackDate: PartialDate | null = null): Article {
  const m = DATE_HEADER.exec(text);
  if (!m?.groups) return makeArticle({ source, text, published: fallbackDate });
  const value = m.groups.value ?? '';
  const published = parsePartialDate(value);
  if (!published) throw new InputError(`${source}:1`, `bad date header "date ${value}" (want date YYYY-MM-DD, YYYY-MM or YYYY)`);
  return makeArticle({ source, text, published, bodyStart: m[0].length });
}
