/**
 * @module stages/4-quotes: TODO(stage owner) describe. Imports core and dictionaries only, never a sibling stage.
 */
import type { Stage } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';

export const findQuotes: Stage<Dictionaries> = { name: 'quotes', run: (analysis) => analysis };
