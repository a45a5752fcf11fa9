import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { main } from './main.js';

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
  writeFileSync(file('a.txt'), 'date 2021-03-02\nSenegal hosts talks\n\nSenegal hosted talks with Gambia on Monday.');
  writeFileSync(file('b.txt'), 'Kenya closed its border with Somalia.');
  writeFileSync(file('bad-date.txt'), 'date 2021-13-45\nText.');
  writeFileSync(file('nul.txt'), Buffer.from([0x66, 0x00, 0x6f]));
});

/** Runs the CLI in-process with a fake terminal; `stdin` is what standard input holds. */
async function run(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    out: (t) => void out.push(t),
    error: (t) => void err.push(t),
    readStdin: () => Promise.resolve(Buffer.from(stdin)),
    isTerminal: false,
    colour: false,
  };
  const status = await main(argv, io);
  return { status, out: out.join('\n'), err: err.join('\n') };
}

const jsonLines = (text: string) => text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { article: { id: string; published: string | null; source: string } });

describe('dyad code', () => {
  it('codes JSON Lines from standard input, one output line per article with --format jsonl', async () => {
    const r = await run(['code', '-', '--format', 'jsonl'], '{"id": "x1", "published": "2020-01-01", "text": "Chad and Niger signed a pact."}\n{"id": "x2", "text": "Peru protested."}\n');
    expect(r.status).toBe(0);
    expect(r.err).toBe('');
    expect(jsonLines(r.out).map((o) => o.article.id)).toEqual(['x1', 'x2']);
  });

  it('reads standard input when no file is named', async () => {
    const r = await run(['code', '--format', 'jsonl', '--date', '2022-07-08'], 'Chile recalled its envoy.');
    expect(r.status).toBe(0);
    expect(jsonLines(r.out)[0]?.article).toMatchObject({ source: '-', published: '2022-07-08' });
  });

  it('gives --date to text without a date header, never overriding a header', async () => {
    const r = await run(['code', file('a.txt'), file('b.txt'), '--format', 'jsonl', '--date', '2020-05-05']);
    expect(r.status).toBe(0);
    expect(jsonLines(r.out).map((o) => o.article.published)).toEqual(['2021-03-02', '2020-05-05']);
  });

  it('prints one article as one indented JSON object with --format json', async () => {
    const r = await run(['code', file('a.txt'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[1]).toBe('  "article": {');
    expect((JSON.parse(r.out) as { article: { title: string } }).article.title).toBe('Senegal hosts talks');
  });

  it('prints several articles one per line with --format json, as the contract says', async () => {
    const r = await run(['code', file('a.txt'), file('b.txt'), '--format', 'json']);
    expect(r.status).toBe(0);
    expect(r.out.split('\n')).toHaveLength(2);
    expect(jsonLines(r.out).map((o) => o.article.source)).toEqual([file('a.txt'), file('b.txt')]);
  });

  it('reports bad inputs on stderr without a stack trace, codes the rest, and exits 1', async () => {
    const r = await run(['code', file('missing.txt'), file('bad-date.txt'), file('nul.txt'), file('a.txt'), '--format', 'jsonl']);
    expect(r.status).toBe(1);
    expect(jsonLines(r.out).map((o) => o.article.source)).toEqual([file('a.txt')]);
    const lines = r.err.split('\n');
    expect(lines).toEqual([
      `dyad: ${file('missing.txt')}: no such file`,
      `dyad: ${file('bad-date.txt')}:1: bad date header "date 2021-13-45" (want date YYYY-MM-DD, YYYY-MM or YYYY)`,
      `dyad: ${file('nul.txt')}: binary file (contains NUL bytes), not text`,
    ]);
    expect(r.err).not.toMatch(/\n\s+at /u);
  });

  it('names the file and line of a bad JSON Lines record', async () => {
    const r = await run(['code', '-', '--format', 'jsonl'], '{"text": "Fine."}\n{"id": "no text"}\n');
    expect(r.status).toBe(1);
    expect(r.err).toBe('dyad: -:2: field "text": missing "text" (a string)');
    expect(jsonLines(r.out)).toHaveLength(1);
  });

  it('rejects a --date that is not a date, with status 2', async () => {
    const r = await run(['code', file('a.txt'), '--date', '2021-02-30']);
    expect(r.status).toBe(2);
    expect(r.err).toBe('dyad: --date: want YYYY-MM-DD, YYYY-MM or YYYY');
    expect(r.out).toBe('');
  });

  it('prints a table for people with --format table', async () => {
    const r = await run(['code', file('a.txt'), '--format', 'table']);
    expect(r.status).toBe(0);
    expect(r.out.split('\n')[0]).toBe('Senegal hosts talks');
    expect(r.out).toContain('published 2021-03-02');
  });
});

describe('dyad --help', () => {
  it('lists the code command and exits 0', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/Usage: dyad/u);
    expect(r.out).toMatch(/\bcode\b/u);
  });

  it('fails on an unknown command with a one-line message', async () => {
    const r = await run(['frobnicate']);
    expect(r.status).not.toBe(0);
    expect(r.err).toMatch(/unknown command/u);
  });
});
