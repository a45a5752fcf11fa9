/**
 * Date and background of an event. Its own time expression in its clause wins ("since 2019" -> 2019); otherwise
 * the news day the article's lead states ("on Monday") or the publication date. Past events cited as context
 * (a date more than a month before publication, "since …", past perfect, a present perfect continuing a
 * background passage) are `background` and never take the publication date.
 */
import type { DateBasis, PartialDate, Sentence, TimeExpression } from '../../core/index.js';
import type { Clause } from './clauses.js';
import type { SentenceView } from './sentence-view.js';

export interface EventDate {
  readonly date: PartialDate | null;
  readonly dateText: string | null;
  readonly dateBasis: DateBasis | null;
  readonly background: boolean;
}

export interface DateContext {
  readonly published: PartialDate | null;
  /** The day the lead sentences say the news happened ("on Monday" -> 2021-10-18), if they say. */
  readonly newsDay: TimeExpression | null;
  /**
   * The time an earlier sentence of the same paragraph stated for its event: a narrative keeps its time
   * ("On Friday, the rebels declared martial law. They shut down the airport." -> both Friday).
   */
  readonly carried?: TimeExpression | null;
}

const DAY = 86_400_000;
const BACKGROUND_DAYS = 31;

const ZERO = 48;
const DASH = 45;

