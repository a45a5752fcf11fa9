/**
 * The CAMEO ontology (`data/cameo/ontology.tsv`): every event code with its label, GDELT Goldstein value, GDELT
 * QuadClass and PLOVER type. QuadClass and root are derived from the code, so the file cannot contradict them.
 */
import { join } from 'node:path';
import { z } from 'zod';
import { DictionaryError } from './dictionary-error.js';
import { readTsv, type TsvLine } from './tsv-lines.js';

export type QuadClass = 1 | 2 | 3 | 4;

export interface CameoCode {
  /** "010", "1125": a string, leading zeros matter. */
  readonly code: string;
  /** First two digits: "01" … "20". */
  readonly root: string;
  readonly label: string;
  readonly goldstein: number;
  readonly quadClass: QuadClass;
  readonly plover: string | null;
  readonly ploverMode: string | null;
}

export interface Ontology {
  readonly codes: ReadonlyMap<string, CameoCode>;
  /** The code's entry, or its nearest listed ancestor's ("1125" -> "112" when "1125" were missing). */
  lookup(code: string): CameoCode | undefined;
}

export const ONTOLOGY_FILE = 'cameo/ontology.tsv';

const PLOVER_TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'] as const;

const row = z.object({
  code: z.string().regex(/^(?<root>0[1-9]|1\d|20)\d{0,2}$/u, 'a CAMEO code: root 01-20 and up to two more digits'),
  goldstein: z.coerce.number().min(-10).max(10),
  plover: z.union([z.enum(PLOVER_TYPES), z.literal('')]),
  ploverMode: z.string(),
  label: z.string().min(1),
});

/** GDELT's rule: roots 01-05 verbal cooperation, 06-09 material cooperation, 10-14 verbal conflict, 15-20 material conflict. */
export function quadClassOf(root: string): QuadClass {
  const n = Number(root);
  if (n <= 5) return 1;
  if (n <= 9) return 2;
  if (n <= 14) return 3;
  return 4;
}

function toCode(file: string, { line, cells }: TsvLine): CameoCode {
  const [code, goldstein, plover, ploverMode, label] = cells;
  const parsed = row.safeParse({ code, goldstein, plover: plover ?? '', ploverMode: ploverMode ?? '', label });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DictionaryError(file, line, `${issue?.path.join('.') ?? 'entry'}: ${issue?.message ?? 'invalid'} in "${cells.join(' | ')}"`);
  }
  const r = parsed.data;
  const root = r.code.slice(0, 2);
  return { code: r.code, root, label: r.label, goldstein: r.goldstein, quadClass: quadClassOf(root), plover: r.plover || null, ploverMode: r.ploverMode || null };
}

export function buildOntology(file: string, lines: readonly TsvLine[]): Ontology {
  const codes = new Map<string, CameoCode>();
  for (const line of lines) {
    const entry = toCode(file, line);
    if (codes.has(entry.code)) throw new DictionaryError(file, line.line, `duplicate code ${entry.code}`);
    codes.set(entry.code, entry);
  }
  const lookup = (code: string): CameoCode | undefined => {
    for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
      const hit = codes.get(c);
      if (hit) return hit;
    }
    return undefined;
  };
  return { codes, lookup };
}

export function loadOntology(dataDir: string): Ontology {
  const file = join(dataDir, ONTOLOGY_FILE);
  return buildOntology(ONTOLOGY_FILE, readTsv(file));
}
