/**
 * Definite descriptions that refer back to an organisation or group named earlier in the article:
 * "Russia closed Nato's offices … after the military alliance expelled …" -> "the military alliance" is NATO.
 * "The alliance said…" with no organisation named before it stays unresolved; a description that is also a role
 * word ("the rebels") then falls back to the role.
 */
import { COUNTRY_NOUNS } from './cues.js';
import type { Resolved } from './resolve-senses.js';
import type { Word } from './words.js';

export interface ResolvedDescription {
  readonly first: number;
  readonly end: number;
  readonly code: string;
  /** The match it refers back to. */
  readonly antecedent: Resolved;
}

/** Splits the matches into resolved descriptions and the rest (an unresolved description becomes its role, if any). */
export function resolveDescriptions(words: readonly Word[], resolved: readonly Resolved[]): { descriptions: ResolvedDescription[]; rest: Resolved[] } {
  const descriptions: ResolvedDescription[] = [];
  const rest: Resolved[] = [];
  const named: Resolved[] = [];
  for (const r of resolved) {
    if (r.sense.kind === 'organization' || r.sense.kind === 'group') named.push(r);
    if (r.sense.kind !== 'description') {
      rest.push(r);
      continue;
    }
    const { codes } = r.sense;
    const antecedent = words[r.first - 1]?.key === 'the' ? latest(named, (n) => codes.includes(codeOf(n))) : undefined;
    if (antecedent) {
      descriptions.push({ first: r.first - 1, end: r.end, code: codeOf(antecedent), antecedent });
      continue;
    }
    const role = r.others.find((s) => s.kind === 'role');
    if (role) rest.push({ ...r, sense: role, others: [] });
  }
  return { descriptions, rest };
}

/**
 * "the country", "the nation": the country named last before it ("…annexation of Crimea from Ukraine and its
 * support for separatists in the country's east" -> Ukraine). Words already matched are left alone.
 */
export function resolveCountryNouns(words: readonly Word[], resolved: readonly Resolved[]): ResolvedDescription[] {
  const out: ResolvedDescription[] = [];
  const covered = new Uint8Array(words.length);
  for (const r of resolved) covered.fill(1, r.first, r.end);
  let at = 0;
  let last: Resolved | undefined;
  for (let i = 1; i < words.length; i++) {
    for (; at < resolved.length && (resolved[at]?.first ?? Infinity) < i; at++) {
      const r = resolved[at];
      if (r?.sense.kind === 'country' && r.sense.form !== 'people' && r.sense.agent === null) last = r;
    }
    const word = words[i];
    if (!word || !last || covered[i] === 1 || words[i - 1]?.key !== 'the' || !COUNTRY_NOUNS.has(word.key)) continue;
    if (last.sense.kind === 'country') out.push({ first: i - 1, end: i + 1, code: last.sense.code, antecedent: last });
  }
  return out;
}

function latest(named: readonly Resolved[], ok: (r: Resolved) => boolean): Resolved | undefined {
  for (let i = named.length - 1; i >= 0; i--) {
    const r = named[i];
    if (r && ok(r)) return r;
  }
  return undefined;
}

function codeOf(r: Resolved): string {
  return r.sense.kind === 'organization' || r.sense.kind === 'group' ? r.sense.code : '';
}
