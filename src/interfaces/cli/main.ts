/**
 * The `dyad` command line: parses flags once, with zod, and hands over to the application API. Each command's
 * module is imported when the command runs: `dyad ingest` then never loads the pipeline in its main thread (only
 * its worker threads code), and a query command starts without the dictionaries.
 */
import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { processIo, type Io } from './io.js';
import { registerStoreCommands } from './store-commands.js';
import { registerQueueCommands } from './queue-commands.js';

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function program(io: Io, setStatus: (status: number) => void): Command {
  const cli = new Command('dyad')
    .description('Turns news articles into political event data: actors, times, quotes and CAMEO events with provenance.')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.error(s.trimEnd()) });
  cli
    .command('code')
    .description('code articles (.txt with a date header, .jsonl, or - for standard input) and print the result')
    .argument('[files...]', 'articles to code; none or - reads standard input')
    .option('-f, --format <format>', 'table (default on a terminal), json or jsonl')
    .option('--date <date>', 'publication date for text without a date header (YYYY-MM-DD)')
    .option('--quotes', 'list only the quotes and their speakers')
    .option('--actors <file>', 'load a legacy PETRARCH/TABARI actor dictionary too (repeatable)', collect, [])
    .option('--until <stage>', 'stop after this stage (tokenise, actors, times, quotes, events)')
    .option('--max-chars <n>', 'longest article body coded, in characters (2000000)')
    .option('--budget-ms <n>', 'time one article may take, checked between stages (10000)')
    .option('--trace', 'print what each stage added, on standard error')
    .action(async (files: string[], options: unknown) => {
      const { codeFlags, runCode } = await import('./code-command.js');
      setStatus(await runCode(files, codeFlags.parse(options), io));
    });
  registerStoreCommands(cli, io, setStatus);
  registerQueueCommands(cli, io, setStatus);
  cli
    .command('serve')
    .description('serve the HTTP API (/api/…, /api/openapi.json) and the web UI (/) over a store')
    .option('--host <host>', 'address to bind (127.0.0.1)')
    .option('--port <port>', 'port (8080; 0 picks a free one)')
    .option('--db <path>', 'the store (SQLite file); ./dyad.db by default')
    .option('--token <token>', 'token that POST /api/articles needs (or DYAD_TOKEN); without one writes are disabled')
    .option('--web <dir>', 'the built web UI (dist/web by default)')
    .option('--cors <origin>', 'let pages from this origin (or *) read the API; off by default')
    .action(async (options: unknown) => {
      const { runServe, serveFlags } = await import('./serve-command.js');
      setStatus(await runServe(serveFlags.parse(options), io));
    });
  cli
    .command('patterns')
    .description('work with the event-pattern dictionary (data/patterns)')
    .command('check')
    .description('check that every pattern code exists in the CAMEO ontology, no pattern repeats, every root is covered')
    .action(async () => {
      const { runPatternsCheck } = await import('./patterns-command.js');
      setStatus(runPatternsCheck(io));
    });
  return cli;
}

/** Runs the CLI with `argv` (without node and the script) and returns the exit status. */
export async function main(argv: readonly string[], io: Io = processIo()): Promise<number> {
  let status = 0;
  try {
    await program(io, (s) => (status = s)).parseAsync([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof ZodError) {
      const issue = err.issues[0];
      io.error(`dyad: --${issue?.path.join('.') ?? 'option'}: ${issue?.message ?? 'invalid'}`);
      return 2;
    }
    io.error(`dyad: ${(err as Error).message}`);
    return 1;
  }
  return status;
}
