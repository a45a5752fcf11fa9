/**
 * Finds the spans inside quote marks, one paragraph at a time, in one pass over the characters.
 *
 * Straight marks have no direction, so a mark's neighbours decide: `said, "We` opens (space before, a word after),
 * `equals". He` closes. Curly marks settle ties. Marks inside an open quote nest (`"The "United States" is …"`).
 * Single marks count only outside double quotes and never between letters, so `Nato’s` and `don't` stay words.
 * A quote never crosses a paragraph break: one still open at the end of its paragraph ends there; it is kept when
 * the next paragraph opens a quote again (a quote running over paragraphs) or it reads as speech, dropped otherwise.
 * A kept one may go on in the next paragraph up to a closing mark there, as a quote of its own.
 */
import type { Span } from '../../core/index.js';

/** One quoted span: `start`/`end` enclose the inside, without the marks. */
export interface QuoteSpan extends Span {
  readonly paragraph: number;
  /** Offset of the opening mark; for a quote carried over from the paragraph before, the break before `start`. */
  readonly open: number;
  /** Offset of the closing mark; null when the paragraph ended first. */
  readonly close: number | null;
  /** Straight or curly double marks, or single marks. */
  readonly marks: 'double' | 'single';
}

export interface Paragraph extends Span {
  readonly index: number;
}

const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const SINGLE = new Set(["'", '\u2018', '\u2019']);
const OPENING_ONLY = new Set(['\u201c', '\u201e', '\u00ab', '\u2018']);
const CLOSING_ONLY = new Set(['\u201d', '\u00bb', '\u2019']);
const WORD = /[\p{L}\p{N}]/u;
/** Every mark of either set, to jump from mark to mark instead of reading every character. */
const ANY_MARK = /["'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019]/u;
const SPACE_OR_OPENER = /[\s([{\u2014\u2013/-]/u;
const SPACE_OR_CLOSER = /[\s.,;:!?)\]}\u2014\u2013/-]/u;
const ENDS_LIKE_SPEECH = /[.!?\u2026]\s*$/u;

type Side = 'open' | 'close' | null;

/** Which way a mark faces, from its neighbours: `prev` and `next` are '' at the paragraph's edges. */
function sideOf(mark: string, prev: string, next: string): Side {
  const canOpen = (prev === '' || SPACE_OR_OPENER.test(prev) || DOUBLE.has(prev) || SINGLE.has(prev)) && next !== '' && !/\s/u.test(next);
  const canClose = prev !== '' && !/\s/u.test(prev) && (next === '' || SPACE_OR_CLOSER.test(next) || DOUBLE.has(next) || SINGLE.has(next));
  if (canOpen && canClose) return OPENING_ONLY.has(mark) ? 'open' : CLOSING_ONLY.has(mark) ? 'close' : null;
  if (canOpen) return 'open';
  if (canClose) return 'close';
  return null;
}

interface Open {
  readonly at: number;
  readonly marks: 'double' | 'single';
}

interface Scanned {
  readonly spans: QuoteSpan[];
  /** The paragraph ended inside a quote that reads as speech. */
  readonly unclosed: boolean;
}

/**
 * The quoted spans of one paragraph, outermost only. `reopened`: the next paragraph opens a quote. `carried`: the
 * paragraph before ended inside a quote and this one does not reopen it, so a first closing mark ends that quote
 * (`said, "We learned a lot.¶It was a long day."`).
 */
function scanParagraph(text: string, p: Paragraph, reopened: boolean, carried: boolean): Scanned {
  const spans: QuoteSpan[] = [];
  const stack: Open[] = carried ? [{ at: p.start - 1, marks: 'double' }] : [];
  const marks = new RegExp(ANY_MARK.source, 'gu');
  marks.lastIndex = p.start;
  for (let m = marks.exec(text); m && m.index < p.end; m = marks.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const double = DOUBLE.has(ch);
    const prev = i > p.start ? text.charAt(i - 1) : '';
    const next = i + 1 < p.end ? text.charAt(i + 1) : '';
    if (!double && (WORD.test(prev) && WORD.test(next))) continue; // an apostrophe: Nato’s, don't
    if (!double && stack.some((o) => o.marks === 'double')) continue; // single marks nested in a double quote
    const side = sideOf(ch, prev, next) ?? (stack.length > 0 ? 'close' : null);
    const kind = double ? 'double' : 'single';
    if (side === 'open') {
      stack.push({ at: i, marks: kind });
      continue;
    }
    if (side !== 'close') continue;
    // Close the innermost quote of the same kind; with none open, the mark is a stray or an apostrophe (members').
    const depth = stack.findLastIndex((o) => o.marks === kind);
    const opened = stack[depth];
    if (!opened) continue;
    stack.length = depth;
    if (depth === 0) spans.push({ start: opened.at + 1, end: i, paragraph: p.index, open: opened.at, close: i, marks: kind });
  }
  const outer = stack[0];
  if (outer?.marks === 'double' && outer.at >= p.start && (reopened || ENDS_LIKE_SPEECH.test(text.slice(outer.at + 1, p.end)))) {
    spans.push({ start: outer.at + 1, end: p.end, paragraph: p.index, open: outer.at, close: null, marks: outer.marks });
    return { spans, unclosed: true };
  }
  return { spans, unclosed: false };
}

/** True when the paragraph's first character is an opening quote mark. */
function opensWithQuote(text: string, p: Paragraph | undefined): boolean {
  if (!p) return false;
  const ch = text.charAt(p.start);
  return DOUBLE.has(ch) && ch !== '\u201d' && ch !== '\u00bb';
}

/** The quoted spans of the article, in text order. Paragraphs must be in text order. */
export function findQuoteSpans(text: string, paragraphs: readonly Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let unclosed = false;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k];
    if (!p) continue;
    const scanned = scanParagraph(text, p, opensWithQuote(text, paragraphs[k + 1]), unclosed && !opensWithQuote(text, p));
    spans.push(...scanned.spans);
    unclosed = scanned.unclosed;
  }
  return spans;
}
