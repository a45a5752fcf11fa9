import { describe, expect, it } from 'vitest';
import { period, periodsBetween } from './periods.js';

describe('periods', () => {
  it('names a week by its Monday and a month by YYYY-MM', () => {
    expect(period('2021-10-20', 'week')).toBe('2021-10-18');
    expect(period('2021-10-18', 'week')).toBe('2021-10-18');
    expect(period('2021-10-24', 'week')).toBe('2021-10-18');
    expect(period('2021-10-20', 'month')).toBe('2021-10');
  });

  it('lists every period between two, across a year end', () => {
    expect(periodsBetween('2021-11', '2022-02', 'month')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(periodsBetween('2021-12-27', '2022-01-10', 'week')).toEqual(['2021-12-27', '2022-01-03', '2022-01-10']);
  });
});
