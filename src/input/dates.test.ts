import { describe, expect, it } from 'vitest';
import { parsePartialDate, parsePublished } from './dates.js';

describe('publication dates', () => {
  it('keeps the precision the input gives', () => {
    expect(parsePartialDate('2021-10-19')).toBe('2021-10-19');
    expect(parsePartialDate('2021-10')).toBe('2021-10');
    expect(parsePartialDate('2021')).toBe('2021');
  });

  it('rejects dates that do not exist', () => {
    expect(parsePartialDate('2021-13')).toBeNull();
    expect(parsePartialDate('2021-02-29')).toBeNull();
    expect(parsePartialDate('2020-02-29')).toBe('2020-02-29');
    expect(parsePartialDate('2021-04-31')).toBeNull();
    expect(parsePartialDate('21-10-19')).toBeNull();
    expect(parsePartialDate('19 October 2021')).toBeNull();
  });

  it('reads the day of an ISO timestamp, as JSON feeds give it', () => {
    expect(parsePublished('2021-10-19T08:30:00Z')).toBe('2021-10-19');
    expect(parsePublished(' 2021-10 ')).toBe('2021-10');
    expect(parsePublished('yesterday')).toBeNull();
  });
});
