/** `dyad ingest PATH…`: codes articles into the store, with a progress bar on a terminal and a closing summary. */
import { Readable } from 'node:stream';
// The ingest's own modules rather than the whole application API: the main thread of an ingest never loads the
// pipeline and dictionaries, which only the worker threads need.
import { defaultWorkers, ingest, inputBytes, type IngestSummary } from '../../app/ingest/index.js';
import { openStore } from '../../app/open-store.js';
import { parsePartialDate } from '../../input/index.js';
import { ingestFlags, type IngestFlags } from './ingest-flags.js';
import type { Io } from './io.js';
import { progressBar } from './ingest-progress.js';

export { ingestFlags, type IngestFlags };

/** Standard input when the Io can only hand it over whole (tests): one chunk. */
function bufferedStdin(io: Io): Readable {
  return Readable.from((async function* () {
    yield await io.readStdin();
  })());
}

function summaryLines(s: IngestSummary, location: string): string[] {
  const rate = s.seconds > 0 ? Math.round(s.read / s.seconds) : 0;
  return [
    `ingested into ${location} in ${s.seconds.toFixed(1)} s (${rate} articles/s, ${s.threads === 0 ? 'no worker threads' : `${s.threads} worker threads`})`,
    `  articles: ${s.stored} new (${s.nearDuplicates} near-duplicates linked), ${s.duplicates} duplicates skipped, ${s.failed} failed`,
    `  events:   ${s.events}`,
    `  quotes:   ${s.quotes}`,
  ];
}

/** Exit status 0 when every item was stored or skipped as a duplicate, 1 when any failed. */
export async function runIngest(paths: readonly string[], flags: IngestFlags, io: Io): Promise<number> {
  const names = paths.length > 0 ? paths : ['-'];
  if (flags.queue) {
    const { runQueueIngest } = await import('./queue-command.js');
    return runQueueIngest(names, { ...flags, queue: flags.queue }, io);
  }
  const store = await openStore(flags.db);
  const bar = progressBar(flags.progress && io.isTerminal ? await inputBytes(names) : 0, flags.progress && io.isTerminal);
  let summary: IngestSummary;
  try {
    summary = await ingest(names, {
      store,
      workers: flags.workers ?? defaultWorkers(),
      date: flags.date ? parsePartialDate(flags.date) : null,
      dictionaries: { extraActorFiles: flags.actors },
      stdin: () => io.stdinStream?.() ?? bufferedStdin(io),
      batchSize: flags.batch,
      onError: (e) => io.error(`dyad: ${e.where}: ${e.problem}`),
      onProgress: (p) => bar.update(p),
    });
  } finally {
    bar.stop();
    await store.close();
  }
  if (flags.format === 'json') io.out(JSON.stringify(summary, null, 2));
  else for (const line of summaryLines(summary, flags.db)) io.out(line);
  return summary.failed > 0 ? 1 : 0;
}
