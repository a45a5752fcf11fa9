/**
 * Golden tests: every `examples/NAME.txt` must give exactly `examples/NAME.expected.json`, the output of
 * `dyad code examples/NAME.txt --format json`. A difference fails with a line diff of the JSON; when the change
 * is intended, `npm run examples:update` rewrites the goldens and the diff is reviewed in git.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contractOutput } from '../src/core/index.js';
import { runCli, UPDATING } from './support/run-cli.js';

const articles = readdirSync('examples').filter((f) => f.endsWith('.txt')).sort();

describe('examples give their golden output', () => {
  it('has at least five example articles', () => {
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  for (const name of articles) {
    const input = `examples/${name}`;
    const golden = input.replace(/\.txt$/u, '.expected.json');

    it(`${input} -> ${golden}`, async () => {
      const run = await runCli(['code', input, '--format', 'json']);
      expect(run.err).toBe('');
      expect(run.status).toBe(0);
      const actual = `${run.out}\n`;
      expect(() => contractOutput.parse(JSON.parse(actual))).not.toThrow();
      if (UPDATING) writeFileSync(golden, actual);
      expect(existsSync(golden), `${golden} is missing: run npm run examples:update`).toBe(true);
      // Compared as text, so that any change (a field, an offset, the order) fails with a readable line diff.
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
