/**
 * The word lists of the times stage (`data/times/cues.yaml`): which words make a four-digit number a year, which
 * point to the future, number words, how far "in recent years" reaches. Checked with zod when loaded; an error
 * names the file, the line and the entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DictionaryError } from './dictionary-error.js';

export const TIME_CUES_FILE = 'times/cues.yaml';

const word = z.string().min(1).transform((w) => w.toLowerCase());
const words = z.array(word).min(1);

const schema = z.object({
  strongYearCues: words,
  weakYearCues: words,
  quantityWords: words,
  notYearBefore: words,
  futureCues: words,
  weakFutureCues: words,
  numberWords: z.record(word, z.number().int().positive()),
  recentSpan: z.object({
    year: z.number().int().positive(),
    month: z.number().int().positive(),
    week: z.number().int().positive(),
    day: z.number().int().positive(),
  }),
  weekdayNameParts: words,
  weekdayNamePrefixes: words,
});

/** The time cues as sets for O(1) lookup by lower-case word. */
export interface TimeCues {
  readonly strongYearCues: ReadonlySet<string>;
  readonly weakYearCues: ReadonlySet<string>;
  readonly quantityWords: ReadonlySet<string>;
  readonly notYearBefore: ReadonlySet<string>;
  readonly futureCues: ReadonlySet<string>;
  readonly weakFutureCues: ReadonlySet<string>;
  readonly numberWords: ReadonlyMap<string, number>;
  readonly recentSpan: { readonly year: number; readonly month: number; readonly week: number; readonly day: number };
  readonly weekdayNameParts: ReadonlySet<string>;
  readonly weekdayNamePrefixes: ReadonlySet<string>;
}

/** Parses the YAML text of the cues file; `file` is only used in error messages. */
export function parseTimeCues(text: string, file: string = TIME_CUES_FILE): TimeCues {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new DictionaryError(file, err?.linePos?.[0].line ?? null, err?.message ?? 'invalid YAML');
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
    throw new DictionaryError(file, line, `${path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
  }
  const d = parsed.data;
  return {
    strongYearCues: new Set(d.strongYearCues),
    weakYearCues: new Set(d.weakYearCues),
    quantityWords: new Set(d.quantityWords),
    notYearBefore: new Set(d.notYearBefore),
    futureCues: new Set(d.futureCues),
    weakFutureCues: new Set(d.weakFutureCues),
    numberWords: new Map(Object.entries(d.numberWords)),
    recentSpan: d.recentSpan,
    weekdayNameParts: new Set(d.weekdayNameParts),
    weekdayNamePrefixes: new Set(d.weekdayNamePrefixes),
  };
}

export function loadTimeCues(dataDir: string): TimeCues {
  return parseTimeCues(readFileSync(join(dataDir, TIME_CUES_FILE), 'utf8'));
}
