/**
 * @module stages/3-times: finds time expressions ("on Monday", "November 1", "since 2019", "earlier this month",
 * "in recent years") and normalises them against the publication date, recording the parts stated and implied.
 * Imports core and dictionaries only, never a sibling stage.
 */
export { resolveTimes } from './resolve-times.js';
