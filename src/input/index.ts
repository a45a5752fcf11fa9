/**
 * @module input: reads articles from `.txt`, JSON Lines and standard input into Articles, and names every bad item
 * (file, line, field) as an InputError. Imports core only.
 */
export { InputError } from './input-error.js';
export { parsePartialDate, parsePublished } from './dates.js';
export { makeArticle, parseTextArticle, articleId } from './parse-article.js';
export { parseJsonLine, parseJsonLines, looksLikeJsonLines, type ArticleOrError } from './parse-json-lines.js';
export { readInputs, decodeText, type ReadOptions } from './read-inputs.js';
