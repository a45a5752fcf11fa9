/**
 * The actor dictionary: countries, organisations, armed groups, role words, honorifics, office holders and places,
 * all in one phrase index, checked with zod when loaded (`data/actors/*.yaml`, `data/places/*.yaml`).
 */
import { join } from 'node:path';
import {
  agentSchema,
  givenNamesSchema,
  honorificSchema,
  officeHolderSchema,
  organisationSchema,
  type AgentEntry,
  type OfficeHolderEntry,
} from './actor-schema.js';
import type { Gender, OfficeHolder, RoleSense } from './actor-senses.js';
import { loadCountries, type CountryInfo } from './load-countries.js';
import { loadLegacyActors } from './load-legacy-actors.js';
import { loadPlaces } from './load-places.js';
import { PhraseIndex, phraseWords } from './phrase-index.js';
import { readYamlList } from './read-yaml-list.js';

export const ACTOR_FILES = {
  organisations: 'actors/organisations.yaml',
  groups: 'actors/groups.yaml',
  media: 'actors/media.yaml',
  agents: 'actors/agents.yaml',
  officeHolders: 'actors/office-holders.yaml',
  honorifics: 'actors/honorifics.yaml',
  givenNames: 'actors/given-names.yaml',
} as const;

export interface ActorDictionary {
  readonly phrases: PhraseIndex;
  readonly countries: ReadonlyMap<string, CountryInfo>;
  /** Canonical names of organisations and groups by CAMEO code. */
  readonly organisations: ReadonlyMap<string, string>;
  /** The gender a given name tells, by lower-case name ("sergey" -> m), for pronouns. */
  readonly givenNames: ReadonlyMap<string, Gender>;
}

export function loadActors(dataDir: string, extraActorFiles: readonly string[] = []): ActorDictionary {
  const phrases = new PhraseIndex();
  const countries = loadCountries(dataDir, phrases);
  const organisations = new Map<string, string>();
  loadOrganisations(dataDir, phrases, organisations);
  loadAgents(dataDir, phrases);
  loadPeople(dataDir, phrases);
  loadPlaces(dataDir, phrases, countries.alpha3ByAlpha2);
  for (const file of extraActorFiles) loadLegacyActors(file, phrases);
  phrases.seal();
  return { phrases, countries: countries.byCode, organisations, givenNames: loadGivenNames(dataDir) };
}

function loadGivenNames(dataDir: string): Map<string, Gender> {
  const file = ACTOR_FILES.givenNames;
  const names = new Map<string, Gender>();
  for (const entry of readYamlList(join(dataDir, file), file, givenNamesSchema)) for (const n of entry.names) names.set(n.toLowerCase(), entry.gender);
  return names;
}

function loadOrganisations(dataDir: string, phrases: PhraseIndex, names: Map<string, string>): void {
  const descriptions = new Map<string, string[]>();
  for (const kind of ['organisations', 'groups', 'media'] as const) {
    const file = ACTOR_FILES[kind];
    for (const o of readYamlList(join(dataDir, file), file, organisationSchema)) {
      const sense = kind === 'organisations' ? ('organization' as const) : ('group' as const);
      if (!names.has(o.code)) names.set(o.code, o.name);
      for (const a of [o.name, ...o.aliases]) phrases.add(a, { kind: sense, code: o.code, name: o.name, form: 'name' });
      for (const d of o.demonyms) phrases.add(d, { kind: sense, code: o.code, name: o.name, form: 'demonym' });
      for (const d of o.descriptions) descriptions.set(d, [...(descriptions.get(d) ?? []), o.code]);
    }
  }
  for (const [words, codes] of descriptions) phrases.add(words, { kind: 'description', codes });
}

function loadAgents(dataDir: string, phrases: PhraseIndex): void {
  for (const entry of readYamlList(join(dataDir, ACTOR_FILES.agents), ACTOR_FILES.agents, agentSchema)) {
    for (const word of entry.words) {
      phrases.add(word, roleSense(entry, entry.person, entry.group));
      const plural = pluralOf(word);
      // "foreign ministers" stands for a group of officials, not for one person.
      if (plural && entry.person) phrases.add(plural, roleSense(entry, false, true));
    }
  }
  const file = ACTOR_FILES.honorifics;
  for (const h of readYamlList(join(dataDir, file), file, honorificSchema)) {
    phrases.add(h.word, { kind: 'title', gender: h.gender ?? null });
  }
}

function roleSense(entry: AgentEntry, person: boolean, group: boolean): RoleSense {
  return { kind: 'role', agent: entry.agent, person, group, bare: entry.bare, gender: entry.gender ?? null, countries: entry.countries ?? null };
}

// "minister" -> "ministers", "secretary" -> "secretaries"; words already plural or irregular give null.
function pluralOf(phrase: string): string | null {
  const words = phraseWords(phrase);
  const last = words[words.length - 1];
  if (!last || /(?:s|man|men|woman|person|ff|police|staff)$/u.test(last) || words.includes('of')) return null;
  const plural = /[^aeiou]y$/u.test(last) ? `${last.slice(0, -1)}ies` : `${last}s`;
  return [...phrase.split(/\s+/u).slice(0, -1), plural].join(' ');
}

function loadPeople(dataDir: string, phrases: PhraseIndex): void {
  const file = ACTOR_FILES.officeHolders;
  for (const entry of readYamlList(join(dataDir, file), file, officeHolderSchema)) {
    const holder = officeHolder(entry);
    for (const name of [entry.name, ...entry.aliases]) {
      const words = name.split(/\s+/u);
      if (words.length > 1) phrases.add(name, { kind: 'person', holder, form: 'name' });
      const surname = words[words.length - 1];
      if (surname) phrases.add(surname, { kind: 'person', holder, form: 'short-name' });
    }
  }
}

function officeHolder(entry: OfficeHolderEntry): OfficeHolder {
  return {
    name: entry.name,
    gender: entry.gender ?? null,
    offices: entry.offices.map((o) => ({ code: o.code, role: o.role, from: o.from, to: o.to ?? null })),
  };
}
