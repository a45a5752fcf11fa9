/** `dyad code [FILE|-]...`: codes articles and prints them as a table, JSON or JSON Lines. */
import { z } from 'zod';
import { codeInputs } from '../../app/index.js';
import type { ContractOutput } from '../../core/index.js';
import { loadDictionaries } from '../../dictionaries/index.js';
import { parsePartialDate } from '../../input/index.js';
import { DEFAULT_LIMITS, toContract } from '../../pipeline/index.js';
import { colour, formatTable, plain } from './format-table.js';
import type { Io } from './io.js';

export const codeFlags = z.object({
  format: z.enum(['table', 'json', 'jsonl']).optional(),
  date: z
    .string()
    .refine((d) => parsePartialDate(d) !== null, 'want YYYY-MM-DD, YYYY-MM or YYYY')
    .optional(),
  trace: z.boolean().default(false),
  quotes: z.boolean().default(false),
  actors: z.array(z.string()).default([]),
  until: z.string().optional(),
  maxChars: z.coerce.number().int().positive().default(DEFAULT_LIMITS.maxArticleChars),
  budgetMs: z.coerce.number().int().positive().default(DEFAULT_LIMITS.budgetMs),
});

export type CodeFlags = z.infer<typeof codeFlags>;

/** `--quotes`: the article with its quotes alone. */
function onlyQuotes(out: ContractOutput): ContractOutput {
  return { ...out, entities: [], times: [], events: [] };
}

function render(out: ContractOutput, format: 'table' | 'jsonl', io: Io, quotesOnly: boolean): string {
  const shown = quotesOnly ? onlyQuotes(out) : out;
  return format === 'table' ? formatTable(shown, io.colour ? colour : plain) : JSON.stringify(shown);
}

/**
 * `--format json` prints one article indented, and several one per line (as JSON Lines), as the contract says.
 * The first article is held until the second arrives or the input ends, so that output still streams.
 */
function jsonPrinter(io: Io): { print(out: unknown): void; end(): void } {
  let held: unknown;
  let several = false;
  return {
    print(out) {
      if (several) return io.out(JSON.stringify(out));
      if (held === undefined) return void (held = out);
      io.out(JSON.stringify(held));
      io.out(JSON.stringify(out));
      several = true;
    },
    end() {
      if (!several && held !== undefined) io.out(JSON.stringify(held, null, 2));
    },
  };
}

/** Returns the exit status: 0 when every input was coded, 1 when any failed. */
export async function runCode(files: readonly string[], flags: CodeFlags, io: Io): Promise<number> {
  const format = flags.format ?? (io.isTerminal ? 'table' : 'json');
  const dictionaries = loadDictionaries({ extraActorFiles: flags.actors });
  const names = files.length > 0 ? files : ['-'];
  const json = jsonPrinter(io);
  let failed = 0;
  let first = true;
  for await (const result of codeInputs(names, { dictionaries, trace: flags.trace, until: flags.until, limits: { maxArticleChars: flags.maxChars, budgetMs: flags.budgetMs }, date: flags.date ? parsePartialDate(flags.date) : null, readStdin: io.readStdin })) {
    if (!result.ok) {
      failed++;
      io.error(`dyad: ${result.error.message}`);
      continue;
    }
    for (const line of result.trace) io.error(line);
    const out = toContract(result.analysis);
    if (format === 'json') json.print(flags.quotes ? onlyQuotes(out) : out);
    else {
      if (format === 'table' && !first) io.out('');
      io.out(render(out, format, io, flags.quotes));
    }
    first = false;
  }
  json.end();
  return failed > 0 ? 1 : 0;
}
