import { describe, expect, it } from 'vitest';
import { codePrefixes, isBlockPrefix, netPeriodRows, periodOf, periodRows } from './dyad-periods.js';

const day = { source_code: 'RUSGOV', target_code: 'IGOWSTNAT', day: '2021-10-20', quad_class: 4, clusters: 1, mentions: 3, goldstein_sum: -4 };

describe('dyad-periods', () => {
  it('takes the prefixes of whole 3-letter blocks, leaving out a part block', () => {
    expect(codePrefixes('RUSGOV')).toEqual(['RUS', 'RUSGOV']);
    expect(codePrefixes('IGOWSTNAT')).toEqual(['IGO', 'IGOWST', 'IGOWSTNAT']);
    expect(codePrefixes('ABCDE')).toEqual(['ABC']);
    expect([isBlockPrefix('RUS'), isBlockPrefix('RUSGOV'), isBlockPrefix('RUSG'), isBlockPrefix('')]).toEqual([true, true, false, false]);
  });

  it('files a day under its day, its ISO week (by Monday) and its month', () => {
    expect(['day', 'week', 'month'].map((unit) => periodOf('2021-10-24', unit as 'day'))).toEqual(['2021-10-24', '2021-10-18', '2021-10']);
    expect(periodOf('2022-01-01', 'week')).toBe('2021-12-27');
  });

  it('adds a day sum to every unit and pair of prefixes', () => {
    const rows = periodRows(day);
    expect(rows).toHaveLength(3 * 2 * 3);
    expect(rows).toContainEqual({ source_prefix: 'RUS', target_prefix: 'IGOWSTNAT', unit: 'week', period: '2021-10-18', quad_class: 4, clusters: 1, mentions: 3, goldstein_sum: -4 });
  });

  it('nets a cluster moved within a week to nothing for the week and month, and a move for the days', () => {
    const before = { ...day, clusters: -1, mentions: -3, goldstein_sum: 4 };
    const after = { ...day, day: '2021-10-19' };
    const rows = netPeriodRows([before, after]);
    expect(new Set(rows.map((r) => r.unit))).toEqual(new Set(['day']));
    expect(rows.filter((r) => r.source_prefix === 'RUS' && r.target_prefix === 'IGO').map((r) => [r.period, r.clusters])).toEqual([
      ['2021-10-19', 1],
      ['2021-10-20', -1],
    ]);
  });
});
