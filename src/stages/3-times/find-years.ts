/**
 * Bare years, year ranges and decades: "in 2002", "since 2019", "Moscow's 2014 annexation", "2008-09",
 * "the 1990s". A four-digit number is a year only in a year context (see `data/times/cues.yaml`): "2,839
 * soldiers", "1440 were injured", "$2000", "Boeing 747", "G20" are not years.
 */
import { isoYear } from './calendar.js';
import { tokenAt, type FoundTime, type SentenceScope } from './found-time.js';

/**
 * A year (1000-2199) standing alone as a number, optionally a range to a second year ("2008-09", "1990–1995"),
 * or a decade ("1990s"). Not part of a larger number, an amount or a code: "$2014", "2,014", "2014.5", "A2014".
 */
const YEAR = new RegExp(
  String.raw`(?<![\w$£€¥#.,/'’])` +
    String.raw`(?:(?<decade>1\d\d0|20\d0|21\d0)'?s\b` +
    String.raw`|['’](?<shortDecade>\d0)s\b|['’](?<short>\d\d)(?![\w'’])` +
    String.raw`|(?<year>1\d{3}|2[01]\d\d)(?:\s?[-–—/]\s?(?<to>\d{4}|\d\d)(?![-/]\d))?(?![\w%]|[.,]\d|-[a-z]))`,
  'gu',
);

/** The word right before a position, skipping spaces and commas: "Moscow's " -> "Moscow's", "mid-" -> "mid". */
const WORD_BEFORE = /(?<word>[\p{L}&'’.]+)-?[\s,]*$/u;

/** Prepositions kept in the span, as the contract's examples do: "in 2002", "since 2019". */
const SPAN_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'during', 'by', 'before', 'after', 'from', 'throughout']);

/** What may stand between two years of one list: "in 2001, 2002 and 2005", "between 2016 and 2018". */
const LIST_GAP = /^\s*(?:,|,?\s*(?:and|or|to|until|through|and in|or in))\s*$/u;

/** How far from the publication year a year after a name may lie: "Expo 2016" in 2016, not "Model 1440". */
const NAMED_YEAR_WINDOW = 10;

const isPossessive = (word: string): boolean => /(?:['’]s|s['’])$/u.test(word);

/**
 * Every form of YEAR holds two digits in a row: sentences without them ("yesterday", "5 people") skip its costly
 * scan.
 */
const TWO_DIGITS = /[0-9]{2}/u;

export function findYears(scope: SentenceScope): FoundTime[] {
  const found: FoundTime[] = [];
  if (!TWO_DIGITS.test(scope.text)) return found;
  let previousEnd = -1;
  for (const m of scope.text.matchAll(YEAR)) {
    const groups = m.groups ?? {};
    const start = m.index;
    const end = start + m[0].length;
    if (groups.decade || groups.shortDecade) {
      found.push(decade(scope, start, end, groups.decade ? Number(groups.decade) : fullYear(scope, groups.shortDecade)));
      continue;
    }
    const year = groups.short ? fullYear(scope, groups.short) : Number(groups.year);
    const listed = previousEnd >= 0 && LIST_GAP.test(scope.text.slice(previousEnd, start));
    const before = wordBefore(scope.text, start);
    const context = groups.short
      ? scope.cues.strongYearCues.has(before.lower) || before.lower === 'of'
      : isYearContext(scope, before.lower, end, year, before.named);
    if (!listed && !context) continue;
    const to = groups.to ? rangeEnd(year, groups.to) : null;
    const spanStart = SPAN_PREPOSITIONS.has(before.lower) ? before.start : start;
    const spanEnd = to === null && groups.to ? start + (groups.year?.length ?? 4) : end;
    found.push(yearFind(scope, spanStart, spanEnd, year, to, before.lower === 'since'));
    previousEnd = spanEnd;
  }
  return found;
}

interface WordBefore {
  /** Lower case, without a final full stop: "No." -> "no". */
  readonly lower: string;
  readonly start: number;
  /** A capitalised word that does not open the sentence: "Cup" in "the World Cup 2018". */
  readonly named: boolean;
}

