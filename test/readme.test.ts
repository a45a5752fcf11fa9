/**
 * Keeps every sample in README.md true: a block between `<!-- sample: ARGS -->` and `<!-- /sample -->` must be
 * exactly what `dyad ARGS` prints (in-process, no colour). `npm run readme:update` rewrites the blocks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAGES } from '../src/pipeline/index.js';
import { runCli, UPDATING } from './support/run-cli.js';

// <!-- sample: code examples/x.txt --format table -->\n```text\n…\n```\n<!-- /sample -->
const SAMPLE = /<!-- sample: (?<args>[^>]+?) -->\n```text\n(?<body>[\s\S]*?)```\n<!-- \/sample -->/gu;

const readme = readFileSync('README.md', 'utf8');
const samples = [...readme.matchAll(SAMPLE)].map((m) => ({ args: m.groups?.args ?? '', body: m.groups?.body ?? '' }));

async function render(args: string): Promise<string> {
  const run = await runCli(args.split(' '));
  expect(run.err).toBe('');
  expect(run.status).toBe(0);
  return `${run.out}\n`;
}

describe('README.md samples are real output', () => {
  it('has at least one sample block', () => {
    expect(samples.length).toBeGreaterThan(0);
  });

  it('draws the pipeline in the order of src/pipeline/pipeline.ts', () => {
    expect(readme).toContain(STAGES.map((s) => s.name).join(' -> '));
  });

  it('shows in its quick start the command whose output it pastes', () => {
    for (const { args } of samples) expect(readme).toContain(`npx dyad ${args}`);
  });

  for (const { args, body } of samples) {
    it(`dyad ${args}`, async () => {
      const actual = await render(args);
      if (UPDATING) {
        const now = readFileSync('README.md', 'utf8');
        const block = `<!-- sample: ${args} -->\n\`\`\`text\n${actual}\`\`\`\n<!-- /sample -->`;
        writeFileSync('README.md', now.replace(`<!-- sample: ${args} -->\n\`\`\`text\n${body}\`\`\`\n<!-- /sample -->`, () => block));
        return;
      }
      expect(actual, 'README sample is stale: run npm run readme:update').toBe(body);
    });
  }
});
