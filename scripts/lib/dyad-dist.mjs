// Loads dyad's built code (dist/, made by `npm run build`) for the scripts, with one clear error when it is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The input readers, dictionaries, pipeline and contract mapping of the built package: the layers coding needs,
 * without the application API (which also brings the store and the queue).
 */
export async function loadDyad() {
  const dist = new URL('dist/', pathToFileURL(ROOT));
  if (!existsSync(fileURLToPath(new URL('pipeline/index.js', dist)))) {
    throw new Error(`no build in ${fileURLToPath(dist)}: run \`npm run build\` first`);
  }
  const [dictionaries, input, pipeline] = await Promise.all([
    import(new URL('dictionaries/index.js', dist).href),
    import(new URL('input/index.js', dist).href),
    import(new URL('pipeline/index.js', dist).href),
  ]);
  return { ...dictionaries, ...input, ...pipeline };
}

/** One module of the build, by its path under dist/: `importDist('store/write-articles.js')`. */
export function importDist(path) {
  return import(new URL(`dist/${path}`, pathToFileURL(ROOT)).href);
}