/** The number the `count` ASCII digits at `at` spell, or -1 when one is no digit: ("2021-10", 5, 2) -> 10. */
function digitsAt(value: string, at: number, count: number): number {
  let n = 0;
  for (let k = at; k < at + count; k++) {
    const d = value.charCodeAt(k) - ZERO;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The first or last day of the calendar date at `at`, as a timestamp: "2021-10-19" -> that day, "2021-10" -> its
 * first or last day, "2021" -> 1 January or 31 December; a longer value ("2021-10-19T10:00") reads by its date.
 * Null when no four-digit year starts it. Read by hand, not by a regex: this runs several times for every event.
 */
function dayOf(value: string, at: number, last: boolean): number | null {
  const year = digitsAt(value, at, 4);
  if (year < 0) return null;
  const month = value.charCodeAt(at + 4) === DASH ? digitsAt(value, at + 5, 2) : -1;
  const day = month >= 0 && value.charCodeAt(at + 7) === DASH ? digitsAt(value, at + 8, 2) : -1;
  if (day >= 0) return Date.UTC(year, month - 1, day);
  if (month >= 0) return last ? Date.UTC(year, month, 0) : Date.UTC(year, month - 1, 1);
  return last ? Date.UTC(year, 11, 31) : Date.UTC(year, 0, 1);
}

/** Last day of a partial date or range, as a timestamp: "2021-10" -> 2021-10-31, "2018/2021" -> 2021-12-31. */
function endOf(value: string): number | null {
  return dayOf(value, value.lastIndexOf('/') + 1, true);
}

function startOf(value: string): number | null {
  return dayOf(value, 0, false);
}

function startOfRange(value: string | null): string | null {
  if (value === null) return null;
  const slash = value.indexOf('/');
  return slash < 0 ? value : value.slice(0, slash);
}

/** True when the time lies wholly more than `days` (a month by default) before publication. */
export function wellBefore(value: string | null, published: PartialDate | null, days = BACKGROUND_DAYS): boolean {
  if (!value || !published) return false;
  const end = endOf(value);
  const pub = startOf(published);
  return end !== null && pub !== null && pub - end > days * DAY;
}

/** "since 2019" frames a long-running context; "since June of this year" is still the news. */
const SINCE_DAYS = 365;

function sinceLongAgo(time: TimeExpression, published: PartialDate | null): boolean {
  return time.since && (!published || wellBefore(time.value, published, SINCE_DAYS));
}

/** The lead's news day: the first day-precise past time of the first body sentences, within a week of publication. */
export function findNewsDay(sentences: readonly Sentence[], times: readonly (readonly TimeExpression[])[], published: PartialDate | null): TimeExpression | null {
  const pub = published ? startOf(published) : null;
  if (pub === null || !published || published.length < 10) return null;
  const lead = sentences.filter((s) => s.heading === null).slice(0, 3);
  for (const s of lead) {
    for (const t of times[s.index] ?? []) {
      const at = t.value && t.precision === 'day' ? startOf(t.value) : null;
      if (at !== null && at <= pub && pub - at <= 7 * DAY) return t;
    }
  }
  return null;
}

/** The time expression of the trigger's clause nearest to it, if any. */
function ownTime(view: SentenceView, clause: Clause, index: number): TimeExpression | null {
  const from = view.tokens[clause.start]?.start ?? 0;
  const to = view.tokens[clause.end - 1]?.end ?? 0;
  const at = view.tokens[index]?.start ?? 0;
  let best: TimeExpression | null = null;
  for (const t of view.times) {
    if (t.start < from || t.end > to || !t.value) continue;
    if (!best || Math.abs(t.start - at) < Math.abs(best.start - at)) best = t;
  }
  return best;
}

/** "had expelled": past perfect in the verb group before the trigger. */
function pastPerfect(view: SentenceView, clause: Clause, index: number): boolean {
  for (let k = index - 1; k >= Math.max(clause.start, index - 4); k--) {
    const t = view.tokens[k];
    if (!t || (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART')) return false;
    if (view.words[k] === 'had') return true;
  }
  return false;
}

/** "has accused", "have imposed": present perfect in the verb group before the trigger. */
export function presentPerfect(view: SentenceView, clause: Clause, index: number): boolean {
  for (let k = index - 1; k >= Math.max(clause.start, index - 4); k--) {
    const t = view.tokens[k];
    if (!t || (t.pos !== 'AUX' && t.pos !== 'ADV' && t.pos !== 'PART')) return false;
    if (view.words[k] === 'has' || view.words[k] === 'have') return true;
  }
  return false;
}

const PRESENT = new Set(['is', 'are', 'am', 'has', 'have', 'does', 'do']);

/** "the rebels are backed by Iran", "has been home to protests": the present does not continue a past narrative. */
function presentTense(view: SentenceView, clause: Clause, index: number): boolean {
  for (let k = index - 1; k >= Math.max(clause.start, index - 4); k--) {
    if (PRESENT.has(view.words[k] ?? '')) return true;
  }
  return false;
}

export interface DateCues {
  /** Future, expected and hypothetical events have not happened: no inferred date. */
  readonly unreal: boolean;
  /** The passage before this sentence is background context, and this clause continues it (present perfect). */
  readonly backgroundFrame: boolean;
}

export function eventDate(view: SentenceView, clause: Clause, index: number, cues: DateCues, ctx: DateContext): EventDate {
  const time = ownTime(view, clause, index);
  if (time) {
    // "in recent years" (2016/2021): a period reaching back well before publication is context.
    const vaguePast = (time.precision === 'vague' || time.precision === 'range') && wellBefore(startOfRange(time.value), ctx.published);
    const background = !cues.unreal && (sinceLongAgo(time, ctx.published) || vaguePast || (!time.since && wellBefore(time.value, ctx.published)));
    return { date: time.value, dateText: time.text, dateBasis: 'stated', background };
  }
  const background = !cues.unreal && (pastPerfect(view, clause, index) || (cues.backgroundFrame && presentPerfect(view, clause, index)));
  if (cues.unreal) return { date: null, dateText: null, dateBasis: null, background };
  const carried = presentTense(view, clause, index) ? null : ctx.carried;
  if (carried?.value) {
    const old = sinceLongAgo(carried, ctx.published) || (!carried.since && wellBefore(carried.value, ctx.published));
    return { date: carried.value, dateText: carried.text, dateBasis: 'inferred', background: background || old };
  }
  if (background) return { date: null, dateText: null, dateBasis: null, background };
  if (ctx.newsDay?.value) return { date: ctx.newsDay.value, dateText: ctx.newsDay.text, dateBasis: 'inferred', background };
  if (ctx.published) return { date: ctx.published, dateText: null, dateBasis: 'publication', background };
  return { date: null, dateText: null, dateBasis: null, background };
}
