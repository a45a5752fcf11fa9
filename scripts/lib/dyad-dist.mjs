// Loads dyad's built code (dist/, made by `npm run build`) for the scripts, with one clear error when it is missing.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The application API, input readers and contract mapping of the built package. */
export async function loadDyad() {
  const dist = new URL('dist/', pathToFileURL(ROOT));
  if (!existsSync(fileURLToPath(new URL('app/index.js', dist)))) {
    throw new Error(`no build in ${fileURLToPath(dist)}: run \`npm run build\` first`);
  }
  const [app, dictionaries, input, pipeline] = await Promise.all([
    import(new URL('app/index.js', dist).href),
    import(new URL('dictionaries/index.js', dist).href),
    import(new URL('input/index.js', dist).href),
    import(new URL('pipeline/index.js', dist).href),
  ]);
  return { ...app, ...dictionaries, ...input, ...pipeline };
}
