import type { Analysis } from './analysis.js';

/**
 * Collects what each stage did, for `--trace` and for failing tests. Messages are built lazily: a closure is
 * only called when tracing is on, so the hot path pays nothing (`trace.add('actors', () => ...)`).
 */
export interface Tracer {
  readonly enabled: boolean;
  add(stage: string, message: () => string): void;
}

/** A tracer that records nothing. */
export const silentTracer: Tracer = { enabled: false, add: () => undefined };

/** A tracer that keeps its lines in memory, in order. */
export function memoryTracer(): Tracer & { readonly lines: string[] } {
  const lines: string[] = [];
  return { enabled: true, lines, add: (stage, message) => void lines.push(`[${stage}] ${message()}`) };
}

/** What every stage receives besides the analysis: its data, its settings and the tracer. Never read globals. */
export interface StageContext<Data = unknown> {
  readonly data: Data;
  readonly trace: Tracer;
}

/**
 * One step of the pipeline: a typed function from the analysis so far to the analysis with its part added.
 * A plain object with a name and a `run` satisfies it.
 */
export interface Stage<Data = unknown> {
  readonly name: string;
  run(analysis: Analysis, context: StageContext<Data>): Analysis;
}
