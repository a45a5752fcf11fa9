/**
 * Publication dates as web pages and feeds write them, reduced to the ISO day.
 *
 *   "2021-10-19T08:00:00+02:00"        -> "2021-10-19" (the date as written, not shifted to UTC)
 *   "Tue, 19 Oct 2021 08:00:00 GMT"    -> "2021-10-19"
 *   "yesterday"                        -> null
 */
import type { PartialDate } from '../../core/index.js';
import { parsePartialDate } from '../../input/index.js';

const ISO_START = /^(?<day>\d{4}-\d{2}-\d{2})(?:[T ]|$)/u;

export function publishedDate(value: string | null | undefined): PartialDate | null {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const iso = ISO_START.exec(trimmed)?.groups?.day;
  if (iso) return parsePartialDate(iso);
  const partial = parsePartialDate(trimmed);
  if (partial) return partial;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}
