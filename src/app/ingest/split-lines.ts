/**
 * The lines of a stream, split on "\n" only (a "\r\n" ending loses its "\r"). node:readline also breaks at a lone
 * "\r", which split one bad JSON line into two errors and shifted every later `file:line` in ingest's messages.
 *
 *   'a\rb\r\nc\n' -> 'a\rb', 'c'
 */
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';

function withoutCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

export async function* splitLines(input: Readable): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    let start = 0;
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      yield withoutCr(text.slice(start, end));
      start = end + 1;
    }
    rest = text.slice(start);
  }
  rest += decoder.end();
  if (rest !== '') yield withoutCr(rest);
}
