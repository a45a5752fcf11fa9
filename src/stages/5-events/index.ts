/**
 * @module stages/5-events: TODO(stage owner) describe. Imports core and dictionaries only, never a sibling stage.
 */
import type { Stage } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';

export const codeEvents: Stage<Dictionaries> = { name: 'events', run: (analysis) => analysis };
