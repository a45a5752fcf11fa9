/**
 * Turns an article's text and its coded output into runs of text for a displaCy-like view: entity mentions and
 * times are marks (no two overlap: the earlier, then longer one wins), quotes and event sentences shade the runs
 * they cover. Pure, so that it is tested without a browser.
 *
 *   "Russia closed it on Monday."  ->  [Russia](mark RUS) " closed it " [on Monday](mark 2021-10-18) "."
 */
import type { ContractOutput } from '../../core/index.js';

export type MarkKind = 'entity' | 'time';

export interface Mark {
  readonly kind: MarkKind;
  readonly start: number;
  readonly end: number;
  /** The short tag shown after the mark: a CAMEO code, an entity type, or a date. */
  readonly tag: string;
  /** A CSS class suffix: the entity type, or "time". */
  readonly type: string;
  /** Codes, dates and provenance, one fact per line, for the hover and the details panel. */
  readonly details: readonly string[];
}

export interface Shade {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

export interface Run {
  readonly start: number;
  readonly end: number;
  readonly mark: number | null;
  readonly quote: number | null;
  /** The sentence index of the events found in this run's sentence. */
  readonly sentence: number | null;
}

export interface Annotated {
  readonly marks: readonly Mark[];
  readonly quotes: readonly Shade[];
  /** Where each event sentence is in the text, by sentence index. */
  readonly sentences: ReadonlyMap<number, Shade>;
  readonly runs: readonly Run[];
}

type Output = Pick<ContractOutput, 'entities' | 'times' | 'quotes' | 'events'>;

function entityMarks(output: Output): Mark[] {
  return output.entities.flatMap((e) =>
    e.mentions.map((m) => ({
      kind: 'entity' as const,
      start: m.start,
      end: m.end,
      tag: e.code ?? e.type,
      type: e.type,
      details: [`${e.name} (${e.type})`, `code: ${e.code ?? 'none'}`, ...(e.role ? [`role: ${e.role}`] : []), ...(e.affiliation ? [`code from: ${e.affiliation}`] : []), `mention: "${m.text}" at ${m.start}–${m.end}`],
    })),
  );
}

function timeMarks(output: Output): Mark[] {
  return output.times.map((t) => ({
    kind: 'time' as const,
    start: t.start,
    end: t.end,
    tag: t.value ?? 'unresolved',
    type: 'time',
    details: [`"${t.text}" → ${t.value ?? 'unresolved'} (${t.precision})`, ...(t.stated.length > 0 ? [`stated: ${t.stated.join(', ')}`] : []), ...(t.implied.length > 0 ? [`implied: ${t.implied.join(', ')}`] : []), ...(t.unresolved ? [`why unresolved: ${t.unresolved}`] : [])],
  }));
}

/** Sorted, without overlaps: a mark that starts inside the previous one is dropped. */
function nonOverlapping(marks: Mark[]): Mark[] {
  const sorted = marks.filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of sorted) if ((kept[kept.length - 1]?.end ?? -1) <= m.start) kept.push(m);
  return kept;
}

/** A span the output gives, or else the first place its text occurs (indirect quotes may carry 0..0). */
function locate(text: string, span: { start: number; end: number; text: string }): { start: number; end: number } | null {
  if (span.end > span.start) return { start: span.start, end: span.end };
  const at = text.indexOf(span.text);
  return at < 0 ? null : { start: at, end: at + span.text.length };
}

function eventSentences(text: string, output: Output): Map<number, Shade> {
  const sentences = new Map<number, Shade>();
  for (const event of output.events) {
    if (sentences.has(event.sentence)) continue;
    const at = text.indexOf(event.evidence);
    if (at >= 0) sentences.set(event.sentence, { start: at, end: at + event.evidence.length, index: event.sentence });
  }
  return sentences;
}

function covering<T extends { start: number; end: number }>(items: readonly T[], start: number, end: number): number | null {
  const i = items.findIndex((x) => x.start <= start && end <= x.end);
  return i < 0 ? null : i;
}

export function annotate(text: string, output: Output): Annotated {
  const marks = nonOverlapping([...entityMarks(output), ...timeMarks(output)]).filter((m) => m.end <= text.length);
  const quotes = output.quotes.flatMap((q, index) => {
    const at = locate(text, q);
    return at ? [{ ...at, index }] : [];
  });
  const sentences = eventSentences(text, output);
  const shades = [...sentences.values()];
  const bounds = [...new Set([0, text.length, ...[...marks, ...quotes, ...shades].flatMap((x) => [x.start, x.end])])].filter((b) => b >= 0 && b <= text.length).sort((a, b) => a - b);
  const runs: Run[] = [];
  bounds.forEach((start, i) => {
    const end = bounds[i + 1];
    if (end === undefined) return;
    const sentence = covering(shades, start, end);
    runs.push({ start, end, mark: covering(marks, start, end), quote: covering(quotes, start, end), sentence: sentence === null ? null : (shades[sentence]?.index ?? null) });
  });
  return { marks, quotes, sentences, runs };
}

/** The quote's provenance for its hover: who said it, how it was found. */
export function quoteDetails(quote: ContractOutput['quotes'][number]): string[] {
  const speaker = quote.speaker ? `${quote.speaker.name}${quote.speaker.code ? ` (${quote.speaker.code})` : ''}` : 'unknown speaker';
  return [`${quote.direct ? 'Direct' : 'Reported'} quote by ${speaker}`, ...(quote.cue ? [`cue: "${quote.cue}"`] : []), `rule: ${quote.rule}`];
}
