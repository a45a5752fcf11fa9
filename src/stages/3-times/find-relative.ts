/**
 * Expressions relative to the publication date: "yesterday", "two years ago", "earlier this month", "last year",
 * "next week", "last September", "in recent years". Each rule is a precompiled pattern and a resolver; without a
 * publication date the value is null and `unresolved` says why.
 */
import { addDays, addMonths, isoDay, isoMonth, isoYear, refDay, weekdayOf, type RefDate } from './calendar.js';
import { clauseTense } from './clause-tense.js';
import { escapeKey, keyScan } from './key-scan.js';
import { ANAPHORIC_DAY_RULE, relativeFind, type FoundTime, type SentenceScope } from './found-time.js';

interface RelativeRule {
  readonly name: string;
  /** Words one of which the lower-cased sentence must contain before the pattern is run at all (speed). */
  readonly keys: readonly string[];
  readonly pattern: RegExp;
  /** What the pattern cannot match without, tested with its flags: when it fails, the pattern finds nothing. */
  readonly needs?: RegExp;
  build(m: RegExpMatchArray, scope: SentenceScope): FoundTime | null;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december'];

const spanOf = (m: RegExpMatchArray): { start: number; end: number } => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
const day = (ref: RefDate): { year: number; month: number; day: number } =>
  refDay(ref) ?? { year: ref.year, month: ref.month ?? 1, day: ref.day ?? 1 };

/** "earlier today" -> 0, "yesterday morning" -> -1, "last night" -> -1, "tomorrow" -> +1. */
const DAY_WORDS: RelativeRule = {
  name: 'rule:day-word',
  keys: ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
  pattern: /\b(?:(?:earlier|later)\s+)?(?<word>today|tonight|yesterday|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?\b|\b(?<this>this|last)\s+(?:morning|afternoon|evening|night)\b/giu,
  build(m, scope) {
    const word = (m.groups?.word ?? m.groups?.this ?? '').toLowerCase();
    const shift = word === 'yesterday' || word === 'last' ? -1 : word === 'tomorrow' ? 1 : 0;
    return relativeFind(scope, spanOf(m), 'day', this.name, 'day', (ref) => isoDay(addDays(day(ref), shift)));
  },
};

/** "two years ago" -> the publication year minus two; "a week ago" -> the day seven days back. */
const AGO: RelativeRule = {
  name: 'rule:ago',
  keys: [' ago'],
  pattern: /\b\[?(?<n>\d{1,3}|[a-z]+)\]?\s+(?<unit>day|week|month|year|decade)s?\s+ago\b/giu,
  build(m, scope) {
    const raw = (m.groups?.n ?? '').toLowerCase();
    const n = /^\d+$/u.test(raw) ? Number(raw) : scope.cues.numberWords.get(raw);
    const unit = (m.groups?.unit ?? '').toLowerCase();
    if (n === undefined) return null;
    if (unit === 'day' || unit === 'week') {
      const days = unit === 'day' ? n : 7 * n;
      return relativeFind(scope, spanOf(m), 'day', this.name, 'day', (ref) => isoDay(addDays(day(ref), -days)));
    }
    if (unit === 'month') {
      return relativeFind(scope, spanOf(m), 'month', this.name, 'month', (ref) => {
        const back = addMonths(ref.year, ref.month ?? 1, -n);
        return isoMonth(back.year, back.month);
      });
    }
    const years = unit === 'decade' ? 10 * n : n;
    return relativeFind(scope, spanOf(m), 'year', this.name, 'year', (ref) => isoYear(ref.year - years));
  },
};

/**
 * "last year", "earlier this month", "the end of next year", "this week", "the previous year", "the year before";
 * "the end of the year" is the publication year.
 */
const UNIT: RelativeRule = {
  name: 'rule:relative-unit',
  keys: ['week', 'month', 'year'],
  pattern: /\b(?:(?:earlier|later|early|late|the\s+(?:start|beginning|end|middle|rest)\s+of)\s+)?(?<mod>last|this|next|past|previous|prior|coming)\s+(?<unit>week|month|year)\b|\bthe\s+(?<unit2>year|month)\s+(?:before|previous|prior)\b|\bthe\s+(?:start|beginning|end|middle|rest)\s+of\s+the\s+(?<unit3>year|month)\b/giu,
  build(m, scope) {
    const mod = (m.groups?.mod ?? (m.groups?.unit3 ? 'this' : 'previous')).toLowerCase();
    const unit = (m.groups?.unit ?? m.groups?.unit2 ?? m.groups?.unit3 ?? '').toLowerCase();
    const shift = mod === 'this' ? 0 : mod === 'next' || mod === 'coming' ? 1 : -1;
    if (unit === 'year') return relativeFind(scope, spanOf(m), 'year', this.name, 'year', (ref) => isoYear(ref.year + shift));
    if (unit === 'month') {
      return relativeFind(scope, spanOf(m), 'month', this.name, 'month', (ref) => {
        const month = addMonths(ref.year, ref.month ?? 1, shift);
        return isoMonth(month.year, month.month);
      });
    }
    return relativeFind(scope, spanOf(m), 'day', this.name, 'range', (ref) => {
      const monday = addDays(day(ref), 7 * shift - ((weekdayOf(day(ref)) + 6) % 7));
      return `${isoDay(monday)}/${isoDay(addDays(monday, 6))}`;
    });
  },
};

/**
 * "last September" in an article of 2009-10-12 -> 2009-09; "next March" -> 2010-03; "this May" -> 2009-05;
 * "October of next year" -> 2010-10.
 */
const MONTH: RelativeRule = {
  name: 'rule:relative-month',
  keys: ['last ', 'next ', 'this '],
  needs: new RegExp(MONTHS.join('|'), 'iu'),
  pattern: new RegExp(String.raw`\b(?<mod>last|next|this)\s+(?<month>${MONTHS.join('|')})\b` +
    String.raw`|\b(?<month2>${MONTHS.join('|')})\s+(?:of\s+)?(?<mod2>last|next|this)\s+year\b`, 'giu'),
  build(m, scope) {
    const name = m.groups?.month ?? m.groups?.month2 ?? '';
    if (name[0] !== name[0]?.toUpperCase()) return null; // "this may" is not a month
    const month = MONTHS.indexOf(name.toLowerCase()) + 1;
    const mod = (m.groups?.mod ?? m.groups?.mod2 ?? '').toLowerCase();
    const ofYear = m.groups?.mod2 !== undefined;
    return relativeFind(scope, spanOf(m), ofYear ? 'year' : 'month', this.name, 'month', (ref) => {
      const refMonth = ref.month ?? 1;
      if (ofYear) return isoMonth(ref.year + (mod === 'next' ? 1 : mod === 'last' ? -1 : 0), month);
      if (mod === 'this') return isoMonth(ref.year, month);
      if (mod === 'last') return isoMonth(month < refMonth ? ref.year : ref.year - 1, month);
      return isoMonth(month > refMonth ? ref.year : ref.year + 1, month);
    }, ['month']);
  },
};

/**
 * "in recent years" -> vague, the range the `recentSpan` cue gives back to the publication date: "2016/2021" in a
 * 2021 article. Also "over the past few months", "in the last several weeks".
 */
const RECENT: RelativeRule = {
  name: 'rule:recent',
  keys: ['recent', 'few', 'several', 'couple'],
  pattern: /\b(?:in\s+)?recent\s+(?<unit>year|month|week|day)s\b|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:few|several|couple\s+of)\s+(?<unit2>year|month|week|day)s\b/giu,
  build(m, scope) {
    const unit = (m.groups?.unit ?? m.groups?.unit2 ?? '').toLowerCase();
    const span = scope.cues.recentSpan;
    if (unit === 'year') return relativeFind(scope, spanOf(m), 'year', this.name, 'vague', (ref) => `${isoYear(ref.year - span.year)}/${isoYear(ref.year)}`);
    if (unit === 'month') {
      return relativeFind(scope, spanOf(m), 'month', this.name, 'vague', (ref) => {
        const from = addMonths(ref.year, ref.month ?? 1, -span.month);
        return `${isoMonth(from.year, from.month)}/${isoMonth(ref.year, ref.month ?? 1)}`;
      });
    }
    const days = unit === 'week' ? 7 * span.week : span.day;
    return relativeFind(scope, spanOf(m), 'day', this.name, 'vague', (ref) => `${isoDay(addDays(day(ref), -days))}/${isoDay(day(ref))}`);
  },
};

/**
 * "the day", "the same day", "late in the day": the day last named before it, else the publication day (see
 * link-anaphora.ts; here it gets the publication day). Not "the day before/after", "the day when …", "the day of
 * …", whose day the following words define, unless "in" or "of" comes first: "late in the day after falling".
 */
const SAME_DAY: RelativeRule = {
  name: ANAPHORIC_DAY_RULE,
  keys: ['the day', 'the same day', 'that day'],
  pattern: /(?<=\b(?:in|of)\s+)the\s+day\b|\b(?:[Tt]he\s+(?:same\s+)?|that\s+)day\b(?!\s+(?:before|after|when|that|of|on|in|is|was)\b)/gu,
  build(m, scope) {
    return relativeFind(scope, spanOf(m), 'day', this.name, 'day', (ref) => isoDay(day(ref)));
  },
};

/**
 * "over the past two years" -> the range back from the publication date: "2019/2021" in a 2021 article; "in the
 * last six months" -> "2021-04/2021-10". Vague: where the period starts is only roughly meant.
 */
const PAST_PERIOD: RelativeRule = {
  name: 'rule:past-period',
  keys: ['past ', 'last '],
  pattern: /\b(?:in|over|during|for|within)\s+the\s+(?:past|last)\s+(?<n>\d{1,2}|[a-z]+)\s+(?<unit>year|month|week|day)s\b/giu,
  build(m, scope) {
    const raw = (m.groups?.n ?? '').toLowerCase();
    const n = /^\d+$/u.test(raw) ? Number(raw) : scope.cues.numberWords.get(raw);
    const unit = (m.groups?.unit ?? '').toLowerCase();
    if (n === undefined) return null;
    if (unit === 'year') return relativeFind(scope, spanOf(m), 'year', this.name, 'vague', (ref) => `${isoYear(ref.year - n)}/${isoYear(ref.year)}`);
    if (unit === 'month') {
      return relativeFind(scope, spanOf(m), 'month', this.name, 'vague', (ref) => {
        const from = addMonths(ref.year, ref.month ?? 1, -n);
        return `${isoMonth(from.year, from.month)}/${isoMonth(ref.year, ref.month ?? 1)}`;
      });
    }
    const days = unit === 'week' ? 7 * n : n;
    return relativeFind(scope, spanOf(m), 'day', this.name, 'vague', (ref) => `${isoDay(addDays(day(ref), -days))}/${isoDay(day(ref))}`);
  },
};

/**
 * "at the weekend", "last weekend", "this weekend", "next weekend": Saturday to Sunday. Without "next" or "this"
 * it is the last weekend up to the publication day (news reports what happened); "this weekend" is the coming one
 * unless the clause is in the past ("in an interview this weekend, he said").
 */
const WEEKEND: RelativeRule = {
  name: 'rule:weekend',
  keys: ['weekend'],
  pattern: /\b(?<mod>last|this|next|the|over\s+the|at\s+the)\s+weekend\b/giu,
  build(m, scope) {
    const mod = (m.groups?.mod ?? '').toLowerCase();
    const span = spanOf(m);
    return relativeFind(scope, span, 'day', this.name, 'range', (ref) => {
      const today = day(ref);
      const sinceSaturday = (weekdayOf(today) + 1) % 7; // Saturday 0, Sunday 1, Monday 2, …
      const back = mod === 'last' && sinceSaturday < 2 ? sinceSaturday + 7 : sinceSaturday;
      const coming = mod === 'next' || (mod === 'this' && sinceSaturday >= 2 && clauseTense(scope, scope.offset + span.start, scope.offset + span.end) !== 'past');
      const saturday = coming ? addDays(today, 7 - sinceSaturday) : addDays(today, mod === 'this' ? -sinceSaturday : -back);
      return `${isoDay(saturday)}/${isoDay(addDays(saturday, 1))}`;
    });
  },
};

/** In priority order: when two finds overlap with the same length, the earlier rule wins. */
const RULES: readonly RelativeRule[] = [DAY_WORDS, AGO, UNIT, MONTH, RECENT, PAST_PERIOD, WEEKEND, SAME_DAY];

/**
 * Any key of any rule, in any case: one test that spares most sentences lower-casing and the key scan. It matches
 * wherever a key is in the lower-cased text (Unicode case folding reaches at least as far).
 */
const ANY_KEY = new RegExp(RULES.flatMap((rule) => rule.keys).map(escapeKey).join('|'), 'iu');
const KEYS = keyScan(RULES.flatMap((rule) => rule.keys));

export function findRelative(scope: SentenceScope): FoundTime[] {
  const found: FoundTime[] = [];
  if (!ANY_KEY.test(scope.text)) return found;
  const keys = KEYS.keysIn(scope.text.toLowerCase());
  for (const rule of RULES) {
    if (!rule.keys.some((key) => keys.has(key)) || (rule.needs && !rule.needs.test(scope.text))) continue;
    for (const m of scope.text.matchAll(rule.pattern)) {
      const time = rule.build(m, scope);
      if (time) found.push(time);
    }
  }
  return found;
}
