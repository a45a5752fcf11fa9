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

function render(out: ContractOutput, format: 'table' | 'json' | 'jsonl', io: Io, onlyQuotes: boolean): string {
  const shown = onlyQuotes ? { ...out, entities: [], times: [], events: [] } : out;
  if (format === 'table') return formatTable(shown, io.colour ? colour : plain);
  return JSON.stringify(shown, null, format === 'json' ? 2 : undefined);
}

/** Returns the exit status: 0 when every input was coded, 1 when any failed. */
export async function runCode(files: readonly string[], flags: CodeFlags, io: Io): Promise<number> {
  const format = flags.format ?? (io.isTerminal ? 'table' : 'json');
  const dictionaries = loadDictionaries({ extraActorFiles: flags.actors });
  const names = files.length > 0 ? files : ['-'];
  let failed = 0;
  let first = true;
  for await (const result of codeInputs(names, { dictionaries, trace: flags.trace, until: flags.until, limits: { maxArticleChars: flags.maxChars, budgetMs: flags.budgetMs }, date: flags.date ? parsePartialDate(flags.date) : null, readStdin: io.readStdin })) {
    if (!result.ok) {
      failed++;
      io.error(`dyad: ${result.error.message}`);
      continue;
    }
    for (const line of result.trace) io.error(line);
    if (format === 'table' && !first) io.out('');
    io.out(render(toContract(result.analysis), format, io, flags.quotes));
    first = false;
  }
  return failed > 0 ? 1 : 0;
}
