/**
 * What a dictionary phrase can mean. One phrase may have several senses ("Moscow": Russia's capital standing for
 * its government, and the city; "Georgia": the country and the US state); the actors stage picks one from context.
 */
import type { Geo } from '../core/index.js';

export type Gender = 'm' | 'f';

/** A country, or a CAMEO pseudo-country such as WST, by any of its names, its demonym, capital or seat of power. */
export interface CountrySense {
  readonly kind: 'country';
  readonly code: string;
  readonly name: string;
  /** `people`: the plural noun for its people ("Russians"), coded as civilians. */
  readonly form: 'name' | 'demonym' | 'capital' | 'people';
  /** The agent a seat of power adds: "the Kremlin" -> GOV. */
  readonly agent: string | null;
  /** Also a given name or a common word ("Jordan", "Chad", "Turkey"): needs support from the article. */
  readonly ambiguous: boolean;
}

/** An international or non-governmental organisation, or a named armed group or movement. */
export interface OrganisationSense {
  readonly kind: 'organization' | 'group';
  readonly code: string;
  readonly name: string;
  readonly form: 'name' | 'demonym';
}

/** A definite description ("the alliance") that may refer back to one of these organisations. */
export interface DescriptionSense {
  readonly kind: 'description';
  readonly codes: readonly string[];
}

/** One office a person held, with its dates (ISO strings; `to` null while in office). */
export interface Office {
  readonly code: string;
  readonly role: string;
  readonly from: string;
  readonly to: string | null;
}

export interface OfficeHolder {
  readonly name: string;
  readonly gender: Gender | null;
  readonly offices: readonly Office[];
}

/** A well-known office holder, by full name or (form `short-name`) surname. */
export interface PersonSense {
  readonly kind: 'person';
  readonly holder: OfficeHolder;
  readonly form: 'name' | 'short-name';
}

export interface PlaceSense {
  readonly kind: 'place';
  readonly geo: Geo;
  readonly scope: 'city' | 'region' | 'state';
  readonly population: number;
  /** GeoNames admin1 code of a US city or state ("GA"), to read "Atlanta, Georgia". */
  readonly admin: string | null;
  /** Also a common word or given name ("Nice", "Victoria"): a place only after "in" or before ", <country>". */
  readonly ambiguous: boolean;
}

/** A role word: "foreign minister" -> GOV for a person, "police" -> COP for a group. */
export interface RoleSense {
  readonly kind: 'role';
  /** CAMEO agent code, or `inherit`: the agent comes from the word before or the qualifier ("Kremlin spokesman"). */
  readonly agent: string;
  readonly person: boolean;
  readonly group: boolean;
  /** Stands as an actor without a stated country ("the rebels"), which is then inferred from context. */
  readonly bare: boolean;
  readonly gender: Gender | null;
  /** The only countries with this title ("Foreign Secretary" -> GBR, IND, PAK), or null for any. */
  readonly countries?: readonly string[] | null;
}

/** An honorific before a name: "Mr", "Ms", "Dr". */
export interface TitleSense {
  readonly kind: 'title';
  readonly gender: Gender | null;
}

export type Sense = CountrySense | OrganisationSense | DescriptionSense | PersonSense | PlaceSense | RoleSense | TitleSense;
