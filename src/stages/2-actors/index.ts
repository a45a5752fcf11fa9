/**
 * @module stages/2-actors: TODO(stage owner) describe. Imports core and dictionaries only, never a sibling stage.
 */
import type { Stage } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';

export const recogniseActors: Stage<Dictionaries> = { name: 'actors', run: (analysis) => analysis };
