/** Reads a tab-separated dictionary file into rows that remember their line numbers, for file:line errors. */
import { readFileSync } from 'node:fs';

export interface TsvLine {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** Skips blank lines and `#` comments; trims each cell: "161\tsuspend\tmission" -> ["161", "suspend", "mission"]. */
export function parseTsv(text: string): TsvLine[] {
  const rows: TsvLine[] = [];
  const lines = text.split(/\r?\n/u);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i] ?? '';
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    rows.push({ line: i + 1, cells: raw.split('\t').map((c) => c.trim()) });
  }
  return rows;
}

export function readTsv(file: string): TsvLine[] {
  return parseTsv(readFileSync(file, 'utf8'));
}
