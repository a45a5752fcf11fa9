/**
 * Closed-class English words the event coder reads clause structure and modality from. They are grammar, not a
 * domain dictionary, so they live here rather than in `data/`.
 */
const set = (words: string): ReadonlySet<string> => new Set(words.split(' '));

/** Words that open a subordinate clause: "after the alliance expelled …" is its own event. */
export const SUBORDINATORS = set('after before when while because although though since until unless if whereas once as whether');

/** Relative pronouns: "the office, which was set up in 2002" — the clause's subject is the noun before. */
export const RELATIVES = set('which who whom that where');

/** Verbs of saying: "X said (that) Y did Z" reports Y's event with X as `reportedBy`. */
export const SPEECH_VERBS = set('say tell announce add state report note explain stress confirm reveal write tweet insist argue claim told said');

/** Saying that is doing: who announces new restrictions imposes them, unlike who reports an attack. */
export const PERFORMATIVE_VERBS = set('announce declare unveil');

/** Prepositions before a place that make it the event's location rather than a participant. */
export const LOCATIVE = set('in at near inside outside across throughout within around');

/** Prepositions after which an actor is the target: "sanctions on Russia", "a mission to Nato". */
export const TARGET_PREPOSITIONS = set('to on against with of toward towards into over from for between');

/** Prepositions after which an actor takes no part in the event: "detained without a court warrant". */
export const NON_PARTY_PREPOSITIONS = set('without despite except unlike like than instead');

export const NEGATORS = set("not n't never no nor neither");
export const FUTURE_AUX = set("will 'll shall wo");
export const HYPOTHETICAL_AUX = set('could might may should would must can');
/** "is expected to", "likely to", "set to", "poised to", "due to". */
export const EXPECTED_WORDS = set('expected likely set poised due slated scheduled');
export const ALLEGED_WORDS = set('alleged allegedly reportedly suspected purportedly apparently believed accused claimed');
/** Verbs whose "to"-complement has not happened yet: "plans to visit". */
export const FUTURE_VERBS = set('plan intend aim decide prepare vow pledge promise agree schedule hope want expect willing ready prepared');
/** Verbs whose "to"-complement may never happen: "threatened to impose sanctions". */
export const HYPOTHETICAL_VERBS = set('threaten warn offer seek try attempt demand urge ask call consider propose');
/** Verbs of belief: what they govern is a claim, not an established event ("agencies believe the prince ordered …"). */
export const BELIEF_VERBS = set('believe suspect think allege fear assume suggest');
/** Participles that with "to" state the subject's own stance, not a passive: "is committed to", "is determined to". */
export const STATIVE_PARTICIPLES = set('commit determine dedicate devote resolve prepare inclined');
