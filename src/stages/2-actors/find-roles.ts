/**
 * Role phrases: role words with the country, organisation or group they belong to.
 *
 *   "Russian Foreign Minister"      -> qualifier Russia, agent GOV, role "Foreign Minister"
 *   "Nato Secretary General"        -> qualifier NATO, role "Secretary General"
 *   "Russia's foreign minister"     -> qualifier Russia (possessive)
 *   "Kremlin critic"                -> qualifier Russia (seat of power), agent OPP, role "Kremlin critic"
 *   "Interior Ministry spokesman"   -> agent GOV (the spokesman inherits the ministry's agent)
 *   "Secretary-General of the United Nations" -> qualifier after "of"
 */
import type { CountrySense, Gender, OrganisationSense, RoleSense } from '../../dictionaries/index.js';
import { PORTFOLIOS, ROLE_MODIFIERS } from './cues.js';
import type { Resolved } from './resolve-senses.js';
import type { Word } from './words.js';

/** Whose role it is; `located` when only the place the text puts it in says so ("the rebels in Darfur"). */
export type Qualifier = Resolved & { readonly sense: CountrySense | OrganisationSense; readonly located?: boolean };

export interface RolePhrase {
  /** Words of the whole phrase, qualifier included: the mention's span. */
  readonly first: number;
  readonly end: number;
  /** Words of the role itself. */
  readonly roleFirst: number;
  readonly roleEnd: number;
  readonly qualifier: Qualifier | null;
  /** CAMEO agent code; null when every role word inherits and no qualifier gives one. */
  readonly agent: string | null;
  readonly person: boolean;
  readonly group: boolean;
  /** May stand as an actor without a qualifier: "the rebels". */
  readonly bare: boolean;
  readonly gender: Gender | null;
  /** The text's role: "Foreign Minister", "spokeswoman", "Kremlin critic". */
  readonly role: string;
  /** The only countries with this title ("Chancellor" -> DEU, AUT, GBR), or null for any. */
  readonly countries?: readonly string[] | null;
}

type RoleMatch = Resolved & { readonly sense: RoleSense };

export function findRoles(words: readonly Word[], resolved: readonly Resolved[], text: string): RolePhrase[] {
  const endingAt = new Map<number, Resolved>();
  const startingAt = new Map<number, Resolved>();
  for (const r of resolved) {
    endingAt.set(r.end, r);
    startingAt.set(r.first, r);
  }
  const phrases: RolePhrase[] = [];
  for (const chain of roleChains(resolved)) {
    const first = chain[0];
    const last = chain[chain.length - 1];
    if (!first || !last) continue;
    const start = portfolioBefore(words, first.first, endingAt);
    const titleEnd = ministryAfter(words, last.end, startingAt);
    const after = qualifierAfter(words, titleEnd, startingAt);
    // "the Hong Kong director of Amnesty International": the body after "of" is whom an inheriting title works for;
    // the place before only says where.
    const bodyAfter = last.sense.agent === 'inherit' && after !== null && after.sense.kind !== 'country';
    const left = bodyAfter ? null : qualifierBefore(words, start, endingAt);
    const right = left ? null : after;
    // "US Special Representative for Iran Brian Hook", "the British ambassador to Russia": the title's whole span.
    const addressee = left && last.sense.person ? addresseeAfter(words, titleEnd, startingAt) : titleEnd;
    // Only groups: "the ambassador in Moscow" is somebody else's ambassador.
    const located = left || right || !last.sense.group ? null : locatedIn(words, titleEnd, startingAt);
    const qualifier = left ?? right ?? located;
    const seat = left?.sense.kind === 'country' && left.sense.form === 'capital' && left.sense.agent !== null;
    const roleStart = seat && left ? left.first : start;
    phrases.push({
      first: left ? left.first : start,
      end: right ? right.end : addressee,
      roleFirst: start,
      roleEnd: titleEnd,
      qualifier,
      agent: agentOf(chain, qualifier),
      person: last.sense.person,
      group: last.sense.group,
      bare: last.sense.bare,
      gender: last.sense.gender,
      countries: last.sense.countries ?? null,
      role: text.slice(words[roleStart]?.start ?? 0, words[titleEnd - 1]?.end ?? 0),
    });
  }
  // A body absorbed by a title ("spokesperson for the Chinese foreign ministry") is no role phrase of its own.
  const headed = phrases.map((p) => headOf(p, phrases, words));
  const bodies = new Set(headed.flatMap((p, i) => (p === phrases[i] ? [] : phrases.filter((q) => q.first >= p.roleEnd && q.end === p.end))));
  return headed.filter((p) => !bodies.has(p));
}

