/**
 * Plain text from an HTML fragment, one paragraph per block element, so that sentence splitting and headings
 * still see the paragraph breaks: "<p>One.</p><p>Two.</p>" -> "One.\n\nTwo.".
 */
import { parseHTML } from 'linkedom';

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td';
const SPACE = /\s+/gu;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(SPACE, ' ').trim();
}

export function htmlToText(html: string): string {
  if (!html.includes('<')) return clean(html);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: string[] = [];
  for (const element of document.querySelectorAll(BLOCKS)) {
    // A block inside another block (a <p> in an <li>) is already in its parent's text.
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = clean(element.textContent);
    if (text) blocks.push(text);
  }
  return blocks.length > 0 ? blocks.join('\n\n') : clean(document.body.textContent);
}
