/**
 * Reads the inputs named on the command line, one at a time, and yields an Article or an InputError for each item.
 * Problems with one item (missing, unreadable, binary, bad header, bad JSON line) never stop the others.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { PartialDate } from '../core/index.js';
import { InputError } from './input-error.js';
import { parseTextArticle } from './parse-article.js';
import { looksLikeJsonLines, parseJsonLines, type ArticleOrError } from './parse-json-lines.js';

export interface ReadOptions {
  /** Publication date for plain text without a date header (`--date`). */
  readonly date: PartialDate | null;
  /** Reads all of standard input; injected so that tests need no process. */
  readonly readStdin: () => Promise<Buffer>;
}

const JSON_LINES = new Set(['.jsonl', '.ndjson']);

/**
 * Text with NUL bytes, or that is not valid UTF-8, is binary (a PDF, an image, a zip), not an article. JSON Lines
 * may let a NUL through (`nulAllowed`): it spoils only its own line, which then fails to parse on its own.
 */
export function decodeText(bytes: Buffer, where: string, nulAllowed = false): string {
  if (!nulAllowed && bytes.includes(0)) throw new InputError(where, 'binary file (contains NUL bytes), not text');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/u, '');
  } catch {
    throw new InputError(where, 'not valid UTF-8 text');
  }
}

function parseContent(content: string, name: string, jsonLines: boolean, date: PartialDate | null): ArticleOrError[] {
  if (jsonLines) return parseJsonLines(content, name);
  if (content.trim() === '') return [new InputError(name, 'empty article')];
  return [parseTextArticle(content, name, date)];
}

async function readOne(name: string, options: ReadOptions): Promise<ArticleOrError[]> {
  const isStdin = name === '-';
  let bytes: Buffer;
  try {
    bytes = isStdin ? await options.readStdin() : await readFile(name);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (err as Error).message;
    return [new InputError(name, why)];
  }
  const namedJsonLines = !isStdin && JSON_LINES.has(extname(name).toLowerCase());
  const content = decodeText(bytes, name, namedJsonLines);
  const jsonLines = namedJsonLines || (isStdin && looksLikeJsonLines(content));
  return parseContent(content, name, jsonLines, options.date);
}

export async function* readInputs(names: readonly string[], options: ReadOptions): AsyncGenerator<ArticleOrError> {
  for (const name of names) {
    try {
      yield* await readOne(name, options);
    } catch (err) {
      if (err instanceof InputError) yield err;
      else throw err;
    }
  }
}
