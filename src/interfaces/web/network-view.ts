/**
 * View 4, the actor network: `#/network`. Who acts on whom, edge width by events, edge colour by mean Goldstein
 * (red conflict, blue cooperation). Clicking an edge, or picking it in the list below (keyboard), lists its events;
 * clicking an actor opens its timeline.
 */
import cytoscape from 'cytoscape';
import { getJson, type NetworkEdge } from './api.js';
import { goldsteinColour, h, status } from './dom.js';
import { eventList, events } from './shared-parts.js';

function elements(edges: readonly NetworkEdge[]): cytoscape.ElementDefinition[] {
  const nodes = new Map<string, { label: string; weight: number }>();
  for (const e of edges) {
    for (const [code, name] of [[e.source, e.sourceName], [e.target, e.targetName]] as const) {
      const node = nodes.get(code) ?? { label: name ? `${name}\n${code}` : code, weight: 0 };
      node.weight += e.events;
      nodes.set(code, node);
    }
  }
  return [
    ...[...nodes].map(([id, n]) => ({ data: { id, label: n.label, size: 18 + Math.min(40, Math.sqrt(n.weight) * 8) } })),
    ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, index: i, width: 1 + Math.min(12, Math.sqrt(e.events) * 2), colour: goldsteinColour(e.goldsteinMean) } })),
  ];
}

const STYLE: cytoscape.StylesheetJson = [
  { selector: 'node', style: { label: 'data(label)', width: 'data(size)', height: 'data(size)', 'background-color': '#55606e', 'font-size': 11, 'text-wrap': 'wrap', 'text-valign': 'bottom', 'text-margin-y': 4, color: '#1b1f24', 'text-background-color': '#fbfcfd', 'text-background-opacity': 0.85, 'text-background-padding': '1px' } },
  { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85 } },
  { selector: 'edge:selected', style: { 'overlay-opacity': 0.2, 'overlay-color': '#000', opacity: 1 } },
];

function edgeName(e: NetworkEdge): string {
  return `${e.sourceName ?? e.source} → ${e.targetName ?? e.target}`;
}

async function showEdge(e: NetworkEdge, out: HTMLElement): Promise<void> {
  out.replaceChildren(status(`Loading events ${edgeName(e)}…`));
  // The API matches code prefixes (RUS takes in RUSGOV); an edge is one exact pair of codes.
  const rows = (await events({ source: e.source, target: e.target, limit: 200 })).filter((r) => r.source === e.source && r.target === e.target);
  out.replaceChildren(h('h3', { id: 'edge-title' }, `${edgeName(e)}: ${e.events} events, mean Goldstein ${e.goldsteinMean}`), eventList(rows, `Events ${edgeName(e)}`));
}

export async function networkView(root: HTMLElement): Promise<void> {
  root.replaceChildren(h('h2', {}, 'Actor network'), status('Loading…'));
  const { edges } = await getJson<{ edges: NetworkEdge[] }>('/api/network', { limit: 80 });
  if (edges.length === 0) {
    root.replaceChildren(h('h2', {}, 'Actor network'), status('No stored events with two coded actors.'));
    return;
  }
  const graph = h('div', { class: 'graph', id: 'network-graph', role: 'img', 'aria-label': `Network of ${edges.length} actor pairs; the list below has the same edges` });
  const out = h('div', { class: 'results', id: 'edge-events' }, status('Click an edge, or pick one in the list, to see its events.'));
  const list = h(
    'ul',
    { class: 'edge-list', 'aria-label': 'Edges' },
    edges.map((e) => h('li', {}, h('button', { type: 'button', onclick: () => void showEdge(e, out), style: `border-left-color: ${goldsteinColour(e.goldsteinMean)}` }, `${edgeName(e)} · ${e.events} · ${e.goldsteinMean}`))),
  );
  root.replaceChildren(h('h2', {}, 'Actor network'), h('p', { class: 'legend' }, 'Edge width: events. Colour: mean Goldstein, ', h('span', { style: `color: ${goldsteinColour(-10)}` }, 'conflict'), ' to ', h('span', { style: `color: ${goldsteinColour(10)}` }, 'cooperation'), '.'), graph, out, h('details', { open: true }, h('summary', {}, `Edges (${edges.length})`), list));
  const cy = cytoscape({ container: graph, elements: elements(edges), style: STYLE, layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 8000, idealEdgeLength: () => 90 }, wheelSensitivity: 0.3 });
  cy.on('tap', 'edge', (event) => {
    const edge = edges[Number(event.target.data('index'))];
    if (edge) void showEdge(edge, out);
  });
  cy.on('tap', 'node', (event) => {
    location.hash = `#/timeline?${new URLSearchParams({ actor: String(event.target.id()) }).toString()}`;
  });
}
