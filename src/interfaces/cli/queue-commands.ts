/** The scale-out commands of the `dyad` CLI (`worker`, `queue status`), registered on the program by `main.ts`. */
import type { Command } from 'commander';
import type { Io } from './io.js';

const QUEUE = ['--queue <url>', 'the Redis queue: redis://host:6379, with ?queue=name for a queue other than dyad-ingest'] as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerQueueCommands(cli: Command, io: Io, setStatus: (status: number) => void): void {
  cli
    .command('worker')
    .description('code and store the articles that dyad ingest --queue enqueued; run one per core, on any number of machines')
    .requiredOption(...QUEUE)
    .option('--db <url>', 'the shared store: postgres://user@host:5432/db (or DYAD_DB); a SQLite file serves one machine only')
    .option('--concurrency <n>', 'jobs in progress at once (2: one is written while the next is coded)')
    .option('--lock-seconds <n>', 'seconds before the job of a worker that stopped answering goes to another (30)')
    .option('--exit-when-drained', 'stop once no job waits')
    .option('--actors <file>', 'load a legacy PETRARCH/TABARI actor dictionary too (repeatable)', collect, [])
    .option('--verbose', 'one line per finished job, on standard error')
    .action(async (options: unknown) => {
      const { runWorker, workerFlags } = await import('./worker-command.js');
      setStatus(await runWorker(workerFlags.parse(options), io));
    });
  cli
    .command('queue')
    .description('inspect the job queue of a distributed ingest')
    .command('status')
    .description('waiting, active, done and failed jobs, with the error of each failed one')
    .requiredOption(...QUEUE)
    .option('--failed <n>', 'list at most this many failed jobs (20)')
    .option('-f, --format <format>', 'text (default) or json')
    .action(async (options: unknown) => {
      const { queueStatusFlags, runQueueStatus } = await import('./queue-command.js');
      setStatus(await runQueueStatus(queueStatusFlags.parse(options), io));
    });
}
