import type { Entity } from './actor.js';
import type { Article } from './article.js';
import type { CodedEvent } from './event.js';
import type { Quote } from './quote.js';
import type { Sentence, Token } from './sentence.js';
import type { TimeExpression } from './time.js';

/**
 * Everything known about one article. The pipeline starts with the article and empty lists; each stage returns
 * a copy with its own part filled in. Lists are ordered by position in the text.
 */
export interface Analysis {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly Entity[];
  readonly times: readonly TimeExpression[];
  readonly quotes: readonly Quote[];
  readonly events: readonly CodedEvent[];
}

/** The analysis of an article before any stage has run. */
export function emptyAnalysis(article: Article): Analysis {
  return { article, sentences: [], tokens: [], entities: [], times: [], quotes: [], events: [] };
}
