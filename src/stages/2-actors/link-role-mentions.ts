/**
 * An unnamed office holder that is a named person of the article: "US President Donald Trump said… The
 * president added…" -> "The president" is a mention of Donald Trump. Linked only when exactly one person has
 * that code and that role; otherwise the unnamed one stays an entity of its own.
 */
import type { Draft, EntityBook } from './entity-book.js';

export function linkRoleMentions(book: EntityBook, people: readonly Draft[]): void {
  for (const unnamed of book.drafts()) {
    if (!unnamed.key.startsWith('role:') || unnamed.type !== 'person' || !unnamed.code || !unnamed.role) continue;
    const role = unnamed.role.toLowerCase();
    const named = people.filter((p) => p.code === unnamed.code && p.role?.toLowerCase() === role);
    const [person] = named;
    if (named.length !== 1 || !person) continue;
    for (const m of unnamed.mentions) person.mentions.push({ ...m, kind: 'description', rule: 'coref:role' });
    book.remove(unnamed.key);
  }
}
