/** Reads a YAML file that holds one list, checking every entry with a zod schema; errors give file:line and entry. */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { DictionaryError } from './dictionary-error.js';

/** Parses `text` (the contents of `file`) as a YAML list of entries of `schema`. */
export function parseYamlList<S extends z.ZodType>(text: string, file: string, schema: S): z.output<S>[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const error = doc.errors[0];
  if (error) throw new DictionaryError(file, error.linePos?.[0].line ?? null, error.message);
  const items: unknown = doc.toJS();
  if (!Array.isArray(items)) throw new DictionaryError(file, null, 'expected a YAML list');
  return items.map((item, index) => {
    const parsed = schema.safeParse(item);
    if (parsed.success) return parsed.data as z.output<S>;
    const issue = parsed.error.issues[0];
    const path = [index, ...(issue?.path ?? [])].map((p) => (typeof p === 'symbol' ? String(p) : p));
    const node = (doc.getIn(path, true) ?? doc.getIn([index], true)) as { range?: [number, number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : null;
    throw new DictionaryError(file, line, `${path.join('.')}: ${issue?.message ?? 'invalid'} in ${JSON.stringify(item)}`);
  });
}

export function readYamlList<S extends z.ZodType>(path: string, file: string, schema: S): z.output<S>[] {
  return parseYamlList(readFileSync(path, 'utf8'), file, schema);
}
