/**
 * Which cluster an event report belongs to: the same source, target, CAMEO root, modality and background flag, in
 * the same date window. Windows are fixed blocks of days counted from 1970-01-01, so the key depends on the event
 * alone, never on what was ingested before: a rerun, or another order, builds the same clusters.
 *
 *   RUS 161 IGOWSTNAT on 2021-10-18 and RUS 163 IGOWSTNAT on 2021-10-19 (window 3 days) -> one cluster "…|16|…"
 *   an event without a date -> a cluster of its own article: it cannot be matched to other reports
 */
import type { ContractOutput } from '../core/index.js';
import { epochDay } from './date-range.js';

type ContractEvent = ContractOutput['events'][number];
type ActorRef = ContractEvent['source'];

export const DEFAULT_WINDOW_DAYS = 3;
const DAY = /^\d{4}-\d{2}-\d{2}$/u;

function actorKey(actor: ActorRef): string {
  if (!actor) return '-';
  return actor.code ?? `~${actor.name.toLowerCase()}`;
}

function windowKey(date: string | null, articleId: string, windowDays: number): string {
  if (date === null) return `article:${articleId}`;
  if (DAY.test(date)) return `w${windowDays}:${Math.floor(epochDay(date) / windowDays)}`;
  return date;
}

export function clusterKey(event: ContractEvent, articleId: string, windowDays = DEFAULT_WINDOW_DAYS): string {
  return [actorKey(event.source), actorKey(event.target), event.root, event.modality, event.background ? 'bg' : 'news', windowKey(event.date, articleId, windowDays)].join('|');
}
