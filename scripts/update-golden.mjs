#!/usr/bin/env node
// Rewrites golden files by running their tests in update mode, so that the goldens come from exactly the code
// the tests compare against.
//
//   node scripts/update-golden.mjs examples   -> examples/*.expected.json   (npm run examples:update)
//   node scripts/update-golden.mjs readme     -> the sample output in README.md (npm run readme:update)
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const TESTS = { examples: 'test/examples.test.ts', readme: 'test/readme.test.ts' };
const which = process.argv[2];
const file = TESTS[which];
if (!file) {
  process.stderr.write(`usage: update-golden.mjs ${Object.keys(TESTS).join('|')}\n`);
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url));
const run = spawnSync(process.execPath, [vitest, 'run', file], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DYAD_UPDATE_GOLDEN: '1' },
});
process.exit(run.status ?? 1);