function wordBefore(text: string, at: number): WordBefore {
  const windowStart = Math.max(0, at - 30);
  const m = WORD_BEFORE.exec(text.slice(windowStart, at));
  if (!m) return { lower: '', start: at, named: false };
  const word = (m.groups?.word ?? '').replace(/\.$/u, '');
  const start = windowStart + m.index;
  return { lower: word.toLowerCase(), start, named: start > 0 && /^\p{Lu}/u.test(word) };
}

function yearFind(scope: SentenceScope, start: number, end: number, year: number, to: number | null, since: boolean): FoundTime {
  return {
    start: scope.offset + start,
    end: scope.offset + end,
    value: to === null ? isoYear(year) : `${isoYear(year)}/${isoYear(to)}`,
    precision: to === null ? 'year' : 'range',
    stated: ['year'],
    implied: [],
    since,
    unresolved: null,
    rule: to === null ? 'rule:year' : 'rule:year-range',
  };
}

/**
 * "'82" -> 1982 and "'09" -> 2009 in a 2021 article: the latest such year not after the reference. Without a
 * reference, "'00" to "'30" are taken as 2000-2030.
 */
function fullYear(scope: SentenceScope, twoDigits = '00'): number {
  const now = scope.ref?.year ?? 2030;
  const year = 2000 + Number(twoDigits);
  return year <= now ? year : year - 100;
}

/** "2008" + "09" -> 2009; "1990" + "1995" -> 1995; null when the second part is no later year ("2008-07"). */
function rangeEnd(from: number, to: string): number | null {
  const year = to.length === 2 ? Math.floor(from / 100) * 100 + Number(to) : Number(to);
  return year > from && year - from < 100 && !(to.length === 2 && Number(to) <= 12 && year - from > 1) ? year : null;
}

function decade(scope: SentenceScope, start: number, end: number, first: number): FoundTime {
  return {
    start: scope.offset + start,
    end: scope.offset + end,
    value: `${isoYear(first)}/${isoYear(first + 9)}`,
    precision: 'range',
    stated: ['year'],
    implied: [],
    since: false,
    unresolved: null,
    rule: 'rule:decade',
  };
}

/** Years a weak cue can introduce: "from 2005" is a year, "from 1500" a count. */
const EARLIEST_LIKELY = 1800;
const LATEST_LIKELY_AHEAD = 50;

/**
 * `word` is the lower-case word before the number, `end` the sentence offset after it. Strong cues make a year
 * unless a count noun follows an unlikely year ("in 2008", not "in 1500 cases"); weak cues and possessives make a
 * likely year unless a number, or a count noun after a round number, follows ("the 2014 protests", not "the 2000
 * soldiers"). A name just before a year near the publication date makes it a year too ("World Cup 2018", "WWDC
 * 2005"), as names of events and editions carry their year.
 */
function isYearContext(scope: SentenceScope, word: string, end: number, year: number, named: boolean): boolean {
  const cues = scope.cues;
  if (cues.notYearBefore.has(word)) return false;
  const nextIndex = tokenAt(scope, scope.offset + end);
  const next = nextIndex < scope.endToken ? scope.tokens[nextIndex] : undefined;
  if (next && cues.quantityWords.has(next.normal)) return false;
  const now = scope.ref?.year ?? null;
  const likely = year >= EARLIEST_LIKELY && year <= (now ?? 2100) + LATEST_LIKELY_AHEAD;
  const plural = next !== undefined && next.pos === 'NOUN' && next.normal !== next.lemma && next.normal.endsWith('s');
  if (cues.strongYearCues.has(word)) return likely || !plural;
  if (named && now !== null && Math.abs(year - now) <= NAMED_YEAR_WINDOW) return next?.pos !== 'NUM';
  if (!likely || (!cues.weakYearCues.has(word) && !isPossessive(word))) return false;
  return next?.pos !== 'NUM' && (!plural || year % 100 !== 0);
}
