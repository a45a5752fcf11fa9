import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isRealDay, nearestYear, parseRef, weekdayNear, weekdayOf } from './calendar.js';

const TUESDAY = { year: 2021, month: 10, day: 19 };
const REF = { year: 2021, month: 10, day: 19 };

describe('calendar', () => {
  it('parses publication dates of each precision and rejects others', () => {
    expect(parseRef('2021-10-19')).toEqual(REF);
    expect(parseRef('2021-10')).toEqual({ year: 2021, month: 10, day: null });
    expect(parseRef('2021')).toEqual({ year: 2021, month: null, day: null });
    expect(parseRef('19 October 2021')).toBeNull();
    expect(parseRef(null)).toBeNull();
  });

  it('adds days and months across year ends', () => {
    expect(addDays({ year: 2021, month: 12, day: 31 }, 1)).toEqual({ year: 2022, month: 1, day: 1 });
    expect(addDays({ year: 2020, month: 3, day: 1 }, -1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addMonths(2021, 1, -1)).toEqual({ year: 2020, month: 12 });
    expect(addMonths(2021, 11, 14)).toEqual({ year: 2023, month: 1 });
  });

  it('knows weekdays and real days', () => {
    expect(weekdayOf(TUESDAY)).toBe(2);
    expect(isRealDay({ year: 2021, month: 2, day: 29 })).toBe(false);
    expect(isRealDay({ year: 2024, month: 2, day: 29 })).toBe(true);
  });

  it('finds the weekday nearest the reference in each direction', () => {
    expect(weekdayNear(TUESDAY, 1, 'past')).toEqual({ year: 2021, month: 10, day: 18 });
    expect(weekdayNear(TUESDAY, 2, 'past')).toEqual(TUESDAY);
    expect(weekdayNear(TUESDAY, 2, 'past-strict')).toEqual({ year: 2021, month: 10, day: 12 });
    expect(weekdayNear(TUESDAY, 5, 'future')).toEqual({ year: 2021, month: 10, day: 22 });
    expect(weekdayNear(TUESDAY, 2, 'future-strict')).toEqual({ year: 2021, month: 10, day: 26 });
    expect(weekdayNear(TUESDAY, 0, 'past')).toEqual({ year: 2021, month: 10, day: 17 });
  });

  it('chooses the year of a month-day by distance and tense', () => {
    expect(nearestYear(REF, 11, 1, 'unknown')).toBe(2021);
    expect(nearestYear(REF, 4, 2, 'unknown')).toBe(2021);
    expect(nearestYear(REF, 4, 2, 'future')).toBe(2022);
    expect(nearestYear(REF, 11, 1, 'past')).toBe(2020);
    expect(nearestYear(REF, 3, null, 'unknown')).toBe(2021);
    expect(nearestYear(REF, 1, null, 'unknown')).toBe(2022);
    expect(nearestYear(REF, 1, null, 'future')).toBe(2022);
    expect(nearestYear({ year: 2021, month: null, day: null }, 1, 5, 'future')).toBe(2021);
  });

  it('keeps a date just behind the reference in future context: what is under way', () => {
    expect(nearestYear(REF, 10, 14, 'future')).toBe(2021);
    expect(nearestYear(REF, 9, 1, 'future')).toBe(2022);
  });
});
