/**
 * The speech cues of the quotes stage (`data/quotes/cues.yaml`): speech verbs with what each can do, the phrases
 * that name a source ("according to"), utterance nouns, title nouns and nouns for one person. Checked with zod when loaded; an error names
 * the file, the line and the entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { DictionaryError } from './dictionary-error.js';

export const QUOTE_CUES_FILE = 'quotes/cues.yaml';

const word = z.string().regex(/^[a-z]+$/u, 'one lower-case word').transform((w) => w.toLowerCase());
const words = z.array(word).min(1);

const verb = z.strictObject({
  reports: z.boolean().optional(),
  addressee: z.boolean().optional(),
  label: z.boolean().optional(),
  notBefore: words.optional(),
});

const schema = z.strictObject({
  speechVerbs: z.record(word, verb),
  sourcePhrases: z.array(z.string().regex(/^[a-z]+( [a-z]+)+$/u, 'two or more lower-case words')).min(1),
  utteranceNouns: words,
  titleNouns: words,
  personNouns: words,
});

/** What a speech verb can do; see the comments in the YAML file. */
export interface SpeechVerb {
  readonly lemma: string;
  /** Takes a reported clause: "said (that) …". */
  readonly reports: boolean;
  /** An addressee may come before the clause: "told reporters …". */
  readonly addressee: boolean;
  /** Names something with a quote: "called it "lousy"". */
  readonly label: boolean;
  /** Not a cue when followed by one of these words ("called for"). */
  readonly notBefore: ReadonlySet<string>;
}

export interface QuoteCues {
  /** By lemma. */
  readonly speechVerbs: ReadonlyMap<string, SpeechVerb>;
  /** Each phrase as its lower-case words: [["according", "to"]]. */
  readonly sourcePhrases: readonly (readonly string[])[];
  readonly utteranceNouns: ReadonlySet<string>;
  readonly titleNouns: ReadonlySet<string>;
  /** Heads of unnamed speakers who are one person: "a spokesman", "a senior official". */
  readonly personNouns: ReadonlySet<string>;
}

function fail(doc: ReturnType<typeof parseDocument>, lines: LineCounter, file: string, error: z.ZodError): never {
  const issue = error.issues[0];
  const path = issue?.path ?? [];
  const node = doc.getIn(path.filter((p) => typeof p !== 'symbol'), true) as { range?: [number, number, number] } | undefined;
  const line = node?.range ? lines.linePos(node.range[0]).line : null;
  throw new DictionaryError(file, line, `${path.join('.') || 'file'}: ${issue?.message ?? 'invalid'}`);
}

/** Parses the YAML text of the cues file; `file` is only used in error messages. */
export function parseQuoteCues(text: string, file: string = QUOTE_CUES_FILE): QuoteCues {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    throw new DictionaryError(file, err?.linePos?.[0].line ?? null, err?.message ?? 'invalid YAML');
  }
  const parsed = schema.safeParse(doc.toJS());
  if (!parsed.success) fail(doc, lines, file, parsed.error);
  const d = parsed.data;
  const speechVerbs = new Map<string, SpeechVerb>();
  for (const [lemma, v] of Object.entries(d.speechVerbs)) {
    speechVerbs.set(lemma, { lemma, reports: v.reports ?? false, addressee: v.addressee ?? false, label: v.label ?? false, notBefore: new Set(v.notBefore ?? []) });
  }
  return {
    speechVerbs,
    sourcePhrases: d.sourcePhrases.map((p) => p.split(' ')),
    utteranceNouns: new Set(d.utteranceNouns),
    titleNouns: new Set(d.titleNouns),
    personNouns: new Set(d.personNouns),
  };
}

export function loadQuoteCues(dataDir: string): QuoteCues {
  return parseQuoteCues(readFileSync(join(dataDir, QUOTE_CUES_FILE), 'utf8'));
}
