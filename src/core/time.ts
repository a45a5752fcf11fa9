import type { PartialDate } from './article.js';
import type { TextSpan } from './span.js';

export type TimePrecision = 'day' | 'month' | 'year' | 'range' | 'vague';

/** The calendar parts a time expression has: which the text stated and which were implied by the reference date. */
export type DatePart = 'year' | 'month' | 'day' | 'weekday';

/** A time expression normalised against the publication date: "on Monday" -> "2021-10-18". */
export interface TimeExpression extends TextSpan {
  readonly sentence: number;
  /**
   * ISO 8601: a day "2021-10-18", a month "2021-10", a year "2014", or a range "2019/2021"; for vague
   * expressions ("in recent years") the range they most plausibly cover. Null when it cannot be resolved
   * (no publication date for a relative expression); `unresolved` then says why.
   */
  readonly value: PartialDate | null;
  readonly precision: TimePrecision;
  /** Parts the text states ("November 1" states month and day) and parts taken from the reference date (year). */
  readonly stated: readonly DatePart[];
  readonly implied: readonly DatePart[];
  /** True when the value lies before the publication date ("in 2002", "since 2019", "last year"). */
  readonly past: boolean;
  /** "since 2019" marks the start of a period that runs up to publication. */
  readonly since: boolean;
  readonly unresolved: string | null;
  /** Which parser or rule produced it: `chrono`, `rule:bare-year`, `rule:earlier-this-month`, … */
  readonly rule: string;
}
