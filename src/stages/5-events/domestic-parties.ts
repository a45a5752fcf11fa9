/**
 * The party a `domestic` pattern leaves unnamed: arrests, resignations, protests and bills happen inside one
 * country, so the missing party is that country, found from the place, the named party or the story.
 */
import type { ActorRef } from '../../core/index.js';
import type { Clause, ClauseMap } from './clauses.js';
import { governor, ownCountry, same, slotsIn } from './clause-actors.js';
import type { Discourse, Participants } from './discourse.js';
import type { Trigger } from './find-triggers.js';
import { LOCATIVE } from './grammar-words.js';
import type { SentenceView } from './sentence-view.js';

/** The country of the place the clause happens in: "marched in London" -> GBR. */
function placeCountry(view: SentenceView, clause: Clause | undefined, discourse: Discourse): ActorRef | null {
  if (!clause) return null;
  const place = slotsIn(view, clause.start, clause.end).find((s) => s.place && LOCATIVE.has(governor(view, s) ?? ''));
  return place ? countryRef(place.ref.code, discourse) : null;
}

/** The country of a code's first three letters ("TURMIL" -> TUR), if it is one. */
export function countryRef(code: string | null, discourse: Discourse): ActorRef | null {
  return code && code.length >= 3 ? discourse.country(code.slice(0, 3)) : null;
}

/** "protested outside the Japanese embassy": where a protest stands names whom it addresses. */
function protestSite(view: SentenceView, clause: Clause | undefined, index: number, source: ActorRef | null): ActorRef | null {
  if (!clause) return null;
  return slotsIn(view, index + 1, clause.end).find((s) => !s.place && LOCATIVE.has(governor(view, s) ?? '') && !same(s.ref, source))?.ref ?? null;
}

/** "summoned China's deputy ambassador to protest against …": a protest addresses the party just named. */
function protestedBefore(view: SentenceView, clause: Clause | undefined, t: Trigger, source: ActorRef | null): ActorRef | null {
  if (!clause || !t.pattern.code.startsWith('14')) return null;
  return slotsIn(view, clause.start, t.index).findLast((s) => !s.place && !same(s.ref, source) && !ownCountry(s.ref, source))?.ref ?? null;
}

/**
 * A `domestic` pattern's unnamed party is the country of the place ("Israeli soldiers were detained in Gaza" ->
 * PSE detains ISRMIL), else the named party's own country:
 *   "2,839 soldiers were detained"          -> TUR detains TURMIL
 *   "the governor announced his resignation" -> PRIGOV yields to PRI
 *   "a million people marched in London"     -> GBR protests against GBR
 */
export function domesticParties(view: SentenceView, map: ClauseMap, t: Trigger, found: Participants, discourse: Discourse): Participants {
  const clause = map.clauses[map.clauseOf[t.index] ?? 0];
  const source = found.source ?? placeCountry(view, clause, discourse) ?? countryRef(found.target?.code ?? null, discourse) ?? discourse.home();
  const target = found.target ?? protestSite(view, clause, t.index, source) ?? protestedBefore(view, clause, t, source) ?? countryRef(source?.code ?? null, discourse);
  return { source, target, how: found.source && found.target ? found.how : 'domestic' };
}
