/**
 * A title owned by a named person works for that person's side: "Luis Ortega, Rosselló's chief of staff"
 * -> PRIGOV when Rosselló is PRIGOV. Only people the context would otherwise leave uncoded or code by inference
 * are changed, and only by a possessor whose code the text or the dictionary gives.
 */
import { ROLE_MODIFIERS } from './cues.js';
import type { Draft } from './entity-book.js';
import type { Word } from './words.js';

export function codeByPossessor(people: readonly Draft[], words: readonly Word[]): void {
  for (const person of people) {
    if (person.affiliation === 'stated' || person.affiliation === 'dictionary') continue;
    for (const role of person.roles) {
      const owner = possessorOf(role.roleFirst, people, words);
      if (!owner?.code || owner === person) continue;
      Object.assign(person, { code: owner.code, role: role.role, affiliation: 'inferred' });
      break;
    }
  }
}

// "Rosselló's chief of staff", "Trump's former adviser": modifiers, then "'s", then a mention of a coded person.
function possessorOf(roleFirst: number, people: readonly Draft[], words: readonly Word[]): Draft | undefined {
  let j = roleFirst;
  while (j > 0 && ROLE_MODIFIERS.has(words[j - 1]?.key ?? '')) j--;
  if (words[j - 1]?.key !== "'s") return undefined;
  const owner = words[j - 2];
  if (!owner || owner.sentence !== words[roleFirst]?.sentence) return undefined;
  return people.find((p) => (p.affiliation === 'stated' || p.affiliation === 'dictionary')
    && p.mentions.some((m) => m.kind !== 'pronoun' && m.start <= owner.start && owner.end <= m.end));
}
