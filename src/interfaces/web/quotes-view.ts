/**
 * View 5, quotes by speaker: `#/quotes?speaker=Lavrov`. Stored quotes grouped by speaker, newest first, each
 * linking to its article; "More" follows the API's cursor.
 */
import { getJson, type Page, type QuoteRow } from './api.js';
import { field, h, status } from './dom.js';

function groups(rows: readonly QuoteRow[]): Map<string, QuoteRow[]> {
  const bySpeaker = new Map<string, QuoteRow[]>();
  for (const q of rows) {
    const key = q.speaker ? `${q.speaker}${q.code ? ` (${q.code})` : ''}` : 'Unattributed';
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), q]);
  }
  return bySpeaker;
}

function render(rows: readonly QuoteRow[]): HTMLElement[] {
  return [...groups(rows)].map(([speaker, quotes]) =>
    h(
      'section',
      { class: 'speaker', 'aria-label': speaker },
      h('h3', {}, `${speaker} · ${quotes.length}`),
      quotes.map((q) => h('figure', { class: 'quote' }, h('blockquote', { class: q.direct ? 'direct' : 'reported' }, q.text), h('figcaption', {}, `${q.direct ? 'direct' : 'reported'} · ${q.published ?? 'no date'} · `, h('a', { href: `#/article/${encodeURIComponent(q.article)}?${new URLSearchParams({ quote: q.text }).toString()}` }, 'in the article')))),
    ),
  );
}

export async function quotesView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const speaker = params.get('speaker') ?? '';
  const input = h('input', { id: 'quotes-speaker', value: speaker, placeholder: 'Lavrov, or RUSGOV', autocomplete: 'off' });
  const form = h('form', { class: 'row', 'aria-label': 'Filter by speaker' }, field('Speaker (part of the name, or a code)', input), h('button', { type: 'submit' }, 'Show'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/quotes?${new URLSearchParams(input.value ? { speaker: input.value } : {}).toString()}`;
  });
  const out = h('div', { class: 'results', id: 'quotes' }, status('Loading…'));
  root.replaceChildren(h('h2', {}, 'Quotes by speaker'), form, out);
  const rows: QuoteRow[] = [];
  const more = async (cursor?: string): Promise<void> => {
    const page = await getJson<Page<QuoteRow>>('/api/quotes', { speaker: speaker || undefined, limit: 100, cursor });
    rows.push(...page.items);
    const next = page.next;
    const button = next ? h('button', { type: 'button', onclick: () => void more(next) }, 'More quotes') : null;
    out.replaceChildren(rows.length === 0 ? status(speaker ? `No stored quotes by "${speaker}".` : 'No stored quotes.') : status(`${rows.length} quotes`), ...render(rows), button ?? '');
  };
  await more();
}
