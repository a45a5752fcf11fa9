/**
 * Streams the articles of everything named on the command line: files, directories (recursively), JSON Lines
 * (line by line, so a file of a million articles never sits in memory), web pages, RSS/Atom feeds and standard
 * input. Each bad item becomes one InputError; the rest go on.
 *
 *   dyad ingest news/ feed.xml -   -> every .txt/.jsonl/.ndjson/.html/.htm/.xml/.rss/.atom below news/, the feed, stdin
 */
import { createReadStream } from 'node:fs';
import { opendir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Article, PartialDate } from '../../core/index.js';
import { decodeText, InputError, parseJsonLine, parseTextArticle } from '../../input/index.js';
import { splitLines } from './split-lines.js';

export type SourceItem = Article | InputError;

export interface SourceOptions {
  /** Publication date for plain text without a date header. */
  readonly date: PartialDate | null;
  readonly stdin: () => Readable;
  /** Called with the bytes of each input file once it has been read, for progress. */
  readonly onBytes?: (bytes: number) => void;
}

const TEXT = new Set(['.txt', '.text']);
const JSON_LINES = new Set(['.jsonl', '.ndjson']);
const HTML = new Set(['.html', '.htm']);
const FEED = new Set(['.xml', '.rss', '.atom']);
/** What a directory walk picks up; a file named explicitly is read whatever its name. */
export const INGESTED_EXTENSIONS = new Set([...TEXT, ...JSON_LINES, ...HTML, ...FEED]);

async function* jsonLines(input: Readable, name: string, onBytes?: (bytes: number) => void): AsyncGenerator<SourceItem> {
  let n = 0;
  for await (const line of splitLines(input)) {
    n++;
    onBytes?.(Buffer.byteLength(line) + 1);
    const trimmed = line.trim();
    if (trimmed !== '') yield parseJsonLine(trimmed, `${name}:${n}`, `${name}:${n}`);
  }
}

/** Web pages and feeds start with a tag; plain text that does not is never parsed as either. */
const MARKUP = /^\s*</u;

/** The HTML and feed parsers (linkedom, Readability: about 25 MB resident) are loaded with the first input that is markup. */
async function parseWhole(content: string, name: string, options: SourceOptions): Promise<SourceItem[]> {
  const ext = extname(name).toLowerCase();
  if (content.trim() === '') return [new InputError(name, 'empty article')];
  if (FEED.has(ext) || HTML.has(ext) || MARKUP.test(content)) {
    const [{ looksLikeFeed, parseFeedArticles }, { parseHtmlArticle }] = await Promise.all([import('./feed-articles.js'), import('./html-article.js')]);
    if (FEED.has(ext) || looksLikeFeed(content.slice(0, 1000))) return parseFeedArticles(content, name);
    if (HTML.has(ext) || /^\s*<(?:!doctype html|html)\b/iu.test(content.slice(0, 200))) return [parseHtmlArticle(content, name)];
  }
  return [parseTextArticle(content, name, options.date)];
}

async function* oneFile(name: string, size: number, options: SourceOptions): AsyncGenerator<SourceItem> {
  if (JSON_LINES.has(extname(name).toLowerCase())) {
    yield* jsonLines(createReadStream(name, { encoding: 'utf8' }), name, options.onBytes);
    return;
  }
  const items = await parseWhole(decodeText(await readFile(name), name), name, options);
  options.onBytes?.(size);
  yield* items;
}

/** Standard input: JSON Lines when its first non-blank line is a JSON object, else one article. */
async function* standardInput(options: SourceOptions): AsyncGenerator<SourceItem> {
  const lines = splitLines(options.stdin());
  const head: string[] = [];
  let next = await lines.next();
  while (!next.done && next.value.trim() === '') next = await lines.next();
  if (!next.done && next.value.trim().startsWith('{')) {
    let n = 0;
    for (; !next.done; next = await lines.next()) {
      n++;
      if (next.value.trim() !== '') yield parseJsonLine(next.value.trim(), `-:${n}`, `-:${n}`);
    }
    return;
  }
  for (; !next.done; next = await lines.next()) head.push(next.value);
  yield* await parseWhole(head.join('\n'), '-', options);
}

async function* directory(path: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  const entries: { name: string; dir: boolean }[] = [];
  for await (const entry of await opendir(path)) {
    if (entry.name.startsWith('.')) continue;
    if (entry.isDirectory()) entries.push({ name: entry.name, dir: true });
    else if (entry.isFile() && INGESTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) entries.push({ name: entry.name, dir: false });
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) yield* walk(join(path, entry.name), options);
}

async function* walk(name: string, options: SourceOptions): AsyncGenerator<SourceItem> {
  let info;
  try {
    info = await stat(name);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    yield new InputError(name, code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message);
    return;
  }
  try {
    if (info.isDirectory()) yield* directory(name, options);
    else yield* oneFile(name, info.size, options);
  } catch (err) {
    if (err instanceof InputError) yield err;
    else yield new InputError(name, (err as Error).message);
  }
}

export async function* readSources(names: readonly string[], options: SourceOptions): AsyncGenerator<SourceItem> {
  for (const name of names) {
    if (name === '-') yield* standardInput(options);
    else yield* walk(name, options);
  }
}

/** The total size of the inputs, for a progress bar with an ETA; walks directories without reading files. */
export async function inputBytes(names: readonly string[]): Promise<number> {
  let total = 0;
  const visit = async (name: string): Promise<void> => {
    const info = await stat(name).catch(() => null);
    if (!info) return;
    if (info.isFile()) total += info.size;
    else if (info.isDirectory()) {
      for await (const entry of await opendir(name)) {
        if (entry.name.startsWith('.')) continue;
        if (entry.isDirectory() || INGESTED_EXTENSIONS.has(extname(entry.name).toLowerCase())) await visit(join(name, entry.name));
      }
    }
  };
  for (const name of names) if (name !== '-') await visit(name);
  return total;
}
