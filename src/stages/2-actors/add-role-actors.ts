/**
 * Role phrases that name no person stand for a group ("Houthi rebels" -> YEMREB, "Hong Kong police" -> HKGCOP,
 * "Turkish Armed Forces" -> TURMIL) or an unnamed office holder ("the Russian ambassador" -> RUSGOV). Without a
 * qualifier ("the rebels", "police"), only role words marked `bare` in the dictionary count, and their country is
 * inferred.
 */
import type { Entity } from '../../core/index.js';
import { composeCode, inferCode, type CodeContext } from './code-actors.js';
import type { Draft, EntityBook } from './entity-book.js';
import type { RolePhrase } from './find-roles.js';
import { mentionOf } from './mention.js';
import type { Word } from './words.js';

const HEAD_POS = new Set(['NOUN', 'PROPN']);

/** True when the role phrase stands as an actor of its own. */
export function standsAsActor(role: RolePhrase, words: readonly Word[]): boolean {
  if (modifiesCompound(role, words)) return false;
  if (role.qualifier) return true;
  if (!role.agent || !role.bare) return false;
  const head = words[role.roleEnd - 1];
  if (!head || !HEAD_POS.has(head.pos)) return false;
  const before = words[role.roleFirst - 1];
  // "pro-Russian separatists", "US-backed forces", "anti-Kremlin forces": the compound says whose side, not whose.
  if (words[role.roleFirst - 2]?.text === '-' && words[role.roleFirst - 2]?.end === before?.start) return false;
  return role.group || before?.key === 'the' || before === undefined || before.sentence !== head.sentence;
}

/**
 * "Hong Kong's police oversight council", "the army training centre": the role word names what a compound of two
 * more nouns is about, not who acts. "police violence against protesters" (one noun after it) still counts.
 */
function modifiesCompound(role: RolePhrase, words: readonly Word[]): boolean {
  const next = words[role.roleEnd];
  const after = words[role.roleEnd + 1];
  const head = words[role.roleEnd - 1];
  return next?.pos === 'NOUN' && after?.pos === 'NOUN' && next.shape === 'any' && after.shape === 'any' && next.sentence === head?.sentence;
}

interface RoleActorContext extends CodeContext {
  readonly text: string;
  readonly words: readonly Word[];
}

export function addRoleActors(book: EntityBook, roles: readonly RolePhrase[], c: RoleActorContext): void {
  for (const role of roles) {
    const sentence = c.words[role.first]?.sentence ?? 0;
    const earlier = role.qualifier ? null : sameGroupBefore(book, role, c);
    if (earlier) {
      earlier.mentions.push(mentionOf(c.text, c.words, role.first, role.end, 'role', 'coref:group-role'));
      continue;
    }
    const code = role.qualifier ? composeCode(role.qualifier, role.agent) : c.sightings.length > 0 ? inferCode(role, sentence, c) : role.agent;
    if (!code) continue;
    const affiliation: Entity['affiliation'] = role.qualifier && !role.qualifier.located ? 'stated' : 'inferred';
    const name = c.text.slice(c.words[role.first]?.start ?? 0, c.words[role.end - 1]?.end ?? 0);
    const person = role.person && !role.group;
    const key = person ? `role:${code}:${role.role.toLowerCase()}` : `group:${code}`;
    const draft = book.draft(key, { type: person ? 'person' : 'group', name, code, role: role.role, affiliation });
    // A group first met bare ("the police") takes the name and certainty of a later stated mention.
    if (draft.affiliation === 'inferred' && affiliation === 'stated') Object.assign(draft, { name, affiliation });
    draft.mentions.push(mentionOf(c.text, c.words, role.first, role.end, 'role', `role:${role.agent ?? 'inherit'}${role.qualifier ? '+qualifier' : '+context'}`));
  }
}

/**
 * "an assembly of several foreign ministers in Cairo … The foreign ministers agreed": a bare group role refers
 * back to the one group the article named earlier with that role, rather than to whichever country is near.
 */
function sameGroupBefore(book: EntityBook, role: RolePhrase, c: RoleActorContext): Draft | null {
  if (!role.group || c.words[role.first - 1]?.key !== 'the') return null;
  const start = c.words[role.first]?.start ?? 0;
  const name = role.role.toLowerCase();
  const found = book.drafts().filter((d) => d.type === 'group' && d.code && d.role?.toLowerCase() === name && d.mentions.some((m) => m.start < start));
  return found.length === 1 ? found[0] ?? null : null;
}
