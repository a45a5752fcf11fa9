/** The CLI's contact with the world, injected so that tests run commands in-process. */
import type { Readable } from 'node:stream';

export interface Io {
  out(text: string): void;
  error(text: string): void;
  readStdin(): Promise<Buffer>;
  /** Standard input as a stream, for commands that must not hold it all in memory (`dyad ingest -`). */
  stdinStream?(): Readable;
  readonly isTerminal: boolean;
  readonly colour: boolean;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

export function processIo(): Io {
  const isTerminal = Boolean(process.stdout.isTTY);
  // `dyad export | head`: the reader closing the pipe ends the output, it is not a crash.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0);
    throw err;
  });
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    error: (text) => void process.stderr.write(`${text}\n`),
    readStdin: () => readAll(process.stdin),
    stdinStream: () => process.stdin,
    isTerminal,
    colour: isTerminal && !process.env.NO_COLOR,
  };
}
