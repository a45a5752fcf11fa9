/**
 * Test support: an Analysis with sentences and wink-nlp tokens for a few sentences of text, built here with
 * wink-nlp directly (a stage's tests may not import the tokenise stage), and the actors stage run over it.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { emptyAnalysis, memoryTracer, type Analysis, type Entity, type Sentence, type Token } from '../../core/index.js';
import { loadDictionaries, type Dictionaries } from '../../dictionaries/index.js';
import { recogniseActors } from './index.js';

const nlp = winkNLP(model);
let dictionaries: Dictionaries | undefined;

function tokenised(text: string, published: string | null): Analysis {
  const { its } = nlp;
  const doc = nlp.readDoc(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  let at = 0;
  doc.sentences().each((s: { tokens(): { each(f: (t: { out(f: unknown): unknown }) => void): void } }) => {
    const index = sentences.length;
    const firstToken = tokens.length;
    s.tokens().each((t) => {
      at += String(t.out(its.precedingSpaces)).length;
      const value = String(t.out(its.value));
      if (value.trim() !== '') {
        const lemma = String(t.out(its.lemma));
        tokens.push({ index: tokens.length, sentence: index, start: at, end: at + value.length, text: value, normal: String(t.out(its.normal)), lemma, pos: String(t.out(its.pos)) });
      }
      at += value.length;
    });
    const first = tokens[firstToken];
    const last = tokens[tokens.length - 1];
    const start = first?.start ?? at;
    const end = last?.end ?? at;
    sentences.push({ index, start, end, text: text.slice(start, end), paragraph: 0, firstToken, endToken: tokens.length, heading: null });
  });
  const article = { id: 'test', source: 'test', title: null, url: null, published, language: 'en' as const, text, bodyStart: 0 };
  return { ...emptyAnalysis(article), sentences, tokens };
}

/** The entities the actors stage finds in `text`; the trace is attached for failure messages. */
export function actorsOf(text: string, published: string | null = '2021-10-19'): { entities: readonly Entity[]; trace: string } {
  dictionaries ??= loadDictionaries();
  const trace = memoryTracer();
  const analysis = recogniseActors.run(tokenised(text, published), { data: dictionaries, trace });
  return { entities: analysis.entities, trace: trace.lines.join('\n') };
}

/** "Russia RUS" style summaries of what was found, for readable assertions. */
export function summary(entities: readonly Entity[]): string[] {
  return entities.map((e) => `${e.type} ${e.name} ${e.code ?? '-'}${e.role ? ` (${e.role})` : ''}${e.geo?.country && e.type === 'place' ? ` in ${e.geo.country}` : ''}`);
}
