import { describe, expect, it } from 'vitest';
import { memoryTracer, silentTracer, type TimeExpression } from '../../core/index.js';
import { loadDictionaries } from '../../dictionaries/index.js';
import { resolveTimes } from './resolve-times.js';
import { tokenisedArticle } from './tokenised-article.case.js';

const data = loadDictionaries();
/** A Tuesday. */
const PUBLISHED = '2021-10-19';

function times(text: string, published: string | null = PUBLISHED): readonly TimeExpression[] {
  return resolveTimes.run(tokenisedArticle(text, published), { data, trace: silentTracer }).times;
}

const brief = (t: TimeExpression): [string, string | null] => [t.text, t.value];

/** [sentence, the times it must give as [text, value]] in an article published on Tuesday 2021-10-19. */
const CASES: [string, [string, string | null][]][] = [
  // Weekdays look back unless the clause speaks of the future; the publication weekday is that day.
  ['Lavrov announced the moves on Monday.', [['on Monday', '2021-10-18']]],
  ['The talks were held on Friday.', [['on Friday', '2021-10-15']]],
  ['The envoy arrived on Tuesday.', [['on Tuesday', '2021-10-19']]],
  ['The ministers will meet on Friday.', [['on Friday', '2021-10-22']]],
  ['The summit is to be held on Thursday.', [['on Thursday', '2021-10-21']]],
  ['On Friday, the ministers will meet again.', [['On Friday', '2021-10-22']]],
  ['The summit takes place next Friday.', [['next Friday', '2021-10-22']]],
  ['Troops withdrew last Friday.', [['last Friday', '2021-10-15']]],
  ['Markets stay closed until Friday.', [['Friday', '2021-10-22']]],
  ['The rebels had been given until Friday to leave.', [['Friday', '2021-10-15']]],
  // Month-days and months without a year: the nearest sensible year, by tense.
  ['Moscow is expected to suspend the work of its mission, from around November 1, he said.', [['November 1', '2021-11-01']]],
  ['The Shuffle was introduced in January.', [['January', '2021-01']]],
  ['The deal will be completed in January.', [['January', '2022-01']]],
  ['The deal should be signed on September 12, during the fair.', [['September 12', '2022-09-12']]],
  ['Prices peaked on April 2.', [['April 2', '2021-04-02']]],
  ['Talks began on 3 October and end in November.', [['on 3 October', '2021-10-03'], ['November', '2021-11']]],
  ['He announced his resignation effective next Monday, January 3.', [['next Monday, January 3', '2022-01-03']]],
  ['The elections were held in October 2019.', [['October 2019', '2019-10']]],
  ['Friday, July 21, 2017 was a hot day.', [['Friday, July 21, 2017', '2017-07-21']]],
  ['The memo was dated 7/8/07.', [['7/8/07', '2007-07-08']]],
  ['The show runs from January 23 - March 9 2022.', [['January 23', '2022-01-23'], ['March 9 2022', '2022-03-09']]],
  // Bare years only in a year context; ranges and decades.
  ['The liaison mission was set up in 2002.', [['in 2002', '2002']]],
  ['Meetings have not been held since 2019.', [['since 2019', '2019']]],
  ["Relations soured after Moscow's 2014 annexation of Crimea.", [['2014', '2014']]],
  ['The 2014 protests changed the city.', [['2014', '2014']]],
  ['Output fell in 2001, 2002 and 2005.', [['in 2001', '2001'], ['2002', '2002'], ['2005', '2005']]],
  ['The 2008-09 crisis hit exports.', [['2008-09', '2008/2009']]],
  ['The conflict began in the 1990s.', [['1990s', '1990/1999']]],
  ['Stocks are at their lowest level since \'82.', [["since '82", '1982']]],
  ['Fans gathered for the World Cup 2022 draw.', [['2022', '2022']]],
  // Expressions relative to the publication date.
  ['Earlier this month, the alliance expelled eight diplomats.', [['Earlier this month', '2021-10']]],
  ['Sanctions were imposed last year.', [['last year', '2020']]],
  ['Exports rose sharply this year.', [['this year', '2021']]],
  ['Prices fell last month and will rise next year.', [['last month', '2021-09'], ['next year', '2022']]],
  ['Rebels attacked the town yesterday.', [['yesterday', '2021-10-18']]],
  ['The president speaks today.', [['today', '2021-10-19']]],
  ['The treaty was signed two years ago.', [['two years ago', '2019']]],
  ['The strike began a week ago.', [['a week ago', '2021-10-12']]],
  ['The vote was held last September.', [['last September', '2021-09']]],
  ['The plant closes after October of next year.', [['October of next year', '2022-10']]],
  ['Sanctions were imposed in recent years.', [['in recent years', '2016/2021']]],
  ['Talks resume this week.', [['this week', '2021-10-18/2021-10-24']]],
  ['Troops will leave by the end of the year.', [['the end of the year', '2021']]],
  ['Prices doubled over the past two years.', [['over the past two years', '2019/2021']]],
  ['Clashes broke out at the weekend.', [['at the weekend', '2021-10-16/2021-10-17']]],
  ['Talks resume this weekend.', [['this weekend', '2021-10-23/2021-10-24']]],
  ['In an interview this weekend, the president said he would stay.', [['this weekend', '2021-10-16/2021-10-17']]],
  ['Police opened fire to disperse protesters on Monday night.', [['on Monday', '2021-10-18']]],
  ['The minister was forced to resign in July.', [['July', '2021-07']]],
  ['A January 3 hearing has been scheduled.', [['January 3', '2022-01-03']]],
  ['Talks to revive the 2015 deal have been stalled since March.', [['2015', '2015'], ['March', '2021-03']]],
  // Negatives: counts, money, names and words that look like dates.
  ['Police said 2,839 soldiers were deployed.', []],
  ['1440 were injured in the clashes.', []],
  ['The company paid $2014 in fees.', []],
  ['The army deployed the 2000 soldiers to the border.', []],
  ['A force of 1500 troops arrived.', []],
  ['A Boeing 747 landed in Lagos and G20 leaders met.', []],
  ['Flight 1549 landed on the Hudson.', []],
  ['Theresa May said the plan would work.', []],
  ['Protesters march through the capital.', []],
  ['The Sunday Times reported the deal.', []],
  ['Shares fell on Black Monday.', []],
  ['The index rose to 2020 points.', []],
  ['Turnout reached 2010 votes.', []],
  ['The tally rose to 2000 from 1500.', []],
  ['Police found weapons in 1500 cases.', []],
  ['About 2000 people marched at 1500 GMT.', []],
  ['The deadline passed by 2000 GMT.', []],
  ['The Council passed Resolution 2231.', []],
  ['Talks were held between 2016 and 2018.', [['2016', '2016'], ['2018', '2018']]],
  ["Iran's 2015 nuclear deal and the 1979 revolution", [['2015', '2015'], ['1979', '1979']]],
  ['The 2021/22 season starts soon.', [['2021/22', '2021/2022']]],
];

