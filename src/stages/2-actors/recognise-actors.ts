/**
 * Stage 2: who and where. Reads the article's words once against the actor dictionary, then:
 *
 *   matches -> senses picked from context -> descriptions ("the alliance") -> role phrases ("Nato spokeswoman")
 *   -> people ("Oana Lungescu") -> entities with CAMEO codes -> parties by the shape of their names
 *   ("the Liberal Democrats") -> pronouns linked ("he", "she"; "it", "they" to the last sentence's subject)
 */
import type { Analysis, Sentence, Stage } from '../../core/index.js';
import type { Dictionaries } from '../../dictionaries/index.js';
import { addDescriptions, addNamedActors } from './add-named-actors.js';
import { addParties } from './add-parties.js';
import { addPeople } from './add-people.js';
import { addRoleActors, standsAsActor } from './add-role-actors.js';
import { codePerson } from './code-actors.js';
import { codeByPossessor } from './code-by-possessor.js';
import { EntityBook } from './entity-book.js';
import { findPeople } from './find-people.js';
import { findRoles, type RolePhrase } from './find-roles.js';
import type { Sighting } from './infer-affiliation.js';
import { linkItThey } from './link-it-they.js';
import { linkPronouns } from './link-pronouns.js';
import { linkRoleMentions } from './link-role-mentions.js';
import { matchPhrases } from './match-phrases.js';
import { resolveCountryNouns, resolveDescriptions } from './resolve-descriptions.js';
import { resolveSenses, type Resolved } from './resolve-senses.js';
import { readWords, type Word } from './words.js';

export const recogniseActors: Stage<Dictionaries> = {
  name: 'actors',
  run(analysis, { data, trace }): Analysis {
    const { text, published } = analysis.article;
    const dictionary = data.actors;
    const words = readWords(analysis.tokens);
    const matches = matchPhrases(words, dictionary.phrases);
    const { descriptions, rest } = resolveDescriptions(words, resolveSenses(words, matches, published));
    const roles = findRoles(words, rest, text);
    const people = findPeople(words, rest, roles, titleCaseHeadings(analysis.sentences, words));
    const personRoles = new Set<RolePhrase>();
    for (const p of people) if (p.role) personRoles.add(p.role);
    const actorRoles = roles.filter((r) => !personRoles.has(r) && standsAsActor(r, words));
    const absorbed = qualifiers([personRoles, actorRoles]);

    const book = new EntityBook();
    const context = { text, words, dictionary };
    addNamedActors(book, rest, absorbed, context);
    addDescriptions(book, [...descriptions, ...resolveCountryNouns(words, rest)], context);
    // What the text states comes first; bare titles and groups are then read against it.
    const stated = { sightings: [], published, text, words };
    addRoleActors(book, actorRoles.filter((r) => r.qualifier), stated);
    const persons = addPeople(book, people, { text, words, givenNames: dictionary.givenNames });
    for (const p of persons) codePerson(p, stated);
    const inferred = { ...stated, sightings: sightings(book, text, (code) => dictionary.countries.has(code)) };
    addRoleActors(book, actorRoles.filter((r) => !r.qualifier), inferred);
    for (const p of persons) if (p.affiliation !== 'stated') codePerson(p, inferred);
    codeByPossessor(persons, words);
    addParties(book, rest, takenWords(words.length, [rest, roles, people]), inferred);
    linkRoleMentions(book, persons);
    linkPronouns(persons, words, text);
    linkItThey(book.drafts(), words, text);
    const entities = book.entities();
    trace.add('actors', () => `${matches.length} dictionary matches, ${roles.length} role phrases, ${people.length} names -> ${entities.length} entities`);
    trace.add('actors', () => entities.map((e) => `${e.type} ${e.name} ${e.code ?? '-'} ${e.role ?? ''} (${e.mentions.length})`).join('; '));
    return { ...analysis, entities };
  },
};

/** "President X ordered a curfew in Algiers": a place says whose president, when no actor in sight does. */
const PLACE_WEIGHT = 0.4;

/**
 * Where each country and organisation is named or acts through someone whose code is known, for inferring whom
 * a bare title works for. A compound like "US-built" describes a thing and does not count.
 */
function sightings(book: EntityBook, text: string, isCountry: (code: string) => boolean): Sighting[] {
  const out: Sighting[] = [];
  for (const d of book.drafts()) {
    if (d.type === 'place' && d.geo?.country) {
      for (const m of d.mentions) out.push({ code: d.geo.country, kind: 'country', sentence: m.sentence, start: m.start, weight: PLACE_WEIGHT });
      continue;
    }
    // People count only when the text states whom they act for: a dictionary code would vouch for itself.
    if (!d.code || d.affiliation === 'inferred' || (d.type === 'person' && d.affiliation !== 'stated')) continue;
    const organisation = /^(?:IGO|NGO)/u.test(d.code);
    const code = organisation ? d.code : d.code.slice(0, 3);
    if (!organisation && !isCountry(code)) continue;
    for (const m of d.mentions) {
      if (text[m.end] === '-' && /\p{Ll}/u.test(text[m.end + 1] ?? '')) continue;
      out.push({ code, kind: organisation ? 'organization' : 'country', sentence: m.sentence, start: m.start });
    }
  }
  return out;
}

/** Words already read as a name, a role or a person: a party name is looked for in the others. */
function takenWords(count: number, lists: readonly (readonly { readonly first: number; readonly end: number }[])[]): Uint8Array {
  const taken = new Uint8Array(count);
  for (const spans of lists) for (const s of spans) taken.fill(1, s.first, s.end);
  return taken;
}

/** The matches that qualify the role phrases ("Nato" in "Nato spokeswoman"), which the roles take in. */
function qualifiers(lists: readonly Iterable<RolePhrase>[]): Set<Resolved> {
  const out = new Set<Resolved>();
  for (const roles of lists) for (const r of roles) if (r.qualifier) out.add(r.qualifier);
  return out;
}

/** Headings in Title Case ("Car Bomb Kills Dozens"), where capitals say nothing about names. */
function titleCaseHeadings(sentences: readonly Sentence[], words: readonly Word[]): Set<number> {
  const out = new Set<number>();
  const heading = new Set(sentences.filter((s) => s.heading).map((s) => s.index));
  const counts = new Map<number, { caps: number; all: number }>();
  for (const w of words) {
    if (!heading.has(w.sentence) || w.text.length < 4 || !/^\p{L}/u.test(w.text)) continue;
    const c = counts.get(w.sentence) ?? { caps: 0, all: 0 };
    c.all++;
    if (w.shape !== 'any') c.caps++;
    counts.set(w.sentence, c);
  }
  for (const [sentence, c] of counts) if (c.all >= 3 && c.caps / c.all >= 0.6) out.add(sentence);
  return out;
}

