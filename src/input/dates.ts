/** Publication dates as the input gives them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, checked to be real dates. */
import type { PartialDate } from '../core/index.js';

const PARTIAL_DATE = /^(?<year>\d{4})(?:-(?<month>\d{2})(?:-(?<day>\d{2}))?)?$/u;

/** Returns the date when it is a real calendar date ("2021-02-30" is not), else null. */
export function parsePartialDate(value: string): PartialDate | null {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m?.groups) return null;
  const { year, month, day } = m.groups;
  if (month === undefined) return year ?? null;
  const mm = Number(month);
  if (mm < 1 || mm > 12) return null;
  if (day === undefined) return `${year}-${month}`;
  const dd = Number(day);
  const daysInMonth = new Date(Date.UTC(Number(year), mm, 0)).getUTCDate();
  return dd >= 1 && dd <= daysInMonth ? `${year}-${month}-${day}` : null;
}

/** Accepts an ISO timestamp too ("2021-10-19T08:00:00Z" -> "2021-10-19"), as JSON feeds often carry one. */
export function parsePublished(value: string): PartialDate | null {
  const trimmed = value.trim();
  const datePart = /^\d{4}-\d{2}-\d{2}T/u.test(trimmed) ? trimmed.slice(0, 10) : trimmed;
  return parsePartialDate(datePart);
}
