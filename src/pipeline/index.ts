/** @module pipeline: the ordered stages and the output contract mapping. Imports core, dictionaries and stages. */
export { analyse, STAGES, type PipelineOptions } from './pipeline.js';
export { toContract } from './to-contract.js';
export { DEFAULT_LIMITS, LimitError, type Limits } from './limits.js';
