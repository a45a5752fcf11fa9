/**
 * The days a partial date covers, so that "events in October 2021" finds day, month and year dates alike.
 *
 *   "2021-10-19" -> 2021-10-19 .. 2021-10-19     "2021-10" -> 2021-10-01 .. 2021-10-31
 *   "2014"       -> 2014-01-01 .. 2014-12-31     "2019/2021" -> 2019-01-01 .. 2021-12-31
 */
export interface DayRange {
  readonly start: string;
  readonly end: string;
}

const PARTIAL = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/u;

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function bounds(value: string): DayRange | null {
  const m = PARTIAL.exec(value);
  if (!m?.groups?.year) return null;
  const { year, month, day } = m.groups;
  if (day !== undefined) return { start: value, end: value };
  if (month !== undefined) return { start: `${year}-${month}-01`, end: `${year}-${month}-${String(lastDayOfMonth(Number(year), Number(month))).padStart(2, '0')}` };
  return { start: `${year}-01-01`, end: `${year}-12-31` };
}

export function dayRange(value: string | null): DayRange | null {
  if (value === null) return null;
  const [from, to] = value.split('/');
  const first = from === undefined ? null : bounds(from);
  const last = to === undefined ? first : bounds(to);
  return first && last ? { start: first.start, end: last.end } : null;
}

/** Days since 1970-01-01 of an ISO day. */
export function epochDay(day: string): number {
  return Math.floor(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
}

export function dayFromEpoch(days: number): string {
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}
