/**
 * People: full names first, then the short forms that refer back to them ("Mr Lavrov", "Lavrov"; "Hamza" after
 * "Hamza bin Laden" when no other full name starts with "Hamza"), with the role phrases the text ties to them. A single capitalised word with a title but no full name before or after is a
 * person of its own ("President Erdoğan"); one without a title or a known full name is dropped.
 */
import type { Gender } from '../../dictionaries/index.js';
import type { PersonName } from './find-people.js';
import type { Draft, EntityBook } from './entity-book.js';
import { mentionOf } from './mention.js';
import type { Word } from './words.js';

interface PeopleContext {
  readonly text: string;
  readonly words: readonly Word[];
  /** Gender by lower-case given name, for pronouns. */
  readonly givenNames: ReadonlyMap<string, Gender>;
}

export function addPeople(book: EntityBook, people: readonly PersonName[], c: PeopleContext): Draft[] {
  const bySurname = new Map<string, Draft>();
  const byGivenName = new Map<string, Draft | null>();
  const drafts: Draft[] = [];
  const full = people.filter((p) => p.end - p.first >= 2 || p.holder);
  const short = people.filter((p) => !(p.end - p.first >= 2 || p.holder));
  for (const p of full) {
    const name = nameText(p, c);
    const key = p.holder ? `person:${p.holder.name}` : `person:${name.toLowerCase()}`;
    const multiWord = p.end - p.first >= 2;
    const variant = p.holder || !multiWord ? undefined : drafts.find((d) => !d.holder && spellingVariants(d.name, name));
    const draft = variant ?? book.draft(key, { type: 'person', name: multiWord ? name : p.holder?.name ?? name, holder: p.holder });
    if (multiWord && draft.name !== name && draft.name.split(/\s+/u).length < 2) draft.name = name;
    addMention(draft, p, c, multiWord ? 'name' : 'short-name', `person:${p.rule}`);
    if (multiWord) draft.gender ??= c.givenNames.get(c.words[p.first]?.key ?? '') ?? null;
    bySurname.set(c.words[p.end - 1]?.key ?? '', draft);
    if (multiWord) noteGivenName(byGivenName, c.words[p.first]?.key ?? '', draft);
    for (const alias of (p.holder?.name ?? '').split(/\s+/u).slice(-1)) bySurname.set(alias.toLowerCase(), draft);
    drafts.push(draft);
  }
  for (const p of short) {
    const word = c.words[p.first];
    if (!word) continue;
    const known = bySurname.get(word.key) ?? byGivenName.get(word.key);
    if (known) {
      addMention(known, p, c, 'short-name', 'coref:surname');
      continue;
    }
    if (p.rule === 'loose') continue;
    const draft = book.draft(`person:${word.key}`, { type: 'person', name: word.text });
    addMention(draft, p, c, 'short-name', `person:${p.rule}`);
    drafts.push(draft);
  }
  return [...new Set(drafts)];
}

// "Hamza bin Laden ... Hamza": a given name alone stands for the one person whose full name starts with it;
// shared by two ("Nikos Dendias and Nikos Christodoulides ... Nikos"), it stands for neither.
function noteGivenName(byGivenName: Map<string, Draft | null>, key: string, draft: Draft): void {
  const seen = byGivenName.get(key);
  byGivenName.set(key, seen === undefined || seen === draft ? draft : null);
}

// "Hamza bin Laden" and "Hamza bin Ladin": the same words but one letter of the surname, as transliterations
// differ. Short surnames ("Li", "Lu") and different given names ("Ivan Petrenko", "Ivana Petrenko") do not count.
function spellingVariants(a: string, b: string): boolean {
  const x = a.split(/\s+/u);
  const y = b.split(/\s+/u);
  if (x.length !== y.length || x.length < 2 || x.slice(0, -1).join(' ') !== y.slice(0, -1).join(' ')) return false;
  const p = x[x.length - 1] ?? '';
  const q = y[y.length - 1] ?? '';
  if (p.length !== q.length || p.length < 5 || p === q || p[0] !== q[0]) return false;
  let differ = 0;
  for (let i = 0; i < p.length; i++) if (p[i] !== q[i]) differ++;
  return differ === 1;
}

function nameText(p: PersonName, c: PeopleContext): string {
  return c.text.slice(c.words[p.first]?.start ?? 0, c.words[p.end - 1]?.end ?? 0);
}

function addMention(draft: Draft, p: PersonName, c: PeopleContext, kind: 'name' | 'short-name', rule: string): void {
  const first = p.titled ? p.first - 1 : p.first;
  draft.mentions.push(mentionOf(c.text, c.words, first, p.end, kind, rule));
  draft.gender ??= p.gender ?? p.role?.gender ?? p.holder?.gender ?? null;
  if (!p.role) return;
  draft.roles.push(p.role);
  draft.mentions.push(mentionOf(c.text, c.words, p.role.first, p.role.end, 'role', `role:${p.role.agent ?? 'inherit'}`));
}
