/**
 * Timing of the worst-case inputs (test/hardening/worst-inputs.ts) through the whole pipeline, for the fuzz report.
 * The test asserts that they complete; here is how long each takes, slowest first.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function timeWorstInputs(chars = 5000) {
  const source = readFileSync(join(root, 'test/hardening/worst-inputs.ts'), 'utf8');
  const { code } = await transform(source, { loader: 'ts', format: 'esm' });
  const { worstInputs } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const { analyse } = await import(join(root, 'dist/pipeline/index.js'));
  const { loadDictionaries } = await import(join(root, 'dist/dictionaries/index.js'));
  const { makeArticle } = await import(join(root, 'dist/input/index.js'));
  const dictionaries = loadDictionaries();
  const rows = worstInputs(chars).map(({ name, text }) => {
    const started = performance.now();
    analyse(makeArticle({ source: name, text }), { dictionaries });
    return { name, ms: performance.now() - started };
  });
  rows.sort((a, b) => b.ms - a.ms);
  return [`  worst inputs of ${chars.toLocaleString('en')} characters, whole pipeline (ms): ${rows.map((r) => `${r.name} ${r.ms.toFixed(0)}`).join(', ')}`];
}