const PORTFOLIO_WORDS = 3;

/** "the foreign affairs minister", "Cuba's information minister": the portfolio before "minister" is the title's. */
function portfolioBefore(words: readonly Word[], at: number, endingAt: ReadonlyMap<number, Resolved>): number {
  let start = at;
  while (start > at - PORTFOLIO_WORDS && PORTFOLIOS.has(words[start - 1]?.key ?? '') && words[start - 1]?.key !== 'and' && !endingAt.has(start)) start--;
  return start;
}

const OF_GAP = 4;
const OF_OR_FOR = new Set(['of', 'for']);

/**
 * "Budi Gunawan, chief of the State Intelligence Agency", "a spokesman for the Interior Ministry": an inheriting
 * title ("chief", "head", "spokesman") followed by "of" or "for" and a group's role phrase takes that group's agent
 * and qualifier.
 */
function headOf(p: RolePhrase, all: readonly RolePhrase[], words: readonly Word[]): RolePhrase {
  if (p.agent || p.qualifier || !OF_OR_FOR.has(words[p.roleEnd]?.key ?? '')) return p;
  const body = all.find((q) => q.group && q.first > p.roleEnd && q.first <= p.roleEnd + OF_GAP && onlyNameWordsBetween(words, p.roleEnd + 1, q.first));
  return body ? { ...p, agent: body.agent, qualifier: body.qualifier, end: body.end } : p;
}

function onlyNameWordsBetween(words: readonly Word[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i]?.key !== 'the' && words[i]?.shape !== 'capital') return false;
  return true;
}

/** Role matches next to each other form one phrase: "army" + "spokesman". */
function roleChains(resolved: readonly Resolved[]): RoleMatch[][] {
  const chains: RoleMatch[][] = [];
  let chain: RoleMatch[] = [];
  for (const r of resolved) {
    if (r.sense.kind !== 'role') continue;
    const role = r as RoleMatch;
    const previous = chain[chain.length - 1];
    if (previous && previous.end === role.first) chain.push(role);
    else {
      if (chain.length) chains.push(chain);
      chain = [role];
    }
  }
  if (chain.length) chains.push(chain);
  return chains;
}

function isQualifier(r: Resolved | undefined): r is Qualifier {
  return r !== undefined && (r.sense.kind === 'country' || r.sense.kind === 'organization' || r.sense.kind === 'group');
}

// "Russia's former foreign minister": skip modifiers, then an optional possessive, then the qualifier.
function qualifierBefore(words: readonly Word[], at: number, endingAt: ReadonlyMap<number, Resolved>): Qualifier | null {
  const sentence = words[at]?.sentence;
  let j = at;
  while (j > 0 && ROLE_MODIFIERS.has(words[j - 1]?.key ?? '') && !endingAt.has(j)) j--;
  // "Russia's", and "the Philippines'" (a bare apostrophe after a final s).
  if (words[j - 1]?.key === "'s" || (words[j - 1]?.key === "'" && words[j - 2]?.key.endsWith('s'))) j--;
  const q = endingAt.get(j) ?? countryBeforeNouns(words, j, endingAt);
  if (!isQualifier(q) || words[q.first]?.sentence !== sentence) return null;
  // "Amnesty International Hong Kong director": the organisation before the place is whom the office serves.
  const body = q.sense.kind === 'country' ? endingAt.get(q.first) : undefined;
  return isQualifier(body) && body.sense.kind !== 'country' && words[body.first]?.sentence === sentence ? body : q;
}

const FIELD_WORDS = 2;
const FIELD_POS = new Set(['NOUN', 'ADJ']);

