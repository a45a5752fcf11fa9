/**
 * Stage 1: sentences and tokens with character offsets into the original article text, via wink-nlp.
 * Only the body is read (after a `.txt` date header); offsets are shifted by `article.bodyStart`, so
 * `article.text.slice(token.start, token.end) === token.text` always holds.
 */
import type { Analysis, Sentence, Stage, Token } from '../../core/index.js';
import { breakLongRuns } from './break-long-runs.js';
import { findHeadings } from './find-headings.js';
import { lemmasOf } from './lemmas.js';
import { isLetters, mergeSplitWords } from './merge-split-words.js';
import { nlp } from './nlp.js';
import { splitSentences, type RawToken } from './split-sentences.js';

/** Line breaks in a stretch of white space: "\r\n", "\r" and "\n" count one each. */
function lineBreaks(space: string): number {
  let n = 0;
  for (let i = 0; i < space.length; i++) {
    const c = space.charCodeAt(i);
    if (c === 10) n++;
    else if (c === 13) {
      n++;
      if (space.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}

/**
 * True for a token of white space only; most tokens start with a printable ASCII character and are not. wink-nlp's
 * `tabCRLF` tokens ("\n\n", "\t") are white space too.
 */
function blank(value: string): boolean {
  const c = value.charCodeAt(0);
  return !(c > 32 && c < 127) && value.trim() === '';
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * Whether token `i` starts one of wink-nlp's sentences, asked for token after token in increasing order: the
 * starts are walked along with the tokens instead of looked up in a Set.
 */
function sentenceStarts(spans: readonly (readonly [number, number])[]): (i: number) => boolean {
  const starts = spans.map((span) => span[0]).sort((a, b) => a - b);
  let next = 0;
  return (i) => {
    while (next < starts.length && (starts[next] ?? 0) < i) next++;
    return starts[next] === i;
  };
}

function readTokens(body: string, offset: number): RawToken[] {
  const { readDoc, its } = nlp();
  const doc = readDoc(breakLongRuns(body));
  const tokens = doc.tokens();
  const values = tokens.out(its.value) as string[];
  const spaces = tokens.out(its.precedingSpaces) as string[];
  const normals = tokens.out(its.normal) as string[];
  const tags = tokens.out(its.pos) as string[];
  const lemmas = lemmasOf(tokens, its, values, tags);
  // The type only tells an unknown piece of a word (`unk`), which matters for letters alone (merge-split-words.ts),
  // and wink-nlp knows every run of ASCII letters: asking for the type of the few other tokens spares a pass.
  const unknown = (i: number, value: string): boolean => !isAscii(value) && isLetters(value) && tokens.itemAt(i).out(its.type) === 'unk';
  const startsAt = sentenceStarts(doc.sentences().out(its.span) as unknown as [number, number][]);
  const raw: RawToken[] = [];
  let at = offset;
  let breaks = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    const before = spaces[i] ?? '';
    if (before.length > 1 || (before.length === 1 && before !== ' ')) breaks += lineBreaks(before);
    at += before.length;
    if (blank(value)) {
      // Whitespace tokens carry only line breaks: count them towards the next real token.
      breaks += lineBreaks(value);
      at += value.length;
      continue;
    }
    raw.push({
      start: at,
      end: at + value.length,
      value,
      normal: normals[i] ?? value.toLowerCase(),
      lemma: lemmas[i] ?? value.toLowerCase(),
      pos: tags[i] ?? 'X',
      breaksBefore: breaks,
      sentenceStart: startsAt(i),
      unknown: unknown(i, value),
    });
    at += value.length;
    breaks = 0;
  }
  return mergeSplitWords(raw);
}

export const tokenise: Stage = {
  name: 'tokenise',
  run(analysis, { trace }): Analysis {
    const { text, bodyStart } = analysis.article;
    const raw = readTokens(text.slice(bodyStart), bodyStart);
    const drafts = splitSentences(raw).map((s, index) => {
      const first = raw[s.first];
      const last = raw[s.end - 1];
      const start = first?.start ?? bodyStart;
      const end = last?.end ?? bodyStart;
      return { index, start, end, text: text.slice(start, end), paragraph: s.paragraph, firstToken: s.first, endToken: s.end };
    });
    const sentences: Sentence[] = findHeadings(drafts);
    const tokens: Token[] = [];
    for (const s of sentences) {
      for (let i = s.firstToken; i < s.endToken; i++) {
        const t = raw[i];
        if (!t) continue;
        tokens.push({ index: i, sentence: s.index, start: t.start, end: t.end, text: t.value, normal: t.normal, lemma: t.lemma, pos: t.pos });
      }
    }
    trace.add('tokenise', () => `${sentences.length} sentences (${sentences.filter((s) => s.heading).length} headings), ${tokens.length} tokens`);
    return { ...analysis, sentences, tokens };
  },
};
