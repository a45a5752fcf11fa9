/**
 * People: runs of capitalised words that are not countries, organisations, places or roles, accepted as a person
 * when a title or role stands before them ("Foreign Minister Sergey Lavrov", "Mr Lavrov"), a role follows them
 * ("Oana Lungescu, Nato's spokeswoman"), the dictionary knows them, or they are two or more proper nouns.
 * A single word that is no one's surname yet ("Lavrov" before "Sergey Lavrov" appears) is kept as a loose
 * candidate for linking.
 */
import type { Gender, OfficeHolder, Sense } from '../../dictionaries/index.js';
import { INSTITUTION_HEADS, LOCATIVE, NAME_PARTICLES, NOT_BEFORE_NAME, NOT_NAME_WORDS, ROLE_MODIFIERS } from './cues.js';
import type { RolePhrase } from './find-roles.js';
import type { Resolved } from './resolve-senses.js';
import type { Word } from './words.js';

export interface PersonName {
  /** The name's words. */
  readonly first: number;
  readonly end: number;
  readonly holder: OfficeHolder | null;
  readonly role: RolePhrase | null;
  /** The honorific's gender ("Mr" -> m), or null. */
  readonly gender: Gender | null;
  readonly titled: boolean;
  /** Why it is a person: `title-before`, `role-after`, `dictionary`, `proper-nouns`, or `loose` (one bare word). */
  readonly rule: 'title-before' | 'role-after' | 'dictionary' | 'proper-nouns' | 'loose';
}

/** The sense of the dictionary match over each word, if any. */
type SenseAt = readonly (Sense | undefined)[];

const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'\u2019.]*$/u;

/** NAME_WORD, with most words (lower case, punctuation) turned away by their first char code. */
function isNameText(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return false;
  return NAME_WORD.test(text);
}
const DETERMINERS = new Set(['the', 'a', 'an']);
const COPULAS = new Set(['is', 'was']);

export function findPeople(words: readonly Word[], resolved: readonly Resolved[], roles: readonly RolePhrase[], titleCaseSentences: ReadonlySet<number>): PersonName[] {
  const senseAt: (Sense | undefined)[] = new Array<Sense | undefined>(words.length).fill(undefined);
  for (const r of resolved) senseAt.fill(r.sense, r.first, r.end);
  const roleCovers = new Uint8Array(words.length);
  for (const p of roles) roleCovers.fill(1, p.first, p.end);
  const roleEndingAt = new Map(roles.map((p) => [p.end, p]));
  const roleStartingAt = new Map(roles.map((p) => [p.first, p]));
  const people: PersonName[] = [];
  for (let i = 0; i < words.length; i++) {
    if (!canStartName(words, i, senseAt, roleCovers)) continue;
    let end = i + 1;
    while (end < words.length && canContinueName(words, end, i, senseAt, roleCovers)) end++;
    while (end > i + 1 && !isNameText(words[end - 1]?.text ?? '') && words[end - 2]?.text !== '-') end--;
    const person = judge(words, i, end, { senseAt, roleEndingAt, roleStartingAt, titleCaseSentences });
    if (person) people.push(person);
    i = end - 1;
  }
  return people;
}

function isNameWord(words: readonly Word[], i: number, senseAt: SenseAt, roleCovers: Uint8Array): boolean {
  const w = words[i];
  if (!w || roleCovers[i] === 1 || w.shape === 'upper' || !isNameText(w.text)) return false;
  const sense = senseAt[i];
  if (sense) return sense.kind === 'person';
  if (NOT_NAME_WORDS.has(w.key)) return false;
  return !(w.sentenceStart && w.pos !== 'PROPN' && !sense);
}

function canStartName(words: readonly Word[], i: number, senseAt: SenseAt, roleCovers: Uint8Array): boolean {
  return isNameWord(words, i, senseAt, roleCovers);
}

// Inside a name: more name words, a particle ("bin", "al") or a glued hyphen ("Ki-moon") followed by one.
function canContinueName(words: readonly Word[], at: number, first: number, senseAt: SenseAt, roleCovers: Uint8Array): boolean {
  const w = words[at];
  if (!w || w.sentence !== words[first]?.sentence) return false;
  if (isNameWord(words, at, senseAt, roleCovers)) return true;
  const glued = w.text === '-' && words[at - 1]?.end === w.start && words[at + 1]?.start === w.end;
  if (glued) return isNameWord(words, at + 1, senseAt, roleCovers) || syllableBeforeName(words, at + 1, senseAt, roleCovers);
  if (words[at - 1]?.text === '-' && SYLLABLE.test(w.text)) return true;
  if (!NAME_PARTICLES.has(w.text)) return false;
  // "bin Salman", "al-Assad": a particle, then a name word or a glued hyphen before one.
  const next = words[at + 1];
  return isNameWord(words, at + 1, senseAt, roleCovers) || (next?.text === '-' && next.start === w.end && isNameWord(words, at + 2, senseAt, roleCovers));
}

