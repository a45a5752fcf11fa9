/**
 * Schemas of the actor and place data files (`data/actors/*.yaml`, `data/places/*.yaml`), checked with zod when
 * loaded. Each file is a YAML list; an error names the file, the line and the entry.
 */
import { z } from 'zod';

const text = z.string().min(1);
const texts = z.array(text);
const code = z.string().regex(/^[A-Z][A-Z0-9]{2,}$/u, 'a CAMEO code: three or more capital letters or digits');
const gender = z.enum(['m', 'f']);
/** YAML reads `2014-10-01` as a Date and `2014` as a number; both become an ISO string. */
const isoDate = z
  .union([z.string(), z.number(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)))
  .pipe(z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/u, 'a date YYYY, YYYY-MM or YYYY-MM-DD'));

export const countryExtraSchema = z.strictObject({
  code,
  name: text.optional(),
  names: texts.default([]),
  demonyms: texts.default([]),
  peoples: texts.default([]),
  capitals: texts.default([]),
  seats: texts.default([]),
  ambiguous: texts.default([]),
});

export const organisationSchema = z.strictObject({
  code,
  name: text,
  aliases: texts.min(1),
  demonyms: texts.default([]),
  descriptions: texts.default([]),
});

export const agentSchema = z.strictObject({
  agent: z.union([code, z.literal('inherit')]),
  words: texts.min(1),
  person: z.boolean().default(false),
  group: z.boolean().default(false),
  bare: z.boolean().default(false),
  gender: gender.optional(),
  /** Titles only some countries have ("Taoiseach" -> IRL): whose title it is, when the context names one of them. */
  countries: z.array(code).min(1).optional(),
});

export const officeSchema = z.strictObject({ code, role: text, from: isoDate, to: isoDate.optional() });

export const officeHolderSchema = z.strictObject({
  name: text,
  aliases: texts.default([]),
  gender: gender.optional(),
  offices: z.array(officeSchema).min(1),
});

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const regionSchema = z.strictObject({
  name: text,
  aliases: texts.default([]),
  country: z.string().regex(/^[A-Z]{3}$/u).nullable(),
  lat: latitude,
  lon: longitude,
});

export const usStateSchema = z.strictObject({ name: text, code: z.string().regex(/^[A-Z]{2}$/u), lat: latitude, lon: longitude });

export const cityAliasSchema = z.strictObject({ alias: text, city: text, country: z.string().regex(/^[A-Z]{2}$/u) });

export type CountryExtra = z.infer<typeof countryExtraSchema>;
export type OrganisationEntry = z.infer<typeof organisationSchema>;
export type AgentEntry = z.infer<typeof agentSchema>;
export type OfficeHolderEntry = z.infer<typeof officeHolderSchema>;
export type RegionEntry = z.infer<typeof regionSchema>;
export type UsStateEntry = z.infer<typeof usStateSchema>;
export type CityAliasEntry = z.infer<typeof cityAliasSchema>;

export const honorificSchema = z.strictObject({ word: text, gender: gender.optional() });
export type HonorificEntry = z.infer<typeof honorificSchema>;

export const givenNamesSchema = z.strictObject({ gender, names: texts.min(1) });
