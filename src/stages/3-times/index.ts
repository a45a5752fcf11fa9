/**
 * @module stages/3-times: TODO(stage owner) describe. Imports core and dictionaries only, never a sibling stage.
 */
import type { Stage } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';

export const resolveTimes: Stage<Dictionaries> = { name: 'times', run: (analysis) => analysis };
