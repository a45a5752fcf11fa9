/**
 * Hand-made coded articles for the store tests: a contract output with only what the store reads filled in.
 * `event('RUS', '161', 'IGOWSTNAT', '2021-10-18')` is one asserted news event between two coded actors.
 */
import type { ContractOutput } from '../../src/core/index.js';
import type { CodedArticle } from '../../src/store/index.js';
import { minhashSignature, textHash } from '../../src/store/index.js';

type ContractEvent = ContractOutput['events'][number];

const QUAD: Record<string, 1 | 2 | 3 | 4> = { '01': 1, '02': 1, '03': 1, '04': 1, '05': 2, '06': 2, '07': 2, '08': 2, '09': 3, '10': 3, '11': 3, '12': 3, '13': 3, '14': 3, '15': 4, '16': 4, '17': 4, '18': 4, '19': 4, '20': 4 };

export function event(source: string | null, code: string, target: string | null, date: string | null, extra: Partial<ContractEvent> = {}): ContractEvent {
  const root = code.slice(0, 2);
  return {
    sentence: 0,
    evidence: `${source ?? 'someone'} did ${code} to ${target ?? 'no one'}.`,
    source: source === null ? null : { code: source, name: source },
    target: target === null ? null : { code: target, name: target },
    code,
    root,
    quadClass: QUAD[root] ?? 1,
    goldstein: code === '161' ? -4 : code === '163' ? -8 : code === '042' ? 1.9 : 0,
    plover: null,
    date,
    dateText: null,
    dateBasis: date === null ? null : 'stated',
    modality: 'asserted',
    background: false,
    location: null,
    reportedBy: null,
    confidence: 0.9,
    rule: 'test',
    ...extra,
  };
}

export interface ArticleSpec {
  readonly id: string;
  readonly text: string;
  readonly url?: string | null;
  readonly published?: string | null;
  readonly events?: readonly ContractEvent[];
  readonly quotes?: ContractOutput['quotes'];
  readonly entities?: ContractOutput['entities'];
}

export function coded(spec: ArticleSpec): CodedArticle {
  const output: ContractOutput = {
    article: { id: spec.id, source: `${spec.id}.txt`, title: null, published: spec.published ?? null, language: 'en', note: null },
    entities: [...(spec.entities ?? [])],
    times: [],
    quotes: [...(spec.quotes ?? [])],
    events: [...(spec.events ?? [])],
  };
  return { output, url: spec.url ?? null, text: spec.text, textHash: textHash(spec.text), signature: minhashSignature(spec.text) };
}

/** A text of `words` distinct-ish words about `topic`, long enough for shingles to mean something. */
export function story(topic: string, words = 80): string {
  return Array.from({ length: words }, (_, i) => `${topic}${i % 7 === 0 ? '' : ` w${(i * 7919) % 1000}`}`).join(' ');
}
