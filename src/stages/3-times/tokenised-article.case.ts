/**
 * Test support: an article with sentences and tokens read by wink-nlp, as stage 1 would give them. A stage test
 * may not run a sibling stage, so this reads wink-nlp itself, one sentence per wink sentence, without headings.
 */
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { emptyAnalysis, type Analysis, type Sentence, type Token } from '../../core/index.js';
import { makeArticle } from '../../input/index.js';

let instance: WinkMethods | undefined;

/** `published` is "YYYY-MM-DD", "YYYY-MM", "YYYY" or null. */
export function tokenisedArticle(text: string, published: string | null): Analysis {
  instance ??= winkNLP(model);
  const { readDoc, its } = instance;
  const doc = readDoc(text);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let at = 0;
  doc.sentences().each((s: { tokens(): { each(f: (t: { out(f: unknown): unknown }) => void): void } }) => {
    const firstToken = tokens.length;
    s.tokens().each((t) => {
      const value = t.out(its.value) as string;
      at = text.indexOf(value, at);
      if (value.trim() === '') return;
      tokens.push({
        index: tokens.length, sentence: sentences.length, start: at, end: at + value.length, text: value,
        normal: t.out(its.normal) as string, lemma: t.out(its.lemma) as string, pos: t.out(its.pos) as string,
      });
      at += value.length;
    });
    const start = tokens[firstToken]?.start ?? at;
    const end = tokens[tokens.length - 1]?.end ?? at;
    sentences.push({ index: sentences.length, start, end, text: text.slice(start, end), paragraph: 0, firstToken, endToken: tokens.length, heading: null });
  });
  return { ...emptyAnalysis(makeArticle({ source: 'test', text, published })), sentences, tokens };
}
