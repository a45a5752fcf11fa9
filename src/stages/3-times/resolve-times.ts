/**
 * The times stage: finds the time expressions of each sentence and normalises them against the publication date.
 * Only sentences that pass one cheap precompiled test are read at all, and chrono only reads those with a month
 * or weekday name (see find-calendar-dates.ts): most sentences of an article hold no time.
 */
import type { Analysis, Sentence, Stage, StageContext, TimeExpression } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import { parseRef, type RefDate } from './calendar.js';
import { findCalendarDates } from './find-calendar-dates.js';
import { findRelative } from './find-relative.js';
import { findYears } from './find-years.js';
import type { FoundTime, SentenceScope } from './found-time.js';
import { linkAnaphora } from './link-anaphora.js';
import { mergeFinds } from './merge-finds.js';

/** Anything a time expression needs: a digit, a month or weekday stem, or a relative word. */
const TIME_CUE = String.raw`\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago\b|day\b|year|month|week|morning|afternoon|evening|night)`;
/**
 * The test runs on every sentence, and without the `u` flag it is about twice as fast. The two differ only on the
 * two characters whose Unicode case folding is an ASCII letter: "\u017f" (long s) and "\u212a" (Kelvin sign).
 */
const MAY_HOLD_TIME_FAST = new RegExp(TIME_CUE, 'i');
const MAY_HOLD_TIME = new RegExp(TIME_CUE, 'iu');
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

function mayHoldTime(text: string): boolean {
  return FOLDS_TO_ASCII.test(text) ? MAY_HOLD_TIME.test(text) : MAY_HOLD_TIME_FAST.test(text);
}

/** "since" right before a time marks the start of a period: "since Tuesday", "ever since June 2019". */
const SINCE_BEFORE = /\bsince\s+$/iu;

export const resolveTimes: Stage<Dictionaries> = {
  name: 'times',
  run(analysis, context) {
    const ref = parseRef(analysis.article.published);
    const times: TimeExpression[] = [];
    for (const sentence of analysis.sentences) {
      if (!mayHoldTime(sentence.text)) continue;
      for (const find of findInSentence(analysis, sentence, ref, context)) times.push(toTimeExpression(analysis, sentence, find, ref));
    }
    const linked = linkAnaphora(times, analysis.article.published);
    if (context.trace.enabled) for (const t of linked) context.trace.add('times', () => `"${t.text}" -> ${t.value ?? `null (${t.unresolved ?? ''})`} [${t.rule}]`);
    return { ...analysis, times: linked };
  },
};

function findInSentence(
  analysis: Analysis,
  sentence: Sentence,
  ref: RefDate | null,
  context: StageContext<Dictionaries>,
): FoundTime[] {
  const scope: SentenceScope = {
    text: sentence.text,
    offset: sentence.start,
    ref,
    cues: context.data.timeCues,
    tokens: analysis.tokens,
    firstToken: sentence.firstToken,
    endToken: sentence.endToken,
  };
  return mergeFinds([findRelative(scope), findCalendarDates(scope), findYears(scope)]);
}

/** The find as the stage's output, built field by field (a `{ ...find, … }` spread costs V8 several times more). */
function toTimeExpression(analysis: Analysis, sentence: Sentence, find: FoundTime, ref: RefDate | null): TimeExpression {
  const { text } = analysis.article;
  return {
    text: text.slice(find.start, find.end),
    start: find.start,
    end: find.end,
    sentence: sentence.index,
    value: find.value,
    precision: find.precision,
    stated: find.stated,
    implied: find.implied,
    past: isPast(find.value, analysis.article.published, ref),
    since: find.since || SINCE_BEFORE.test(text.slice(Math.max(sentence.start, find.start - 8), find.start)),
    unresolved: find.unresolved,
    rule: find.rule,
  };
}

/** "2014" in a 2021-10-19 article -> true; "2021-10" -> false (the same month); a range counts by its end. */
function isPast(value: string | null, published: string | null, ref: RefDate | null): boolean {
  if (value === null || published === null || ref === null) return false;
  const last = value.slice(value.indexOf('/') + 1);
  const n = Math.min(last.length, published.length);
  return last.slice(0, n) < published.slice(0, n);
}
