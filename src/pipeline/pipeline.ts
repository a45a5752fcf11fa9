/**
 * The pipeline: the one place that knows the order of the stages. A newcomer starts reading here.
 *
 *   article -> tokenise -> actors -> times -> quotes -> events -> analysis
 */
import { emptyAnalysis, silentTracer, type Analysis, type Article, type Stage, type Tracer } from '../core/index.js';
import type { Dictionaries } from '../dictionaries/index.js';
import { tokenise } from '../stages/1-tokenise/index.js';
import { recogniseActors } from '../stages/2-actors/index.js';
import { resolveTimes } from '../stages/3-times/index.js';
import { findQuotes } from '../stages/4-quotes/index.js';
import { codeEvents } from '../stages/5-events/index.js';
import { checkBudget, checkSize, DEFAULT_LIMITS, type Limits } from './limits.js';

export const STAGES: readonly Stage<Dictionaries>[] = [
  tokenise, // sentences and tokens with offsets; headlines and subheadings marked
  recogniseActors, // countries, organisations, agents, people with roles, places; mentions linked
  resolveTimes, // time expressions normalised against the publication date
  findQuotes, // direct, partial and indirect speech with its speaker
  codeEvents, // CAMEO events with actors, date, modality, background, location and provenance
];

export interface PipelineOptions {
  readonly dictionaries: Dictionaries;
  readonly trace?: Tracer;
  /** Run only the stages up to and including this one (`--until actors`). */
  readonly until?: string;
  /** Size and time limits per article; DEFAULT_LIMITS when not given. */
  readonly limits?: Limits;
}

/** Runs every stage over one article, in order; throws a LimitError when the article is too large or too slow. */
export function analyse(article: Article, options: PipelineOptions): Analysis {
  const limits = options.limits ?? DEFAULT_LIMITS;
  checkSize(article.text.length - article.bodyStart, limits);
  const context = { data: options.dictionaries, trace: options.trace ?? silentTracer };
  const started = performance.now();
  let analysis = emptyAnalysis(article);
  for (const stage of STAGES) {
    analysis = stage.run(analysis, context);
    checkBudget(started, performance.now(), stage.name, limits);
    if (stage.name === options.until) break;
  }
  return analysis;
}
