/**
 * What one article may cost: a maximum size, checked before any stage runs, and a time budget, checked after each
 * stage. Exceeding either fails that article with a clear message; the rest of a batch goes on.
 */

export interface Limits {
  /** Longest article body coded, in characters (JS string length). */
  readonly maxArticleChars: number;
  /** Milliseconds one article may take; checked between stages, so a stage in progress is never cut short. */
  readonly budgetMs: number;
}

/** 2 million characters is ~300,000 words, far beyond any news article; 10 s is ~5,000 times a normal article's cost. */
export const DEFAULT_LIMITS: Limits = { maxArticleChars: 2_000_000, budgetMs: 10_000 };

/** The article broke one of the limits; the message says which and by how much. */
export class LimitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LimitError';
  }
}

export function checkSize(chars: number, limits: Limits): void {
  if (chars > limits.maxArticleChars) {
    throw new LimitError(`article is ${chars.toLocaleString('en')} characters, over the limit of ${limits.maxArticleChars.toLocaleString('en')}`);
  }
}

export function checkBudget(startedMs: number, nowMs: number, stage: string, limits: Limits): void {
  const spent = nowMs - startedMs;
  if (spent > limits.budgetMs) {
    throw new LimitError(`article took ${Math.round(spent)} ms by the end of stage ${stage}, over its budget of ${limits.budgetMs} ms`);
  }
}