describe('resolveTimes case table (published Tuesday 2021-10-19)', () => {
  it.each(CASES)('%s', (sentence, expected) => {
    expect(times(sentence).map(brief)).toEqual(expected);
  });
});

describe('resolveTimes records stated and implied parts, past and since', () => {
  it('states month and day of "November 1" and implies its year', () => {
    const [t] = times('Talks resume from November 1.');
    expect(t).toMatchObject({ value: '2021-11-01', precision: 'day', stated: ['month', 'day'], implied: ['year'], past: false });
  });

  it('states only the weekday of "on Monday" and marks it past', () => {
    const [t] = times('He left on Monday.');
    expect(t).toMatchObject({ precision: 'day', stated: ['weekday'], implied: ['year', 'month', 'day'], past: true });
  });

  it('marks "since 2019" as the start of a period, stated and past', () => {
    const [t] = times('No meeting has been held since 2019.');
    expect(t).toMatchObject({ value: '2019', precision: 'year', stated: ['year'], implied: [], past: true, since: true, rule: 'rule:year' });
  });

  it('marks a weekday after "since" as the start of a period too', () => {
    expect(times('Protests have gone on since Tuesday.')[0]).toMatchObject({ text: 'Tuesday', since: true });
  });

  it('gives "in recent years" a vague range and "last year" an implied year', () => {
    const [recent, last] = times('In recent years and especially last year, prices rose.');
    expect(recent).toMatchObject({ precision: 'vague', value: '2016/2021' });
    expect(last).toMatchObject({ precision: 'year', stated: [], implied: ['year'] });
  });

  it('gives offsets into the article text and the sentence index', () => {
    const text = 'Nothing happened. Russia closed the office on Monday.';
    const [t] = times(text);
    expect(text.slice(t!.start, t!.end)).toBe('on Monday');
    expect(t!.sentence).toBe(1);
  });

  it('traces each time with the rule that found it', () => {
    const trace = memoryTracer();
    resolveTimes.run(tokenisedArticle('Sanctions were imposed last year.', PUBLISHED), { data, trace });
    expect(trace.lines).toEqual(['[times] "last year" -> 2020 [rule:relative-unit]']);
  });
});