const SYLLABLE = /^\p{Ll}{1,4}$/u;

// "Man-kei Tam", "Moon Jae-in": a short lower-case syllable after a glued hyphen, when a name word follows it
// or two stand before it; "Putin-led forces" is no name.
function syllableBeforeName(words: readonly Word[], at: number, senseAt: SenseAt, roleCovers: Uint8Array): boolean {
  const w = words[at];
  if (w === undefined || !SYLLABLE.test(w.text) || words[at + 1]?.start === w.end) return false;
  if (isNameWord(words, at + 1, senseAt, roleCovers)) return true;
  // "Moon Jae-in", "Kim Jong-un": last, after two name words ("Vladimir Putin-led" is rare enough).
  return isNameWord(words, at - 2, senseAt, roleCovers) && isNameWord(words, at - 3, senseAt, roleCovers) && words[at - 3]?.sentence === w.sentence;
}

interface Around {
  readonly senseAt: SenseAt;
  readonly roleEndingAt: ReadonlyMap<number, RolePhrase>;
  readonly roleStartingAt: ReadonlyMap<number, RolePhrase>;
  readonly titleCaseSentences: ReadonlySet<number>;
}

function judge(words: readonly Word[], first: number, end: number, around: Around): PersonName | null {
  const holder = holderIn(first, end, around.senseAt);
  const title = around.senseAt[first - 1];
  const gender = title?.kind === 'title' ? title.gender : null;
  const titled = title?.kind === 'title';
  const before = roleBefore(words, titled ? first - 1 : first, around.roleEndingAt);
  const after = before ? null : roleAfter(words, end, around.roleStartingAt);
  const role = before ?? after;
  // A function, not `{ ...base, rule }`: V8 builds an object after a spread slowly, and this runs for every name.
  const name = (rule: PersonName['rule']): PersonName => ({ first, end, holder, role, gender, titled, rule });
  if (titled || before) return name('title-before');
  if (after) return name('role-after');
  if (holder) return name('dictionary');
  const sentence = words[first]?.sentence ?? -1;
  if (around.titleCaseSentences.has(sentence)) return null;
  // "Istanbul Atatürk Airport", "in Maidan Shahr": an institution or a place, not a person.
  const next = words[end];
  if (next && next.shape !== 'any' && INSTITUTION_HEADS.has(next.key)) return null;
  const previous = words[first - 1]?.key ?? '';
  if (LOCATIVE.has(previous) || NOT_BEFORE_NAME.has(previous)) return null;
  // "Special Presidential Envoy Brett McGurk": capitalised words before a title belong to the title.
  if (around.roleStartingAt.get(end)?.person) return null;
  if (end - first >= 2 && allProper(words, first, end)) return name('proper-nouns');
  return end - first === 1 ? name('loose') : null;
}

function holderIn(first: number, end: number, senseAt: SenseAt): OfficeHolder | null {
  for (let i = end - 1; i >= first; i--) {
    const s = senseAt[i];
    if (s?.kind === 'person') return s.holder;
  }
  return null;
}

// "Foreign Minister Sergey Lavrov", "Russia's foreign minister, Sergey Lavrov,".
function roleBefore(words: readonly Word[], first: number, roleEndingAt: ReadonlyMap<number, RolePhrase>): RolePhrase | null {
  const direct = roleEndingAt.get(first);
  if (direct?.person) return direct;
  const comma = words[first - 1]?.key === ',' ? roleEndingAt.get(first - 1) : undefined;
  return comma?.person ? comma : null;
}

// "Oana Lungescu, Nato's spokeswoman", "Jens Stoltenberg, the Nato secretary general".
function roleAfter(words: readonly Word[], end: number, roleStartingAt: ReadonlyMap<number, RolePhrase>): RolePhrase | null {
  if (words[end]?.key !== ',') return null;
  let at = end + 1;
  // "Brett McGurk, who was Trump's envoy": a relative clause that only states the role.
  if (words[at]?.key === 'who' && COPULAS.has(words[at + 1]?.key ?? '')) at += 2;
  if (DETERMINERS.has(words[at]?.key ?? '')) at++;
  // "Luis Ortega, Rosselló's chief of staff": a named owner before the role.
  if (words[at + 1]?.key === "'s" && words[at]?.shape === 'capital' && !roleStartingAt.has(at)) at += 2;
  // "Adil Abdul-Mahdi, the acting Prime Minister of Iraq": modifiers stand before the role's words.
  while (ROLE_MODIFIERS.has(words[at]?.key ?? '') && !roleStartingAt.has(at)) at++;
  const role = roleStartingAt.get(at);
  // "Yesterday, President Rouhani said": the title belongs to the name after it, not to the word before.
  const next = words[role?.end ?? -1];
  if (next && next.shape === 'capital' && next.sentence === words[end]?.sentence) return null;
  return role?.person ? role : null;
}

function allProper(words: readonly Word[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) {
    const w = words[i];
    if (w && isNameText(w.text) && w.pos !== 'PROPN') return false;
  }
  return true;
}
