/** Where `data/` is: two levels up from this file, both in `src/dictionaries/` and in the built `dist/dictionaries/`. */
import { fileURLToPath } from 'node:url';

export const DATA_DIR = fileURLToPath(new URL('../../data/', import.meta.url));