describe('resolveTimes links "the day" to the day named before it', () => {
  it('gives "the day" the weekday of the sentence before', () => {
    const found = times('Shares fell on Monday. The index ended the day down 3%.');
    expect(found.map(brief)).toEqual([['on Monday', '2021-10-18'], ['the day', '2021-10-18']]);
  });

  it('gives "the same day" the publication day when no day was named', () => {
    expect(times('Talks collapsed and the army moved in the same day.').map(brief)).toEqual([['the same day', '2021-10-19']]);
  });

  it('does not take a future day as the antecedent', () => {
    const found = times('The ban starts on December 10. Rules were released later the same day.');
    expect(found.map(brief)).toEqual([['December 10', '2021-12-10'], ['the same day', '2021-10-19']]);
  });

  it('leaves "the day before the vote" alone', () => {
    expect(times('Troops arrived the day before the vote.')).toEqual([]);
  });
});

describe('resolveTimes resolves weekends from a Sunday', () => {
  it.each([
    ['Clashes broke out at the weekend.', '2021-10-16/2021-10-17'],
    ['Clashes broke out last weekend.', '2021-10-09/2021-10-10'],
    ['Talks resume next weekend.', '2021-10-23/2021-10-24'],
  ])('%s', (sentence, value) => {
    expect(times(sentence, '2021-10-17')[0]?.value).toBe(value);
  });
});

describe('resolveTimes without a full publication date', () => {
  it('leaves relative expressions unresolved and says why, but resolves absolute ones', () => {
    const found = times('The office set up in 2002 closed on Monday, after talks in October 2019 and on November 1.', null);
    expect(found.map(brief)).toEqual([['in 2002', '2002'], ['on Monday', null], ['October 2019', '2019-10'], ['November 1', null]]);
    expect(found[1]?.unresolved).toMatch(/publication date/u);
    expect(found[0]?.unresolved).toBeNull();
  });

  it('resolves "last year" but not "yesterday" against a publication month', () => {
    const found = times('Prices rose last year and fell yesterday.', '2021-10');
    expect(found.map(brief)).toEqual([['last year', '2020'], ['yesterday', null]]);
    expect(found[1]?.unresolved).toMatch(/only its month/u);
  });
});

describe('resolveTimes reads every sentence that may hold a time', () => {
  it('reads a sentence whose only cue is spelt with a Kelvin sign, which Unicode case folding makes a "k"', () => {
    expect(times('The ministers met earlier this wee\u212a.').map(brief)).toEqual([['earlier this wee\u212a', '2021-10-18/2021-10-24']]);
  });
});
