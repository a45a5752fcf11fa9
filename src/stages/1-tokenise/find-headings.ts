/**
 * Headlines and subheadings: a line that stands alone as its own paragraph, is short, and either asks a question
 * ("What did Nato say?") or has no closing full stop ("Over 250 killed in failed coup attempt in Turkey").
 * A quoted line or one that ends with a quote mark is speech, not a heading.
 */
import type { Sentence } from '../../core/index.js';

const MAX_HEADING_WORDS = 16;
const ENDS_LIKE_PROSE = /[.!:;,"'\u201d\u2019)]\s*$/u;
const OPENS_WITH_QUOTE = /^\s*["'\u201c\u2018]/u;

type Draft = Omit<Sentence, 'heading'>;

/** Marks each sentence as title, subheading or prose. */
export function findHeadings(drafts: readonly Draft[]): Sentence[] {
  // Field by field rather than `{ ...d, heading }`, which V8 builds slowly.
  return drafts.map((d, i) => ({
    index: d.index, start: d.start, end: d.end, text: d.text, paragraph: d.paragraph, firstToken: d.firstToken, endToken: d.endToken,
    heading: headingKind(d, aloneInParagraph(drafts, i)),
  }));
}

/** Paragraph numbers never go down from one sentence to the next, so only the neighbours can share one. */
function aloneInParagraph(drafts: readonly Draft[], i: number): boolean {
  const paragraph = drafts[i]?.paragraph;
  return drafts[i - 1]?.paragraph !== paragraph && drafts[i + 1]?.paragraph !== paragraph;
}

function headingKind(sentence: Draft, alone: boolean): Sentence['heading'] {
  if (!alone || OPENS_WITH_QUOTE.test(sentence.text)) return null;
  const question = sentence.text.trimEnd().endsWith('?');
  if (!question && ENDS_LIKE_PROSE.test(sentence.text)) return null;
  const words = sentence.text.split(/\s+/u).filter(Boolean).length;
  if (words > MAX_HEADING_WORDS) return null;
  return sentence.index === 0 && !question ? 'title' : 'subheading';
}
