/** Runs the `dyad` CLI in-process, as a user would from the repository root, and captures what it prints. */
import { main } from '../../src/interfaces/cli/index.js';

export interface CliRun {
  readonly status: number;
  readonly out: string;
  readonly err: string;
}

export async function runCli(argv: readonly string[], stdin = ''): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(argv, {
    out: (text) => void out.push(text),
    error: (text) => void err.push(text),
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    isTerminal: false,
    colour: false,
  });
  return { status, out: out.join('\n'), err: err.join('\n') };
}

/** Golden files are rewritten instead of compared when this is set (`npm run examples:update`, `readme:update`). */
export const UPDATING = process.env.DYAD_UPDATE_GOLDEN === '1';
