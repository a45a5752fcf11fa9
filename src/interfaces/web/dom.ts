/** A tiny element builder, so that views read as the markup they make: `h('a', { href }, 'text')`. */
type Child = Node | string | null | undefined | false;
type Attrs = Record<string, string | number | boolean | null | undefined | ((event: Event) => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/u, ''), value);
    else if (value === true) element.setAttribute(name, '');
    else if (value !== false && value !== null && value !== undefined) element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) if (child) element.append(child);
  return element;
}

export function field(label: string, control: HTMLElement): HTMLLabelElement {
  return h('label', { class: 'field' }, h('span', {}, label), control);
}

/** A status line that screen readers announce: "Loading…", "3 events", or an error. */
export function status(text: string, kind: 'info' | 'error' = 'info'): HTMLParagraphElement {
  return h('p', { class: `status ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export const QUAD_NAMES = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'] as const;
export const QUAD_COLOURS = ['#4c8dd6', '#1f5fa8', '#e69a3a', '#c8312b'] as const;

export function quadName(quadClass: number): string {
  return QUAD_NAMES[quadClass - 1] ?? 'Unknown';
}

/** Goldstein -10 (red) .. 0 (grey) .. +10 (blue): the same scale in the network and the lists. */
export function goldsteinColour(value: number): string {
  const t = Math.max(-1, Math.min(1, value / 10));
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 49, 43] : [31, 95, 168];
  const mix = grey.map((g, i) => Math.round(g + ((end[i] ?? g) - g) * Math.abs(t)));
  return `rgb(${mix.join(', ')})`;
}
