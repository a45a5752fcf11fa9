/** The CLI's contact with the world, injected so that tests run commands in-process. */
export interface Io {
  out(text: string): void;
  error(text: string): void;
  readStdin(): Promise<Buffer>;
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
  return {
    out: (text) => void process.stdout.write(`${text}\n`),
    error: (text) => void process.stderr.write(`${text}\n`),
    readStdin: () => readAll(process.stdin),
    isTerminal,
    colour: isTerminal && !process.env.NO_COLOR,
  };
}
