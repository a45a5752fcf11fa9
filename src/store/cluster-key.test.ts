import { describe, expect, it } from 'vitest';
import type { ContractOutput } from '../core/index.js';
import { clusterKey } from './cluster-key.js';
import { dayRange } from './date-range.js';

type ContractEvent = ContractOutput['events'][number];

function event(code: string, date: string | null, extra: Partial<ContractEvent> = {}): ContractEvent {
  return {
    sentence: 0, evidence: '', source: { code: 'RUS', name: 'Russia' }, target: { code: 'IGOWSTNAT', name: 'NATO' }, code, root: code.slice(0, 2),
    quadClass: 4, goldstein: -4, plover: null, date, dateText: null, dateBasis: null, modality: 'asserted', background: false, location: null,
    reportedBy: null, confidence: 0.9, rule: 'test', ...extra,
  };
}

describe('clusterKey', () => {
  it('puts codes of one family in the same 3-day window together', () => {
    expect(clusterKey(event('161', '2021-10-18'), 'a1')).toBe(clusterKey(event('163', '2021-10-19'), 'a2'));
  });

  it('splits by window, modality, background and direction', () => {
    const base = clusterKey(event('161', '2021-10-18'), 'a1');
    expect(clusterKey(event('161', '2021-10-25'), 'a1')).not.toBe(base);
    expect(clusterKey(event('161', '2021-10-18', { modality: 'negated' }), 'a1')).not.toBe(base);
    expect(clusterKey(event('161', '2021-10-18', { background: true }), 'a1')).not.toBe(base);
    expect(clusterKey(event('161', '2021-10-18', { source: { code: 'IGOWSTNAT', name: 'NATO' }, target: { code: 'RUS', name: 'Russia' } }), 'a1')).not.toBe(base);
  });

  it('keeps undated events to their article, and month dates to their month', () => {
    expect(clusterKey(event('161', null), 'a1')).not.toBe(clusterKey(event('161', null), 'a2'));
    expect(clusterKey(event('161', '2021-10'), 'a1')).toBe(clusterKey(event('161', '2021-10'), 'a2'));
  });
});

describe('dayRange', () => {
  it('gives the days a partial date covers', () => {
    expect(dayRange('2021-02')).toEqual({ start: '2021-02-01', end: '2021-02-28' });
    expect(dayRange('2014')).toEqual({ start: '2014-01-01', end: '2014-12-31' });
    expect(dayRange('2019/2021-06')).toEqual({ start: '2019-01-01', end: '2021-06-30' });
    expect(dayRange(null)).toBeNull();
  });
});
