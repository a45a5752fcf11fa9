/**
 * Legacy PETRARCH/TABARI `.actors` dictionaries (`--actors FILE`), loaded on top of dyad's own. Format:
 *
 *   JENS_STOLTENBERG_  # comment          an entry: words joined by "_", a trailing "_" ends the phrase
 *   +STOLTENBERG_                         "+" lines are synonyms of the entry above
 *   \t[NORGOV 000317-011019]              its codes, optionally date-restricted: yymmdd-yymmdd, >yymmdd, <yymmdd
 *   IAEA_ [IGOUNOIAE]                     or the code on the entry's own line
 *
 * An entry with dated codes is read as a person (one office per code), a bare three-letter code as a country
 * name, an IGO/NGO code as an organisation and anything else as a group.
 */
import { readFileSync } from 'node:fs';
import type { Office, Sense } from './actor-senses.js';
import { DictionaryError } from './dictionary-error.js';
import type { PhraseIndex } from './phrase-index.js';

interface LegacyEntry {
  readonly line: number;
  readonly phrases: string[];
  readonly codes: { code: string; from: string | null; to: string | null }[];
}

const CODE = /\[\s*~?(?<code>[A-Z]{3,})\s*(?<range>[<>]?\d{6}(?:\s*-\s*\d{6})?)?\s*\]/gu;
const RANGE = /^(?<before><)?(?<after>>)?(?<first>\d{6})(?:\s*-\s*(?<second>\d{6}))?$/u;

export function loadLegacyActors(file: string, phrases: PhraseIndex): void {
  for (const entry of parseLegacyActors(readFileSync(file, 'utf8'), file)) {
    for (const sense of legacySenses(entry)) for (const p of entry.phrases) phrases.add(p, sense);
  }
}

/** Reads the entries of a legacy actors file; `file` is only used in error messages. */
export function parseLegacyActors(text: string, file: string): LegacyEntry[] {
  const entries: LegacyEntry[] = [];
  let current: LegacyEntry | null = null;
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').replace(/#.*$/u, '');
    if (raw.trim() === '') continue;
    const codes = [...raw.matchAll(CODE)].map((m) => legacyCode(m.groups?.code ?? '', m.groups?.range, file, i + 1));
    const words = raw.replace(CODE, '').trim();
    if (words.startsWith('+') && current) current.phrases.push(readablePhrase(words.slice(1)));
    else if (words && !/^[[\]]/u.test(words)) {
      current = { line: i + 1, phrases: [readablePhrase(words)], codes: [] };
      entries.push(current);
    } else if (!current && codes.length) throw new DictionaryError(file, i + 1, `codes without an entry: ${raw.trim()}`);
    current?.codes.push(...codes);
  }
  return entries.filter((e) => e.codes.length > 0);
}

// "JENS_STOLTENBERG_" -> "Jens Stoltenberg"; capitalised, so that it matches "Jens Stoltenberg" and "IAEA".
function readablePhrase(words: string): string {
  return words
    .replace(/_+$/u, '')
    .split(/[_\s]+/u)
    .map((w) => (w.length > 0 ? w[0]?.toUpperCase() + w.slice(1).toLowerCase() : w))
    .join(' ');
}

function legacyCode(code: string, range: string | undefined, file: string, line: number): LegacyEntry['codes'][number] {
  if (!range) return { code, from: null, to: null };
  const m = RANGE.exec(range.replace(/\s+/gu, ''));
  if (!m?.groups?.first) throw new DictionaryError(file, line, `bad date range "${range}"`);
  const { before, after, first, second } = m.groups;
  if (before) return { code, from: null, to: isoDate(first) };
  if (after || !second) return { code, from: isoDate(first), to: null };
  return { code, from: isoDate(first), to: isoDate(second) };
}

// Two-digit years as TABARI reads them: 30-99 -> 19xx, 00-29 -> 20xx. "000317" -> "2000-03-17".
function isoDate(yymmdd: string): string {
  const yy = Number(yymmdd.slice(0, 2));
  return `${yy >= 30 ? 1900 + yy : 2000 + yy}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`;
}

function legacySenses(entry: LegacyEntry): Sense[] {
  const name = entry.phrases[0] ?? '';
  if (entry.codes.some((c) => c.from !== null || c.to !== null)) {
    const offices: Office[] = entry.codes.map((c) => ({ code: c.code, role: c.code.slice(3) || c.code, from: c.from ?? '0000', to: c.to }));
    return [{ kind: 'person', holder: { name, gender: null, offices }, form: 'name' }];
  }
  return entry.codes.map(({ code }): Sense => {
    if (/^[A-Z]{3}$/u.test(code)) return { kind: 'country', code, name, form: 'name', agent: null, ambiguous: false };
    const kind = /^(?:IGO|NGO)/u.test(code) ? 'organization' : 'group';
    return { kind, code, name, form: 'name' };
  });
}