// "a US peace envoy", "the Iranian nuclear negotiator": a country, then one or two lower-case words of the role's
// field. Only a country: "the Nato summit spokesman" is another matter.
function countryBeforeNouns(words: readonly Word[], at: number, endingAt: ReadonlyMap<number, Resolved>): Resolved | undefined {
  let j = at;
  while (j > at - FIELD_WORDS && !endingAt.has(j) && words[j - 1]?.shape === 'any' && FIELD_POS.has(words[j - 1]?.pos ?? '')) j--;
  const q = j < at ? endingAt.get(j) : undefined;
  return q?.sense.kind === 'country' && q.sense.form !== 'capital' ? q : undefined;
}

const MINISTRY_WORDS = 4;

/** "Minister of Information Moammar al-Eryani": the portfolio after "of" belongs to the title, the name does not. */
function ministryAfter(words: readonly Word[], end: number, startingAt: ReadonlyMap<number, Resolved>): number {
  if (words[end]?.key !== 'of') return end;
  let at = end + 1;
  const sentence = words[end]?.sentence;
  while (at < end + 1 + MINISTRY_WORDS && words[at]?.sentence === sentence && PORTFOLIOS.has(words[at]?.key ?? '') && !startingAt.has(at)) at++;
  return at > end + 1 && words[at - 1]?.key !== 'and' ? at : end;
}

// "President of Russia", "Secretary-General of the United Nations", "a spokesman for Nato".
function qualifierAfter(words: readonly Word[], end: number, startingAt: ReadonlyMap<number, Resolved>): Qualifier | null {
  if (!OF_OR_FOR.has(words[end]?.key ?? '')) return null;
  const at = words[end + 1]?.key === 'the' ? end + 2 : end + 1;
  const q = startingAt.get(at);
  // "the prosecutor general of Tehran", "Governor of Texas": a city or region says whose office it is.
  if (q?.sense.kind === 'place' && q.sense.geo.country) return placeQualifier(q, q.sense.geo.country);
  if (!isQualifier(q) || (q.sense.form !== 'name' && q.sense.form !== 'capital')) return null;
  // "head of Iran's Quds Force": the body after the possessive is what the role belongs to.
  const owned = words[q.end]?.key === "'s" ? startingAt.get(q.end + 1) : undefined;
  return isQualifier(owned) && owned.sense.kind !== 'country' ? owned : q;
}

const FOR_OR_TO = new Set(['for', 'to']);

/** After a qualified title, "for Iran" or "to the United Nations" says whom the office deals with, not whose it is. */
function addresseeAfter(words: readonly Word[], end: number, startingAt: ReadonlyMap<number, Resolved>): number {
  if (!FOR_OR_TO.has(words[end]?.key ?? '')) return end;
  const at = words[end + 1]?.key === 'the' ? end + 2 : end + 1;
  const q = startingAt.get(at);
  return isQualifier(q) && q.sense.form === 'name' && words[q.first]?.sentence === words[end]?.sentence ? q.end : end;
}

/**
 * "the rebels in Darfur" -> Sudan, "police in Moscow" -> Russia: where a group without a stated country is gives
 * its country. The place stays a place (the qualifier is made up from it, not taken from the matches).
 */
function locatedIn(words: readonly Word[], end: number, startingAt: ReadonlyMap<number, Resolved>): Qualifier | null {
  if (words[end]?.key !== 'in') return null;
  const at = words[end + 1]?.key === 'the' ? end + 2 : end + 1;
  const r = startingAt.get(at);
  const code = r?.sense.kind === 'place' ? r.sense.geo.country : r?.sense.kind === 'country' && r.sense.form === 'name' ? r.sense.code : null;
  return r && code ? placeQualifier(r, code) : null;
}

/** A country qualifier made up from a place's country; the place stays a place. */
function placeQualifier(r: Resolved, code: string): Qualifier {
  const sense: CountrySense = { kind: 'country', code, name: code, form: 'name', agent: null, ambiguous: false };
  return { first: r.first, end: r.end, sense, others: [], located: true };
}

/** The last role word's own agent; an inheriting one takes the word before's, then the qualifier's (a seat: GOV). */
function agentOf(chain: readonly RoleMatch[], qualifier: Qualifier | null): string | null {
  for (let i = chain.length - 1; i >= 0; i--) {
    const agent = chain[i]?.sense.agent;
    if (agent && agent !== 'inherit') return agent;
  }
  return qualifier?.sense.kind === 'country' ? qualifier.sense.agent : null;
}
