/**
 * CAMEO codes for people and role groups, in order of trust: the text's own qualifier ("Nato spokeswoman" ->
 * IGOWSTNAT: stated), then a built-in office holder in office on the publication date (dictionary), then the
 * context (a bare "Foreign Minister" in an article about Russia -> RUSGOV: inferred).
 */
import type { Office } from '../../dictionaries/index.js';
import type { Draft } from './entity-book.js';
import type { Qualifier, RolePhrase } from './find-roles.js';
import { dominantActor, type Sighting } from './infer-affiliation.js';

export interface CodeContext {
  readonly sightings: readonly Sighting[];
  readonly published: string | null;
}

const COUNTRIES: ReadonlySet<Sighting['kind']> = new Set(['country']);
const ANY: ReadonlySet<Sighting['kind']> = new Set(['country', 'organization']);

/** "Russian" + GOV -> RUSGOV; "Nato" + anything -> IGOWSTNAT; "Taliban" + anything -> AFGREB. */
export function composeCode(q: Qualifier, agent: string | null): string {
  if (q.sense.kind !== 'country') return q.sense.code;
  return `${q.sense.code}${agent ?? 'GOV'}`;
}

/** The code a role phrase without a qualifier gets from the actors that dominate its sentence's neighbourhood. */
export function inferCode(role: RolePhrase, sentence: number, c: CodeContext): string | null {
  if (role.agent) {
    const country = dominantActor(onlyCountriesOf(role, c.sightings), sentence, COUNTRIES);
    return country ? `${country}${role.agent}` : role.agent;
  }
  const actor = dominantActor(c.sightings, sentence, ANY);
  if (!actor) return null;
  return c.sightings.some((s) => s.code === actor && s.kind === 'organization') ? actor : `${actor}GOV`;
}

/**
 * A title only some countries have ("Foreign Secretary" in an article about Britain and the US) is read against
 * those countries when the context names any of them, otherwise against all.
 */
function onlyCountriesOf(role: RolePhrase, sightings: readonly Sighting[]): readonly Sighting[] {
  const { countries } = role;
  if (!countries) return sightings;
  const own = sightings.filter((s) => countries.includes(s.code));
  return own.length > 0 ? own : sightings;
}

/**
 * Stated first. Otherwise a title read against its context ("Foreign Minister" in an article about Russia) is
 * `inferred`; a dictionary office held on the publication date overrules an inference it contradicts (an
 * article about Iran quoting "Secretary of State Mike Pompeo") and fills in where the text gives no title.
 */
export function codePerson(draft: Draft, c: CodeContext): void {
  const stated = draft.roles.find((r) => r.qualifier);
  if (stated?.qualifier) {
    Object.assign(draft, { code: composeCode(stated.qualifier, stated.agent), role: stated.role, affiliation: 'stated' });
    return;
  }
  const office = draft.holder ? officeAt(draft.holder.offices, c.published) : null;
  const [role] = draft.roles;
  const sentence = draft.mentions.find((m) => m.kind === 'role')?.sentence ?? draft.mentions[0]?.sentence ?? 0;
  const inferred = role && c.sightings.length > 0 ? inferCode(role, sentence, c) : null;
  if (office && inferred !== office.code) {
    Object.assign(draft, { code: office.code, role: role?.role ?? office.role, affiliation: 'dictionary' });
    return;
  }
  if (role && inferred) Object.assign(draft, { code: inferred, role: role.role, affiliation: 'inferred' });
}

/** The office held on `date` (ISO prefix compare); without a date, the latest office. */
function officeAt(offices: readonly Office[], date: string | null): Office | null {
  if (!date) return [...offices].sort((a, b) => b.from.localeCompare(a.from))[0] ?? null;
  return offices.find((o) => o.from.slice(0, date.length) <= date && (o.to === null || o.to >= date)) ?? null;
}
