/**
 * @module stages/1-tokenise: sentences, tokens and headings of an article, with offsets into its text.
 * Imports core only.
 */
export { tokenise } from './tokenise.js';
export { nlp } from './nlp.js';
