/**
 * View 1, the annotated article: `#/article` offers the stored articles and a paste box (coded by
 * `POST /api/code`, nothing stored); `#/article/ID?evidence=…` opens a stored one at an event's sentence,
 * `?quote=…` at a quote.
 */
import { codeText, getJson, type ArticleDocument, type ArticleSummary } from './api.js';
import { annotatedArticle } from './annotated-text.js';
import { field, h, status } from './dom.js';

function pasteForm(result: HTMLElement): HTMLElement {
  const text = h('textarea', { id: 'paste-text', rows: 8, required: true, placeholder: 'date 2024-03-01\nTitle\n\nThe article text…' });
  const date = h('input', { id: 'paste-date', type: 'date' });
  const form = h('form', { class: 'paste', 'aria-label': 'Code an article' }, field('Article text (a first line "date YYYY-MM-DD" sets the date)', text), h('div', { class: 'row' }, field('Publication date (optional)', date), h('button', { type: 'submit' }, 'Code article')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    result.replaceChildren(status('Coding…'));
    codeText(text.value, date.value || undefined)
      .then((output) => result.replaceChildren(annotatedArticle(text.value, output)))
      .catch((err: Error) => result.replaceChildren(status(err.message, 'error')));
  });
  return form;
}

async function storedList(): Promise<HTMLElement> {
  const { items } = await getJson<{ items: ArticleSummary[] }>('/api/articles', { limit: 100 });
  if (items.length === 0) return status('The store is empty: run `dyad ingest` or paste an article below.');
  return h(
    'ul',
    { class: 'article-list', 'aria-label': 'Stored articles' },
    items.map((a) => h('li', {}, h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, a.title ?? a.id), h('span', { class: 'meta' }, ` ${a.published ?? 'no date'} · ${a.events} events · ${a.quotes} quotes`))),
  );
}

export async function articleView(root: HTMLElement, id: string | undefined, params: URLSearchParams): Promise<void> {
  if (id) {
    root.replaceChildren(status('Loading the article…'));
    const doc = await getJson<ArticleDocument>(`/api/articles/${encodeURIComponent(id)}`);
    root.replaceChildren(h('p', {}, h('a', { href: '#/article' }, '← All articles')), annotatedArticle(doc.text, doc.output, { evidence: params.get('evidence') ?? undefined, quote: params.get('quote') ?? undefined }));
    return;
  }
  const result = h('div', { class: 'paste-result', id: 'paste-result' });
  root.replaceChildren(h('h2', {}, 'Articles'), await storedList(), h('h2', {}, 'Code an article'), pasteForm(result), result);
}
