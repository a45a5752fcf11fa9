import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../core/index.js';
import { InputError } from './input-error.js';
import { readInputs } from './read-inputs.js';

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-input-'));
  writeFileSync(file('good.txt'), 'date 2020-06-01\nGhana and Togo reopen their border.');
  writeFileSync(file('binary.txt'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(file('latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x2e]));
  writeFileSync(file('bom.txt'), '\uFEFFdate 2020\nText.');
  writeFileSync(file('empty.txt'), '  \n');
  writeFileSync(file('feed.jsonl'), '{"id": "a", "text": "One."}\n{"id": "b", "text": "Two."}\n');
  writeFileSync(file('nul.jsonl'), '{"id": "a", "text": "One."}\n{"id": "b", "text": "T\u0000wo."}\n{"id": "c", "text": "Three."}\n');
});

async function read(names: string[], stdin = '', date: string | null = null) {
  const results: (Article | InputError)[] = [];
  for await (const r of readInputs(names, { date, readStdin: () => Promise.resolve(Buffer.from(stdin)) })) results.push(r);
  return results;
}

describe('reading inputs', () => {
  it('reports a missing file clearly and still reads the files after it', async () => {
    const results = await read([file('missing.txt'), file('good.txt')]);
    expect(results[0]).toBeInstanceOf(InputError);
    expect((results[0] as InputError).message).toBe(`${file('missing.txt')}: no such file`);
    expect((results[1] as Article).published).toBe('2020-06-01');
  });

  it('refuses a binary file (NUL bytes) and text that is not UTF-8', async () => {
    const [binary, latin1] = await read([file('binary.txt'), file('latin1.txt')]);
    expect((binary as InputError).message).toMatch(/binary\.txt: binary file \(contains NUL bytes\)/u);
    expect((latin1 as InputError).message).toMatch(/latin1\.txt: not valid UTF-8/u);
  });

  it('lets a raw NUL in JSON Lines spoil only its own line', async () => {
    const results = await read([file('nul.jsonl')]);
    expect(results.map((r) => (r instanceof InputError ? r.where : r.id))).toEqual(['a', `${file('nul.jsonl')}:2`, 'c']);
  });

  it('reports a directory and an empty file as errors, not as articles', async () => {
    const [directory, empty] = await read([dir, file('empty.txt')]);
    expect((directory as InputError).message).toMatch(/is a directory$/u);
    expect((empty as InputError).message).toMatch(/empty\.txt: empty article$/u);
  });

  it('drops a byte-order mark before reading the date header', async () => {
    const [a] = await read([file('bom.txt')]);
    expect((a as Article).published).toBe('2020');
  });

  it('reads .jsonl files line by line', async () => {
    const results = await read([file('feed.jsonl')]);
    expect(results.map((r) => (r as Article).id)).toEqual(['a', 'b']);
  });

  it('reads standard input as JSON Lines or as one text article, with --date for text', async () => {
    const jsonl = await read(['-'], '{"id": "s1", "text": "A."}\n{"id": "s2", "text": "B."}\n');
    expect(jsonl.map((r) => (r as Article).id)).toEqual(['s1', 's2']);
    const [text] = await read(['-'], 'Mali recalled its ambassador.', '2022-02-02');
    expect(text).toMatchObject({ source: '-', published: '2022-02-02', text: 'Mali recalled its ambassador.' });
  });
});
