import { describe, expect, it } from 'vitest';
import { wellBefore } from './event-date.js';

describe('wellBefore: a date more than a month before publication is background', () => {
  it('counts a historical year or last October as background', () => {
    expect(wellBefore('2014', '2021-10-19')).toBe(true);
    expect(wellBefore('2018-10', '2019-09-26')).toBe(true);
  });

  it('does not count this month, last month or a range reaching publication', () => {
    expect(wellBefore('2021-10', '2021-10-19')).toBe(false);
    expect(wellBefore('2020-08', '2020-09-02')).toBe(false);
    expect(wellBefore('2016/2021', '2021-10-19')).toBe(false);
  });

  it('takes a custom threshold: "since" needs a year', () => {
    expect(wellBefore('2019', '2021-10-19', 365)).toBe(true);
    expect(wellBefore('2019-06', '2019-11-24', 365)).toBe(false);
  });

  it('cannot say without a publication date', () => {
    expect(wellBefore('2014', null)).toBe(false);
  });
});

describe('wellBefore: the calendar date a value starts with', () => {
  it('reads a value with a time of day by its date', () => {
    expect(wellBefore('2021-08-01T10:00', '2021-10-19')).toBe(true);
    expect(wellBefore('2021-10-18T23:00', '2021-10-19')).toBe(false);
  });

  it('reads a month or day of one digit as absent: "2021-1" is the year 2021', () => {
    expect(wellBefore('2020-1', '2021-10-19')).toBe(true);
    expect(wellBefore('2021-1', '2021-10-19')).toBe(false);
  });

  it('cannot say for a value without a four-digit year', () => {
    expect(wellBefore('sometime', '2021-10-19')).toBe(false);
    expect(wellBefore('202', '2021-10-19')).toBe(false);
  });
});
