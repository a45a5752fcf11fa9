/**
 * Query results for people and programs: an aligned table, JSON, or CSV (RFC 4180: quoted when needed, CRLF-free
 * fields kept on one line). One function per format, all over plain row objects.
 */
export type RowFormat = 'table' | 'json' | 'csv';
/** Any plain object: a query's row interface. */
type Row = object;

function get(row: Row, column: string): unknown {
  return (row as Readonly<Record<string, unknown>>)[column];
}

const MAX_CELL = 80;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('; ');
  return String(value);
}

function csvCell(value: unknown): string {
  const text = cell(value).replace(/\r?\n/gu, ' ');
  return /[",]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatCsv(rows: readonly Row[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(get(r, c))).join(','))].join('\n');
}

function truncate(text: string): string {
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

export function formatRowsTable(rows: readonly Row[], columns: readonly string[] = Object.keys(rows[0] ?? {})): string {
  if (rows.length === 0) return '(no rows)';
  const cells = rows.map((r) => columns.map((c) => truncate(cell(get(r, c)).replace(/\s+/gu, ' '))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]?.length ?? 0)));
  const line = (values: readonly string[]): string => values.map((v, i) => (i === values.length - 1 ? v : v.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(columns), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export function formatRows(rows: readonly Row[], format: RowFormat, columns?: readonly string[]): string {
  if (format === 'json') return JSON.stringify(rows, null, 2);
  if (format === 'csv') return formatCsv(rows, columns);
  return formatRowsTable(rows, columns);
}
