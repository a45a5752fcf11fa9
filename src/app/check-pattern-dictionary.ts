/** `dyad patterns check`: loads the ontology and the event patterns and checks them, reporting instead of throwing. */
import { checkPatterns, DATA_DIR, DictionaryError, loadOntology, loadPatterns, type PatternReport } from '../dictionaries/index.js';

export function checkPatternDictionary(dataDir: string = DATA_DIR): PatternReport {
  try {
    return checkPatterns(loadPatterns(dataDir), loadOntology(dataDir));
  } catch (err) {
    if (!(err instanceof DictionaryError)) throw err;
    return { patterns: 0, verbs: 0, nouns: 0, speech: 0, heads: 0, byRoot: {}, problems: [{ file: err.file, line: err.line, problem: err.problem }] };
  }
}
