/**
 * The web UI's entry: a hash router over the five views. `#/dyad?a=RUS&b=NATO` is a view and its parameters, so
 * every state can be bookmarked, shared and reached with the browser's back button.
 */
import { articleView } from './article-view.js';
import { status } from './dom.js';
import { dyadView } from './dyad-view.js';
import { networkView } from './network-view.js';
import { quotesView } from './quotes-view.js';
import { timelineView } from './timeline-view.js';

interface Route {
  readonly name: string;
  readonly id: string | undefined;
  readonly params: URLSearchParams;
}

/** "#/article/sha256-ab?evidence=x" -> { name: "article", id: "sha256-ab", params: evidence=x } */
export function parseRoute(hash: string): Route {
  const [path = '', query = ''] = hash.replace(/^#\/?/u, '').split('?', 2);
  const [name = '', ...rest] = path.split('/');
  return { name: name || 'article', id: rest.length > 0 ? decodeURIComponent(rest.join('/')) : undefined, params: new URLSearchParams(query) };
}

const VIEWS: Record<string, (root: HTMLElement, route: Route) => Promise<void>> = {
  article: (root, r) => articleView(root, r.id, r.params),
  dyad: (root, r) => dyadView(root, r.params),
  timeline: (root, r) => timelineView(root, r.params),
  network: (root) => networkView(root),
  quotes: (root, r) => quotesView(root, r.params),
};

let rendering = 0;

async function render(): Promise<void> {
  const root = document.getElementById('view');
  if (!root) return;
  const route = parseRoute(location.hash);
  const view = VIEWS[route.name] ?? ((r: HTMLElement) => articleView(r, undefined, route.params));
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-route]')) {
    if (link.dataset.route === route.name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `dyad · ${route.name}`;
  const mine = ++rendering;
  root.setAttribute('aria-busy', 'true');
  try {
    await view(root, route);
  } catch (err) {
    if (mine === rendering) root.replaceChildren(status((err as Error).message, 'error'));
  } finally {
    if (mine === rendering) root.setAttribute('aria-busy', 'false');
  }
}

// After a change of view, focus moves to the new content, so that keyboard and screen reader users start there.
window.addEventListener('hashchange', () => void render().then(() => document.getElementById('view')?.focus({ preventScroll: true })));
void render();
