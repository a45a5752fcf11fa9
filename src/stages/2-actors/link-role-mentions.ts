/**
 * An unnamed office holder that is a named person of the article: "US President Donald Trump said… The
 * president added…" -> "The president" is a mention of Donald Trump. Linked only when exactly one person has
 * that code and that role; otherwise the unnamed one stays an entity of its own. A title whose country was only
 * inferred is also the one person with that role named earlier in its sentence ("approved by President Donald
 * Trump: 'At the direction of the President…'" in an article about Iran).
 */
import type { Draft, EntityBook } from './entity-book.js';

export function linkRoleMentions(book: EntityBook, people: readonly Draft[]): void {
  for (const unnamed of book.drafts()) {
    if (!unnamed.key.startsWith('role:') || unnamed.type !== 'person' || !unnamed.code || !unnamed.role) continue;
    const role = unnamed.role.toLowerCase();
    const sameRole = people.filter((p) => p.role?.toLowerCase() === role);
    const sameCode = sameRole.filter((p) => p.code === unnamed.code);
    const named = sameCode.length > 0 || unnamed.affiliation !== 'inferred' ? sameCode : namedJustBefore(unnamed, sameRole);
    const [person] = named;
    if (named.length !== 1 || !person) continue;
    for (const m of unnamed.mentions) person.mentions.push({ ...m, kind: 'description', rule: 'coref:role' });
    book.remove(unnamed.key);
  }
}

function namedJustBefore(unnamed: Draft, candidates: readonly Draft[]): Draft[] {
  const [first] = unnamed.mentions;
  if (!first || unnamed.mentions.some((m) => m.sentence !== first.sentence)) return [];
  return candidates.filter((p) => p.mentions.some((m) => m.sentence === first.sentence && m.start < first.start));
}
