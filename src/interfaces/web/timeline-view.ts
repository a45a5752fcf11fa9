/**
 * View 3, an actor's timeline: `#/timeline?actor=IRN`. Every stored event the actor takes part in (as source or
 * target), placed by date and Goldstein value and coloured by QuadClass, then listed newest first.
 */
import * as Plot from '@observablehq/plot';
import type { EventRow } from './api.js';
import { field, h, QUAD_COLOURS, QUAD_NAMES, quadName, status } from './dom.js';
import { actorInput, actorSuggestions, eventList, events } from './shared-parts.js';

function day(date: string): Date {
  const full = date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date.slice(0, 10);
  return new Date(`${full}T00:00:00Z`);
}

function timelineChart(rows: readonly EventRow[], actor: string, width: number): Element {
  const data = rows.filter((r) => r.date !== null).map((r) => ({ date: day(r.date ?? ''), goldstein: r.goldstein, quad: quadName(r.quadClass), label: `${r.date} ${r.source ?? '—'} → ${r.target ?? '—'} ${r.code}\n${r.evidence}` }));
  return Plot.plot({
    width,
    height: 300,
    marginLeft: 48,
    ariaLabel: `Events of ${actor} over time by Goldstein value`,
    x: { type: 'utc', label: null },
    y: { label: 'Goldstein', domain: [-10, 10], grid: true },
    color: { domain: [...QUAD_NAMES], range: [...QUAD_COLOURS], legend: true },
    marks: [Plot.ruleY([0]), Plot.dot(data, { x: 'date', y: 'goldstein', fill: 'quad', r: 5, stroke: 'white', title: 'label', tip: true })],
  });
}

export async function timelineView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const actor = params.get('actor') ?? '';
  const input = actorInput('timeline-actor', actor, 'Iran or IRN');
  const form = h('form', { class: 'row', 'aria-label': 'Pick an actor' }, field('Actor', input), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/timeline?${new URLSearchParams({ actor: input.value }).toString()}`;
  });
  const out = h('div', { class: 'results' });
  root.replaceChildren(h('h2', {}, 'Timeline of an actor'), await actorSuggestions(), form, out);
  if (!actor) {
    out.replaceChildren(status('Pick an actor, by code or by name.'));
    return;
  }
  out.replaceChildren(status('Loading…'));
  const rows = await events({ actor, limit: 500, background: 'true' });
  if (rows.length === 0) {
    out.replaceChildren(status(`No stored events for ${actor}.`));
    return;
  }
  const width = Math.max(320, Math.min(root.clientWidth, 1100));
  out.replaceChildren(h('figure', { class: 'chart', id: 'timeline-chart' }, timelineChart(rows, actor, width)), h('h3', {}, `Events (${rows.length})`), eventList(rows, `Events of ${actor}`));
}
