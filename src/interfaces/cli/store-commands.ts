/**
 * The store commands of the `dyad` CLI (ingest and the queries), registered on the program by `main.ts`. Each
 * command's module is imported when it runs, so that a command loads only what it uses.
 */
import type { Command } from 'commander';
import type { Io } from './io.js';

const DB = ['--db <path>', 'the store (SQLite file); ./dyad.db by default'] as const;
const FORMAT = ['-f, --format <format>', 'table (default on a terminal), json or csv'] as const;
const LIMIT = ['--limit <n>', 'at most this many rows (100)'] as const;

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerStoreCommands(cli: Command, io: Io, setStatus: (status: number) => void): void {
  cli
    .command('ingest')
    .description('code articles into the store: files, directories, .jsonl, web pages (.html), RSS/Atom feeds, - for stdin')
    .argument('[paths...]', 'files and directories (read recursively); none or - reads standard input')
    .option(...DB)
    .option('--workers <n>', 'worker threads coding articles (all cores by default; 0 codes in the main thread)')
    .option('--date <date>', 'publication date for text without a date header (YYYY-MM-DD)')
    .option('--actors <file>', 'load a legacy PETRARCH/TABARI actor dictionary too (repeatable)', collect, [])
    .option('--batch <n>', 'articles per write transaction (256); with --queue, articles per job (32)')
    .option('--no-progress', 'no progress bar, even on a terminal')
    .option('-f, --format <format>', 'summary as text (default) or json')
    .option('--queue <url>', 'enqueue the articles on this Redis queue (redis://host:6379?queue=name) for dyad worker processes, instead of coding them here')
    .action(async (paths: string[], options: unknown) => {
      const { ingestFlags, runIngest } = await import('./ingest-command.js');
      setStatus(await runIngest(paths, ingestFlags.parse(options), io));
    });
  cli
    .command('events')
    .description('stored events: one row per cluster (a happening counted once), or per report with --reports')
    .option(...DB)
    .option(...FORMAT)
    .option(...LIMIT)
    .option('--source <actor>', 'source actor: a CAMEO code or prefix (RUS takes in RUSGOV) or a name')
    .option('--target <actor>', 'target actor')
    .option('--actor <actor>', 'either side')
    .option('--code <code>', 'CAMEO event code or prefix (16, 161)')
    .option('--root <root>', 'CAMEO root (two digits)')
    .option('--from <date>', 'first day (YYYY-MM-DD, YYYY-MM or YYYY)')
    .option('--to <date>', 'last day')
    .option('--modality <modality>', 'asserted, negated, future, expected, hypothetical or alleged')
    .option('--include-background', 'include past events cited as context')
    .option('--q <words>', 'words in the evidence sentence')
    .option('--reports', 'one row per report instead of per cluster')
    .action(async (options: unknown) => {
      const { eventsFlags, runEvents } = await import('./events-command.js');
      setStatus(await runEvents(eventsFlags.parse(options), io));
    });
  cli
    .command('series')
    .description('how relations between A and B moved: both directions, counts per QuadClass, Goldstein sum and mean')
    .argument('<a>', 'actor A: CAMEO code or prefix, or a name')
    .argument('<b>', 'actor B')
    .option(...DB)
    .option(...FORMAT)
    .option('--by <period>', 'day, week or month (default)')
    .option('--from <date>', 'first day')
    .option('--to <date>', 'last day')
    .option('--reports', 'count reports instead of clusters')
    .action(async (a: string, b: string, options: unknown) => {
      const { seriesFlags, runSeries } = await import('./series-command.js');
      setStatus(await runSeries(a, b, seriesFlags.parse(options), io));
    });
  cli
    .command('quotes')
    .description('stored quotes, newest first')
    .option(...DB)
    .option(...FORMAT)
    .option(...LIMIT)
    .option('--speaker <name>', "part of the speaker's name, or the speaker's actor code")
    .option('--q <words>', 'words in the quote')
    .action(async (options: unknown) => {
      const { quotesFlags, runQuotes } = await import('./quotes-command.js');
      setStatus(await runQuotes(quotesFlags.parse(options), io));
    });
  cli
    .command('actors')
    .description('the most mentioned actors, with codes and the roles of people')
    .option(...DB)
    .option(...FORMAT)
    .option('--limit <n>', 'at most this many rows (25)')
    .option('--type <type>', 'person, organization, country, place or group')
    .action(async (options: unknown) => {
      const { actorsFlags, runActors } = await import('./actors-command.js');
      setStatus(await runActors(actorsFlags.parse(options), io));
    });
  cli
    .command('show')
    .description('one stored article with its annotations')
    .argument('<article>', 'article id, id prefix, URL or source path')
    .option(...DB)
    .option('-f, --format <format>', 'table (default on a terminal) or json')
    .action(async (ref: string, options: unknown) => {
      const { showFlags, runShow } = await import('./show-command.js');
      setStatus(await runShow(ref, showFlags.parse(options), io));
    });
  cli
    .command('export')
    .description('every cluster (or report) as JSON Lines, CSV or GDELT 2.0 event rows (tab-separated)')
    .option(...DB)
    .option('-f, --format <format>', 'jsonl (default), csv or gdelt')
    .option('--reports', 'one row per report instead of per cluster')
    .option('--header', 'gdelt: print the column names first')
    .action(async (options: unknown) => {
      const { exportFlags, runExport } = await import('./export-command.js');
      setStatus(await runExport(exportFlags.parse(options), io));
    });
  cli
    .command('stats')
    .description('what the store holds')
    .option(...DB)
    .option(...FORMAT)
    .action(async (options: unknown) => {
      const { statsFlags, runStats } = await import('./stats-command.js');
      setStatus(await runStats(statsFlags.parse(options), io));
    });
}
