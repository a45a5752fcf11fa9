/**
 * Event patterns (`data/patterns/*.tsv`): verbs and nouns mapped to CAMEO codes, indexed by lemma at load time.
 *
 *   161  suspend  mission|ties|relation     -> "Russia suspended its mission" codes 161 (rule `verb:suspend+mission`)
 *   174  expel                              -> "expelled two diplomats" codes 174 (rule `verb:expel`)
 *   192  annexation                         -> "the 2014 annexation of Crimea" codes 192 (rule `noun:annexation`)
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DictionaryError } from './dictionary-error.js';
import { readTsv, type TsvLine } from './tsv-lines.js';

export type PatternKind = 'verb' | 'noun';

/** Extra behaviour of a pattern, the fourth column. */
export const PATTERN_FLAGS = [
  'passive-only', // "was killed" but not "killed time": fires only in the passive voice
  'active-only', // fires only in the active voice
  'no-target', // the object is not an actor ("declared a state of emergency")
  'reciprocal', // "met with X", "talks between X and Y": the second party is the target
  'target-of', // "accused X of", "warned X of": the target is the direct object even after a preposition
  'reported', // "Russia said Sudan must return …": a modal whose reporter is the source and whose subject the target
  'domestic', // "the governor resigned", "2,839 soldiers were detained": an unnamed party is the named one's own country
  'target-to', // "relinquished control of Hong Kong to China": the recipient after "to" is the target, not what changes hands
] as const;
export type PatternFlag = (typeof PATTERN_FLAGS)[number];

export interface EventPattern {
  /** Provenance: `verb:suspend+mission`, `noun:annexation`; `#2`, `#3` … when the same head and word repeat. */
  readonly id: string;
  readonly kind: PatternKind;
  readonly code: string;
  /** Lemma of the head word: "suspend", "annexation". */
  readonly lemma: string;
  /** A particle that must follow the verb: "down" in "shut down". */
  readonly particle: string | null;
  /** Lemmas of which one must stand near the head (its object or complement); empty for the bare head. */
  readonly with: readonly string[];
  /** Lemmas that must not stand near the head (a list starting with `!`): "war !word|crime" skips "a war of words". */
  readonly without: readonly string[];
  /** `with` and `without` as sets, for lookups in the coder's inner loop. */
  readonly withSet: ReadonlySet<string>;
  readonly withoutSet: ReadonlySet<string>;
  readonly flags: ReadonlySet<PatternFlag>;
  readonly file: string;
  readonly line: number;
}

/**
 * A phrase that makes speech codable: the speaker's words "no longer exist" are a pessimistic comment (012),
 * "unacceptable" a criticism (111). Matched on the words of a quote or reported clause.
 */
export interface SpeechCue {
  readonly id: string;
  readonly code: string;
  /** Lower-case words or lemmas, in order: ["no", "longer"]. */
  readonly words: readonly string[];
  readonly file: string;
  readonly line: number;
}

export interface PatternSet {
  readonly all: readonly EventPattern[];
  /** Code an announced future action becomes ("will give a grant" 071 -> 0331), longest prefix first. */
  readonly intent: ReadonlyMap<string, string>;
  /** Speech cues by their first word. */
  readonly speech: ReadonlyMap<string, readonly SpeechCue[]>;
  readonly speechCues: readonly SpeechCue[];
  /** Verb patterns by head lemma, most specific first (with a `with` list, then with a particle, then bare). */
  readonly verbs: ReadonlyMap<string, readonly EventPattern[]>;
  readonly nouns: ReadonlyMap<string, readonly EventPattern[]>;
}

export const PATTERN_FILES: Readonly<Record<PatternKind, string>> = { verb: 'patterns/verbs.tsv', noun: 'patterns/nouns.tsv' };
export const SPEECH_FILE = 'patterns/speech.tsv';
export const INTENT_FILE = 'patterns/intent.tsv';

export function buildIntent(file: string, lines: readonly TsvLine[]): Map<string, string> {
  const intent = new Map<string, string>();
  for (const { line, cells } of lines) {
    const [prefix = '', code = ''] = cells;
    if (!/^\d{2,4}$/u.test(prefix) || !/^\d{2,4}$/u.test(code)) throw new DictionaryError(file, line, `expected a code prefix and a code in "${cells.join(' | ')}"`);
    if (intent.has(prefix)) throw new DictionaryError(file, line, `prefix ${prefix} listed twice`);
    intent.set(prefix, code);
  }
  return intent;
}

const speechRow = z.object({
  code: z.string().regex(/^\d{2,4}$/u, 'a CAMEO code of 2-4 digits'),
  phrase: z.string().regex(/^[a-z'-]+( [a-z'-]+){0,4}$/u, 'one to five lower-case words'),
});

