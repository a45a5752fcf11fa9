/** A half-open character range `[start, end)` into `Article.text` (JS string indices). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span together with the text it covers, as it appears in the article. */
export interface TextSpan extends Span {
  readonly text: string;
}

/** True when the two spans share at least one character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** True when `inner` lies wholly inside `outer`. */
export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Cuts `span` out of `text`, keeping its offsets: `sliceSpan("a big cat", {start: 2, end: 5})` -> "big". */
export function sliceSpan(text: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: text.slice(span.start, span.end) };
}
