/** @module interfaces/cli: the `dyad` command; a thin adapter over the application API in `src/app`. */
export { main } from './main.js';
export type { Io } from './io.js';
