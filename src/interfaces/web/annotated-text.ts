/**
 * Renders an annotated article: marks are focusable (Tab walks through them), hovering or focusing one shows its
 * codes, dates and provenance in the details panel; quotes and event sentences are shaded. The side list of events
 * highlights the sentence each was found in.
 */
import type { ContractOutput } from '../../core/index.js';
import { annotate, quoteDetails, type Annotated, type Mark, type Run } from './annotate.js';
import { goldsteinColour, h, quadName } from './dom.js';

function runElement(text: string, run: Run, annotated: Annotated, output: ContractOutput): HTMLElement {
  const piece = text.slice(run.start, run.end);
  const classes = [run.quote !== null ? 'in-quote' : '', run.sentence !== null ? 'in-event' : ''].filter(Boolean).join(' ');
  const shade = run.quote === null ? undefined : annotated.quotes[run.quote];
  const quote = shade === undefined ? undefined : output.quotes[shade.index];
  return h('span', { class: classes || null, 'data-sentence': run.sentence, 'data-quote': shade?.index, title: quote ? quoteDetails(quote).join('\n') : null }, piece);
}

/** Consecutive runs under one mark become one <mark> with its tag, so a mention reads as one unit. */
function textElement(text: string, annotated: Annotated, output: ContractOutput, show: (lines: readonly string[]) => void): HTMLElement {
  const body = h('div', { class: 'annotated', 'aria-label': 'Article text with annotations' });
  let open = null as { index: number; element: HTMLElement } | null;
  let sentenceStart = -1;
  for (const run of annotated.runs) {
    if (run.sentence !== null && run.sentence !== sentenceStart) body.append(h('span', { id: `sentence-${run.sentence}`, class: 'anchor' }));
    sentenceStart = run.sentence ?? -1;
    const piece = runElement(text, run, annotated, output);
    const mark: Mark | undefined = run.mark === null ? undefined : annotated.marks[run.mark];
    if (run.mark === null || mark === undefined) {
      open = null;
      body.append(piece);
      continue;
    }
    if (open?.index !== run.mark) {
      const element: HTMLElement = h('mark', { class: `m m-${mark.type}`, tabindex: 0, title: mark.details.join('\n'), 'aria-label': mark.details.join('; ') });
      const reveal = (): void => show(mark.details);
      element.addEventListener('mouseenter', reveal);
      element.addEventListener('focus', reveal);
      open = { index: run.mark, element };
      body.append(element);
      // The tag goes in after the last run of the mark: appended now, moved to the end as runs arrive.
      element.append(h('span', { class: 'tag', 'aria-hidden': 'true' }, mark.tag));
    }
    open.element.insertBefore(piece, open.element.lastChild);
  }
  return body;
}

/** Marks the runs of one event sentence (`data-sentence`) or one quote (`data-quote`) and scrolls to them. */
function highlight(container: HTMLElement, attribute: 'data-sentence' | 'data-quote', index: number): void {
  for (const el of container.querySelectorAll('.active-sentence')) el.classList.remove('active-sentence');
  const runs = container.querySelectorAll<HTMLElement>(`[${attribute}="${index}"]`);
  for (const el of runs) el.classList.add('active-sentence');
  runs[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function actor(ref: ContractOutput['events'][number]['source']): string {
  return ref ? (ref.code ?? ref.name) : '—';
}

function eventList(output: ContractOutput, onPick: (sentence: number) => void): HTMLElement {
  if (output.events.length === 0) return h('p', { class: 'status' }, 'No events coded in this article.');
  return h(
    'ol',
    { class: 'events', 'aria-label': 'Events' },
    output.events.map((e) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'event', onclick: () => onPick(e.sentence), title: `rule: ${e.rule}\nconfidence: ${e.confidence}${e.dateText ? `\ndate from: "${e.dateText}" (${e.dateBasis ?? ''})` : ''}` },
          h('span', { class: 'dyad' }, `${actor(e.source)} → ${actor(e.target)}`),
          h('span', { class: 'code', style: `border-color: ${goldsteinColour(e.goldstein)}` }, `${e.code}${e.plover ? ` ${e.plover}` : ''}`),
          h('span', { class: 'meta' }, `${e.date ?? 'no date'} · ${quadName(e.quadClass)} · Goldstein ${e.goldstein}${e.modality === 'asserted' ? '' : ` · ${e.modality}`}${e.background ? ' · background' : ''}`),
        ),
      ),
    ),
  );
}

const LEGEND = [['person', 'Person'], ['country', 'Country'], ['organization', 'Organisation'], ['group', 'Group'], ['place', 'Place'], ['time', 'Time']] as const;

/** What to show first: the sentence with this evidence (an event's link) or this quote (a quote's link). */
export interface ShowFirst {
  readonly evidence?: string;
  readonly quote?: string;
}

/** The annotated article: text with marks beside the list of its events. */
export function annotatedArticle(text: string, output: ContractOutput, first: ShowFirst = {}): HTMLElement {
  const annotated = annotate(text, output);
  const details = h('div', { class: 'details', role: 'status', 'aria-live': 'polite' }, 'Hover or focus a highlight for its codes, dates and provenance.');
  const show = (lines: readonly string[]): void => details.replaceChildren(...lines.map((l) => h('div', {}, l)));
  const body = textElement(text, annotated, output, show);
  const pick = (sentence: number): void => highlight(body, 'data-sentence', sentence);
  const legend = h('p', { class: 'legend' }, LEGEND.map(([type, label]) => h('span', { class: `m m-${type}` }, label)), h('span', { class: 'in-quote' }, 'Quote'), h('span', { class: 'in-event' }, 'Event sentence'));
  const view = h(
    'div',
    { class: 'article-layout' },
    h('article', { class: 'article-text' }, h('h2', {}, output.article.title ?? 'Untitled article'), h('p', { class: 'meta' }, `${output.article.published ?? 'no date'} · ${output.article.source}`), legend, body),
    h('aside', { class: 'side', 'aria-label': 'Events and details' }, h('h3', {}, `Events (${output.events.length})`), eventList(output, pick), h('h3', {}, 'Details'), details),
  );
  const target = first.evidence === undefined ? undefined : output.events.find((e) => e.evidence === first.evidence);
  const quote = first.quote === undefined ? -1 : output.quotes.findIndex((q) => q.text === first.quote);
  if (target) requestAnimationFrame(() => pick(target.sentence));
  else if (quote >= 0) requestAnimationFrame(() => highlight(body, 'data-quote', quote));
  return view;
}
