/**
 * "it" and "they" opening a sentence, linked to the previous sentence's subject when that is a country, an
 * organisation or a group and nothing else competes:
 *
 *   "Nato expelled eight diplomats. It said they were spies."   -> "It" is NATO
 *   "The rebels seized the town. They fired on the army."         -> "They" are the rebels
 *   "It is unclear whether…", "It was raining"                   -> nothing: "it" before a form of "be" is empty
 *   "Nato met Russia. They agreed."                               -> nothing: two actors could be "they"
 */
import type { Mention } from '../../core/index.js';
import type { Draft } from './entity-book.js';
import { mentionOf } from './mention.js';
import type { Word } from './words.js';

/** Words after "it" that make it an empty subject ("It is clear", "It seems"). */
const EMPTY_IT_NEXT = new Set(['is', 'was', "'s", 'has', 'had', 'seems', 'seemed', 'appears', 'appeared', 'remains', 'remained', 'will', 'would', 'may', 'might', 'could', 'should', 'must', 'can', 'takes', 'took', 'became', 'becomes']);
/** How far into the previous sentence its subject may start. */
const SUBJECT_WORDS = 4;

interface Subject {
  readonly draft: Draft;
  readonly mention: Mention;
}

export function linkItThey(drafts: readonly Draft[], words: readonly Word[], text: string): void {
  // Most articles open no sentence with "it" or "they": then there is nothing to link.
  if (!words.some(opensWithItOrThey)) return;
  const { first, actors } = subjects(drafts);
  const sentenceStartWord = new Map<number, number>();
  for (const w of words) if (!sentenceStartWord.has(w.sentence)) sentenceStartWord.set(w.sentence, w.index);
  for (const w of words) {
    if (!opensWithItOrThey(w)) continue;
    if (w.key === 'it' && EMPTY_IT_NEXT.has(words[w.index + 1]?.key ?? '')) continue;
    const subject = first.get(w.sentence - 1);
    if (!subject || !fits(subject, w.key) || !startsSentence(subject.mention, words, sentenceStartWord)) continue;
    if (ambiguous(subject, w.key, actors.get(w.sentence - 1) ?? [])) continue;
    subject.draft.mentions.push(mentionOf(text, words, w.index, w.index + 1, 'pronoun', `coref:${w.key}`));
  }
}

function opensWithItOrThey(w: Word): boolean {
  return w.sentenceStart && (w.key === 'it' || w.key === 'they');
}

// The first actor mention of each sentence (none when a person comes first), and the actors of each sentence.
function subjects(drafts: readonly Draft[]): { first: Map<number, Subject>; actors: Map<number, Draft[]> } {
  const first = new Map<number, Subject>();
  const actors = new Map<number, Draft[]>();
  for (const draft of drafts) {
    if (draft.type === 'place') continue;
    for (const mention of draft.mentions) {
      const known = first.get(mention.sentence);
      if (!known || mention.start < known.mention.start) first.set(mention.sentence, { draft, mention });
      const list = actors.get(mention.sentence) ?? [];
      if (draft.type !== 'person' && !list.includes(draft)) list.push(draft);
      actors.set(mention.sentence, list);
    }
  }
  for (const [sentence, s] of first) if (s.draft.type === 'person') first.delete(sentence);
  return { first, actors };
}

// "Nato met Russia. It…": another country or organisation could be "it"; any other actor could be among "they".
function ambiguous(s: Subject, pronoun: string, actors: readonly Draft[]): boolean {
  return actors.some((d) => d !== s.draft && (pronoun === 'they' || d.type === 'country' || d.type === 'organization'));
}

// "it": a country or an organisation; "they": a group named in the plural ("the rebels", "protesters").
function fits(s: Subject, pronoun: string): boolean {
  if (pronoun === 'it') return s.draft.type === 'country' || s.draft.type === 'organization';
  return s.draft.type === 'group' && /s$/u.test(s.mention.text);
}

function startsSentence(m: Mention, words: readonly Word[], sentenceStartWord: ReadonlyMap<number, number>): boolean {
  const first = sentenceStartWord.get(m.sentence);
  const w = first === undefined ? undefined : words[first + SUBJECT_WORDS];
  return w === undefined || w.sentence !== m.sentence || m.start < w.start;
}
