/**
 * "he" and "she" linked to a person: a person of matching gender named earlier in the same sentence, else the
 * first person of matching gender named in the nearest earlier sentence (its subject, as news prose goes), at
 * most three sentences back. A person of unknown gender matches either pronoun, and then takes its gender.
 */
import { PRONOUNS } from './cues.js';
import type { Draft } from './entity-book.js';
import { mentionOf } from './mention.js';
import type { Word } from './words.js';

const LOOK_BACK = 3;

export function linkPronouns(people: readonly Draft[], words: readonly Word[], text: string): void {
  if (people.length === 0) return;
  for (const word of words) {
    const gender = PRONOUNS.get(word.key);
    if (!gender) continue;
    const person = antecedent(people, word, gender);
    if (!person) continue;
    person.gender ??= gender;
    person.mentions.push(mentionOf(text, words, word.index, word.index + 1, 'pronoun', 'coref:pronoun'));
  }
}

function antecedent(people: readonly Draft[], pronoun: Word, gender: 'm' | 'f'): Draft | null {
  let best: { draft: Draft; sentence: number; start: number } | null = null;
  for (const draft of people) {
    if (draft.gender !== null && draft.gender !== gender) continue;
    for (const m of draft.mentions) {
      if (m.start >= pronoun.start || pronoun.sentence - m.sentence > LOOK_BACK) continue;
      if (!best || isBetter(m, pronoun.sentence, best)) best = { draft, sentence: m.sentence, start: m.start };
    }
  }
  return best?.draft ?? null;
}

// Same sentence: the nearest before the pronoun. Earlier sentences: the latest sentence, its first person.
function isBetter(m: { sentence: number; start: number }, here: number, best: { sentence: number; start: number }): boolean {
  if (m.sentence !== best.sentence) return m.sentence > best.sentence;
  return m.sentence === here ? m.start > best.start : m.start < best.start;
}
