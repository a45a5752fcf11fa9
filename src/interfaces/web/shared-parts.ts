/** Pieces more than one view uses: the list of stored events and the actor suggestions for inputs. */
import { getJson, sentenceLink, type ActorRow, type EventRow, type Page } from './api.js';
import { goldsteinColour, h, quadName } from './dom.js';

export function eventItem(e: EventRow): HTMLLIElement {
  return h(
    'li',
    { class: 'event-row' },
    h('span', { class: 'date' }, e.date ?? 'no date'),
    h('span', { class: 'dyad' }, `${e.source ?? '—'} → ${e.target ?? '—'}`),
    h('span', { class: 'code', style: `border-color: ${goldsteinColour(e.goldstein)}`, title: `${quadName(e.quadClass)}, Goldstein ${e.goldstein}` }, `${e.code} · ${e.goldstein}`),
    e.mentions > 1 ? h('span', { class: 'meta' }, `${e.mentions} reports`) : null,
    h('a', { class: 'evidence', href: sentenceLink(e.article, e.evidence) }, e.evidence),
  );
}

export function eventList(events: readonly EventRow[], label: string): HTMLElement {
  if (events.length === 0) return h('p', { class: 'status' }, 'No stored events.');
  return h('ol', { class: 'event-list', 'aria-label': label }, events.map(eventItem));
}

export async function events(params: Record<string, string | number | undefined>): Promise<readonly EventRow[]> {
  return (await getJson<Page<EventRow>>('/api/events', params)).items;
}

let suggestions: Promise<HTMLDataListElement> | null = null;

/** One <datalist> of the most mentioned actors (names; codes as labels), fetched once per page load. */
export function actorSuggestions(): Promise<HTMLDataListElement> {
  suggestions ??= getJson<Page<ActorRow>>('/api/actors', { limit: 200 }).then((page) =>
    h('datalist', { id: 'actor-names' }, page.items.filter((a) => a.type !== 'place').map((a) => h('option', { value: a.name, label: a.code ?? a.type }))),
  );
  return suggestions;
}

export function actorInput(id: string, value: string, placeholder: string): HTMLInputElement {
  return h('input', { id, name: id, value, list: 'actor-names', placeholder, autocomplete: 'off', required: true });
}