export function buildSpeechCues(file: string, lines: readonly TsvLine[]): SpeechCue[] {
  return lines.map(({ line, cells }) => {
    const parsed = speechRow.safeParse({ code: cells[0], phrase: cells[1] });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new DictionaryError(file, line, `${issue?.path.join('.') ?? 'entry'}: ${issue?.message ?? 'invalid'} in "${cells.join(' | ')}"`);
    }
    const words = parsed.data.phrase.split(' ');
    return { id: `speech:${words.join('_')}`, code: parsed.data.code, words, file, line };
  });
}

function indexSpeech(cues: readonly SpeechCue[]): Map<string, SpeechCue[]> {
  const byFirst = new Map<string, SpeechCue[]>();
  for (const c of cues) byFirst.set(c.words[0] ?? '', [...(byFirst.get(c.words[0] ?? '') ?? []), c]);
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

const LEMMA = /^!?[a-z][a-z'-]*$/u;
const row = z.object({
  code: z.string().regex(/^\d{2,4}$/u, 'a CAMEO code of 2-4 digits'),
  head: z.string().regex(/^[a-z][a-z'-]*( [a-z]+)?$/u, 'a lower-case lemma, optionally with one particle ("shut down")'),
  with: z.array(z.string().regex(LEMMA, 'lower-case lemmas separated by |, `!lemma` for an excluded word')),
  flags: z.array(z.enum(PATTERN_FLAGS)),
});

function split(cell: string | undefined, sep: string): string[] {
  return (cell ?? '').split(sep).map((s) => s.trim()).filter(Boolean);
}

function toPattern(kind: PatternKind, file: string, { line, cells }: TsvLine): Omit<EventPattern, 'id'> {
  const parsed = row.safeParse({ code: cells[0], head: cells[1], with: split(cells[2], '|'), flags: split(cells[3], ',') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DictionaryError(file, line, `${issue?.path.join('.') ?? 'entry'}: ${issue?.message ?? 'invalid'} in "${cells.join(' | ')}"`);
  }
  const { code, head, flags } = parsed.data;
  const [lemma = head, particle = null] = head.split(' ');
  // "!heart|panic" negates the whole list: none of these words may stand near the head.
  const negated = parsed.data.with[0]?.startsWith('!') ?? false;
  const words = parsed.data.with.map((w) => w.replace(/^!/u, ''));
  const positive = negated ? [] : words;
  const negative = negated ? words : [];
  return { kind, code, lemma, particle, with: positive, without: negative, withSet: new Set(positive), withoutSet: new Set(negative), flags: new Set(flags), file, line };
}

function specificity(p: EventPattern): number {
  return (p.with.length > 0 ? 2 : 0) + (p.particle ? 1 : 0);
}

function index(patterns: readonly EventPattern[]): Map<string, EventPattern[]> {
  const byLemma = new Map<string, EventPattern[]>();
  for (const p of patterns) byLemma.set(p.lemma, [...(byLemma.get(p.lemma) ?? []), p]);
  for (const list of byLemma.values()) list.sort((a, b) => specificity(b) - specificity(a));
  return byLemma;
}

/** Builds the pattern set from parsed rows; ids are unique, the same head and word getting `#2`, `#3` …. */
export function buildPatterns(
  rows: readonly { kind: PatternKind; file: string; line: TsvLine }[],
  speechCues: readonly SpeechCue[] = [],
  intent: ReadonlyMap<string, string> = new Map(),
): PatternSet {
  const seen = new Map<string, number>();
  const all = rows.map(({ kind, file, line }) => {
    const p = toPattern(kind, file, line);
    const base = `${kind}:${p.lemma}${p.particle ? `_${p.particle}` : ''}${p.with[0] ? `+${p.with[0]}` : ''}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { ...p, id: n === 1 ? base : `${base}#${n}` };
  });
  return {
    all,
    verbs: index(all.filter((p) => p.kind === 'verb')),
    nouns: index(all.filter((p) => p.kind === 'noun')),
    speech: indexSpeech(speechCues),
    speechCues,
    intent,
  };
}

export function loadPatterns(dataDir: string): PatternSet {
  const rows = (Object.entries(PATTERN_FILES) as [PatternKind, string][]).flatMap(([kind, file]) =>
    readTsv(join(dataDir, file)).map((line) => ({ kind, file, line })));
  const speech = buildSpeechCues(SPEECH_FILE, readTsv(join(dataDir, SPEECH_FILE)));
  return buildPatterns(rows, speech, buildIntent(INTENT_FILE, readTsv(join(dataDir, INTENT_FILE))));
}
