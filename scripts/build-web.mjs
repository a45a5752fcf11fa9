// Bundles the web UI (src/interfaces/web) into one script and one stylesheet, with its libraries (Observable
// Plot, Cytoscape.js) inside, so that the UI works offline: `node scripts/build-web.mjs [OUTDIR]` (dist/web).
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'src/interfaces/web');

export async function buildWeb(outdir = join(ROOT, 'dist/web')) {
  await mkdir(outdir, { recursive: true });
  await build({
    entryPoints: [join(SOURCE, 'main.ts')],
    outfile: join(outdir, 'app.js'),
    bundle: true,
    format: 'esm',
    target: ['es2022'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(join(SOURCE, 'index.html'), join(outdir, 'index.html'));
  await copyFile(join(SOURCE, 'app.css'), join(outdir, 'app.css'));
  return outdir;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildWeb(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(`web UI built into ${out}`);
}
