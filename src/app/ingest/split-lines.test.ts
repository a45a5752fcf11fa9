import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { splitLines } from './split-lines.js';

async function lines(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of splitLines(Readable.from(chunks))) out.push(line);
  return out;
}

describe('splitLines', () => {
  it('splits on \\n only: a lone \\r stays in its line, a \\r\\n ending is dropped', async () => {
    expect(await lines(['a\rb\r\nc\n'])).toEqual(['a\rb', 'c']);
  });

  it('joins lines and characters cut across chunks', async () => {
    const euro = Buffer.from('€');
    expect(await lines([Buffer.from('x'), Buffer.concat([Buffer.from('y\n'), euro.subarray(0, 1)]), euro.subarray(1), Buffer.from('\nlast')])).toEqual(['xy', '€', 'last']);
  });
});
