/**
 * The JSON output of `dyad code`, as `../shared/CONTRACT.md` defines it, checked by zod. Every consumer (the
 * scorer, the store, the HTTP API, users' scripts) relies on this shape: extend it, never rename or drop a field.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/, 'ISO 8601 date or range');

const actorRef = z.object({ code: z.string().nullable(), name: z.string(), text: z.string().optional() });

const geo = z.object({
  name: z.string(),
  country: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
});

const mention = z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) });

export const contractEntity = z.object({
  name: z.string(),
  type: z.enum(['person', 'organization', 'country', 'place', 'group']),
  code: z.string().nullable(),
  role: z.string().nullable(),
  affiliation: z.enum(['stated', 'inferred', 'dictionary']).nullable(),
  geo: geo.nullable(),
  mentions: z.array(mention),
});

export const contractTime = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  value: isoDate.nullable(),
  precision: z.enum(['day', 'month', 'year', 'range', 'vague']),
  stated: z.array(z.string()),
  implied: z.array(z.string()),
  unresolved: z.string().nullable(),
});

export const contractQuote = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  direct: z.boolean(),
  speaker: actorRef.nullable(),
  cue: z.string().nullable(),
  sentence: z.number().int().min(0),
  rule: z.string(),
});

export const contractEvent = z.object({
  sentence: z.number().int().min(0),
  evidence: z.string(),
  source: actorRef.nullable(),
  target: actorRef.nullable(),
  code: z.string().regex(/^\d{2,4}$/),
  /** The code's name in the CAMEO ontology. */
  label: z.string().optional(),
  /** The words that triggered the code, with their offsets in the article. */
  trigger: z.object({ text: z.string(), start: z.number().int().min(0), end: z.number().int().min(0) }).optional(),
  root: z.string().regex(/^\d{2}$/),
  quadClass: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
  goldstein: z.number(),
  plover: z.string().nullable(),
  date: isoDate.nullable(),
  dateText: z.string().nullable(),
  dateBasis: z.enum(['stated', 'publication', 'inferred']).nullable(),
  modality: z.enum(['asserted', 'negated', 'future', 'expected', 'hypothetical', 'alleged']),
  background: z.boolean(),
  location: geo.nullable(),
  reportedBy: actorRef.nullable(),
  confidence: z.number().min(0).max(1),
  rule: z.string(),
});

export const contractOutput = z.object({
  article: z.object({
    id: z.string(),
    source: z.string(),
    title: z.string().nullable(),
    published: isoDate.nullable(),
    language: z.literal('en'),
    /** Why dates relative to publication stay unresolved, when they do. */
    note: z.string().nullable(),
  }),
  entities: z.array(contractEntity),
  times: z.array(contractTime),
  quotes: z.array(contractQuote),
  events: z.array(contractEvent),
});

export type ContractOutput = z.infer<typeof contractOutput>;
