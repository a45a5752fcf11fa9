/**
 * Every regular-expression literal in src/**\/*.ts, found with the TypeScript parser, is checked for nested
 * unbounded quantifiers (a group repeated by `*`, `+` or `{n,}` that itself holds one: `(a+)+`, `(\w+\s?)*`), the
 * shape that backtracks exponentially. Bounded ones (`?`, `{0,4}`) cannot. (safe-regex2 counts `?` too and flagged
 * every optional date part, so the check is written here.) Quadratic shapes (two adjacent quantifiers over the same characters) are not caught
 * by star height: worst-case-inputs.test.ts runs them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const UNBOUNDED = /^(?:[*+]|\{\d+,\})/u;

/** True when a group repeated without bound holds an unbounded quantifier: `(a+)+` yes, `(a+)?` and `(ab)+` no. */
export function nestedUnbounded(source: string): boolean {
  const inner: boolean[] = [false];
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') inner.push(false);
    else if (c === ')') {
      const held = inner.pop() ?? false;
      const repeated = UNBOUNDED.test(source.slice(i + 1, i + 12));
      if (held && repeated) return true;
      inner[inner.length - 1] ||= held || repeated;
    } else if (UNBOUNDED.test(source.slice(i, i + 12)) && c !== '{' ? true : c === '{' && UNBOUNDED.test(source.slice(i, i + 12))) inner[inner.length - 1] = true;
  }
  return false;
}

function regexLiterals(path: string): { readonly where: string; readonly regex: RegExp }[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: { where: string; regex: RegExp }[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const slash = text.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ where: `${relative(SRC, path)}:${line}`, regex: new RegExp(text.slice(1, slash), text.slice(slash + 1)) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Reviewed: each repetition starts with a space the inner `[a-z]+` cannot match, so there is one way to match. */
const REVIEWED = new Set(['^[a-z]+( [a-z]+)+$']);

describe('regular expressions of src/', () => {
  const all = sourceFiles(SRC).flatMap(regexLiterals);

  it('are found (the scan sees the code)', () => {
    expect(all.length).toBeGreaterThan(50);
  });

  it('the check itself: flags (a+)+, (\\w+\\s?)*, (a|b+){2,}; passes (a+)?, (ab)+, [(+]+', () => {
    expect(['(a+)+', '(\\w+\\s?)*', '(a|b+){2,}', '(?:x(y*))+'].map(nestedUnbounded)).toEqual([true, true, true, true]);
    expect(['(a+)?', '(ab)+', '[(+]+', '\\(a+\\)+', '^\\d{4}(-\\d{2}(-\\d{2})?)?$'].map(nestedUnbounded)).toEqual([false, false, false, false, false]);
  });

  it('have no nested unbounded quantifiers', () => {
    const unsafe = all.filter((r) => nestedUnbounded(r.regex.source) && !REVIEWED.has(r.regex.source)).map((r) => `${r.where} ${String(r.regex)}`);
    expect(unsafe).toEqual([]);
  });
});
