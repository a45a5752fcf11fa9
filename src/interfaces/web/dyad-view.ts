/**
 * View 2, a dyad over time: `#/dyad?a=RUS&b=NATO&by=month`. Counts per QuadClass in both directions (stacked
 * bars, one panel per direction), the mean Goldstein value per period, and the events under them.
 */
import * as Plot from '@observablehq/plot';
import { getJson, type SeriesRow } from './api.js';
import { field, h, QUAD_COLOURS, QUAD_NAMES, status } from './dom.js';
import { actorInput, actorSuggestions, eventList, events } from './shared-parts.js';

interface SeriesAnswer {
  readonly a: string;
  readonly b: string;
  readonly by: 'day' | 'week' | 'month';
  readonly rows: readonly SeriesRow[];
}

function periodDate(period: string): Date {
  return new Date(`${period.length === 7 ? `${period}-01` : period}T00:00:00Z`);
}

const INTERVAL = { day: 'day', week: 'monday', month: 'month' } as const;

function countsChart(answer: SeriesAnswer, width: number): Element {
  const data = answer.rows.flatMap((r) => [r.q1, r.q2, r.q3, r.q4].map((count, i) => ({ date: periodDate(r.period), direction: r.direction, quad: QUAD_NAMES[i], count })));
  return Plot.plot({
    width,
    height: 320,
    marginLeft: 48,
    marginRight: 96,
    ariaLabel: `Events per ${answer.by} by QuadClass, ${answer.a} to ${answer.b} and back`,
    x: { type: 'utc', label: null },
    y: { label: 'events', grid: true },
    fy: { label: null },
    color: { domain: [...QUAD_NAMES], range: [...QUAD_COLOURS], legend: true },
    marks: [Plot.rectY(data, { x: 'date', interval: INTERVAL[answer.by], y: 'count', fill: 'quad', fy: 'direction', tip: true }), Plot.ruleY([0])],
  });
}

function goldsteinChart(answer: SeriesAnswer, width: number): Element {
  const data = answer.rows.filter((r) => r.goldsteinMean !== null).map((r) => ({ date: periodDate(r.period), direction: r.direction, mean: r.goldsteinMean }));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 48,
    marginRight: 96,
    ariaLabel: `Mean Goldstein value per ${answer.by}, both directions`,
    x: { type: 'utc', label: null },
    y: { label: 'mean Goldstein', domain: [-10, 10], grid: true },
    color: { legend: true },
    marks: [Plot.ruleY([0]), Plot.lineY(data, { x: 'date', y: 'mean', stroke: 'direction', z: 'direction', marker: 'dot', tip: true })],
  });
}

function dataTable(rows: readonly SeriesRow[]): HTMLElement {
  const head = ['period', 'direction', ...QUAD_NAMES, 'mean Goldstein'];
  return h(
    'details',
    {},
    h('summary', {}, 'Data table'),
    h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, head.map((c) => h('th', { scope: 'col' }, c)))), h('tbody', {}, rows.filter((r) => r.total > 0).map((r) => h('tr', {}, [r.period, r.direction, r.q1, r.q2, r.q3, r.q4, r.goldsteinMean ?? ''].map((v) => h('td', {}, String(v)))))))),
  );
}

async function results(params: URLSearchParams, width: number): Promise<HTMLElement[]> {
  const answer = await getJson<SeriesAnswer>('/api/series', { a: params.get('a') ?? '', b: params.get('b') ?? '', by: params.get('by') ?? 'month' });
  const [ab, ba] = await Promise.all([events({ source: answer.a, target: answer.b, limit: 100 }), events({ source: answer.b, target: answer.a, limit: 100 })]);
  const all = [...ab, ...ba].sort((x, y) => (y.date ?? '').localeCompare(x.date ?? ''));
  const total = answer.rows.reduce((n, r) => n + r.total, 0);
  if (total === 0 && all.length === 0) return [status(`No stored events between ${answer.a} and ${answer.b}.`)];
  const charts = total > 0 ? [h('figure', { class: 'chart', id: 'dyad-counts' }, countsChart(answer, width)), h('figure', { class: 'chart', id: 'dyad-goldstein' }, goldsteinChart(answer, width)), dataTable(answer.rows)] : [status('No dated, asserted events to chart; the events are listed below.')];
  return [h('h3', {}, `${answer.a} ⇄ ${answer.b}: ${total} events per ${answer.by}`), ...charts, h('h3', {}, `Events (${all.length})`), eventList(all, `Events between ${answer.a} and ${answer.b}`)];
}

export async function dyadView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const a = actorInput('dyad-a', params.get('a') ?? '', 'Russia or RUS');
  const b = actorInput('dyad-b', params.get('b') ?? '', 'NATO or IGOWSTNAT');
  const by = h('select', { id: 'dyad-by' }, ['month', 'week', 'day'].map((p) => h('option', { value: p, selected: p === (params.get('by') ?? 'month') }, p)));
  const form = h('form', { class: 'row', 'aria-label': 'Pick two actors' }, field('Actor A', a), field('Actor B', b), field('Per', by), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/dyad?${new URLSearchParams({ a: a.value, b: b.value, by: by.value }).toString()}`;
  });
  const out = h('div', { class: 'results' });
  root.replaceChildren(h('h2', {}, 'Dyad over time'), await actorSuggestions(), form, out);
  if (!params.get('a') || !params.get('b')) {
    out.replaceChildren(status('Pick two actors, by code or by name.'));
    return;
  }
  out.replaceChildren(status('Loading…'));
  out.replaceChildren(...(await results(params, Math.max(320, Math.min(root.clientWidth, 1100)))));
}
