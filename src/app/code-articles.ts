/**
 * The application API for coding articles: read inputs, run the pipeline, hand each result or error to the caller.
 * The CLI and the HTTP API both call this; neither holds coding logic of its own.
 */
import { memoryTracer, type Analysis, type Article } from '../core/index.js';
import type { Dictionaries } from '../dictionaries/index.js';
import { InputError, readInputs, type ReadOptions } from '../input/index.js';
import { analyse, type Limits } from '../pipeline/index.js';

export interface CodeOptions extends ReadOptions {
  readonly dictionaries: Dictionaries;
  readonly trace: boolean;
  readonly until?: string;
  readonly limits?: Limits;
}

export type CodeResult =
  | { readonly ok: true; readonly analysis: Analysis; readonly trace: readonly string[] }
  | { readonly ok: false; readonly error: InputError };

/** Codes one article; a crash inside a stage becomes an error naming the article, never a lost batch. */
export function codeArticle(article: Article, options: Pick<CodeOptions, 'dictionaries' | 'trace' | 'until' | 'limits'>): CodeResult {
  const tracer = memoryTracer();
  try {
    const analysis = analyse(article, { dictionaries: options.dictionaries, trace: options.trace ? tracer : undefined, until: options.until, limits: options.limits });
    return { ok: true, analysis, trace: tracer.lines };
  } catch (err) {
    return { ok: false, error: new InputError(article.source, `could not be coded: ${(err as Error).message}`) };
  }
}

export async function* codeInputs(names: readonly string[], options: CodeOptions): AsyncGenerator<CodeResult> {
  for await (const item of readInputs(names, options)) {
    if (item instanceof InputError) yield { ok: false, error: item };
    else yield codeArticle(item, options);
  }
}
