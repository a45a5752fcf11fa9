/**
 * The query parameters of every read endpoint, parsed once at the edge with zod. Unknown parameters are errors
 * (a typo such as `?soruce=RUS` must not silently return every event); each message names the parameter.
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/u, 'want YYYY-MM-DD, YYYY-MM or YYYY');
const actor = z.string().trim().min(1, 'want a CAMEO code (RUS, IGOWSTNAT) or a name (Russia, NATO)').max(120);
const words = z.string().trim().min(1).max(200);
const flag = z.enum(['true', 'false', '1', '0'], { error: 'want true or false' }).transform((v) => v === 'true' || v === '1');
const cursor = z.string().max(200).describe('"next" from the previous page');

function limit(fallback: number, max: number) {
  return z.coerce.number({ error: `want a whole number from 1 to ${max}` }).int(`want a whole number from 1 to ${max}`).min(1, `want a whole number from 1 to ${max}`).max(max, `want a whole number from 1 to ${max}`).default(fallback);
}

export const eventsParams = z.strictObject({
  source: actor.describe('source actor: CAMEO code or prefix (RUS takes in RUSGOV), or a name').optional(),
  target: actor.describe('target actor').optional(),
  actor: actor.describe('either side').optional(),
  code: z.string().regex(/^\d{2,4}$/u, 'want a CAMEO code or prefix such as 16 or 161').describe('CAMEO event code or prefix').optional(),
  root: z.string().regex(/^\d{2}$/u, 'want a two-digit CAMEO root').describe('CAMEO root').optional(),
  from: isoDay.describe('first day (partial dates overlap)').optional(),
  to: isoDay.describe('last day').optional(),
  modality: z.enum(['asserted', 'negated', 'future', 'expected', 'hypothetical', 'alleged']).describe('only this modality').optional(),
  background: flag.describe('include past events cited as context').optional(),
  q: words.describe('words in the evidence sentence').optional(),
  reports: flag.describe('one row per report instead of per cluster').optional(),
  limit: limit(50, 500).describe('rows per page'),
  cursor: cursor.optional(),
});

export const seriesParams = z.strictObject({
  a: actor.describe('actor A: code or name'),
  b: actor.describe('actor B: code or name'),
  by: z.enum(['day', 'week', 'month']).default('month').describe('period'),
  from: isoDay.describe('first day').optional(),
  to: isoDay.describe('last day').optional(),
  reports: flag.describe('count reports instead of clusters').optional(),
});

export const quotesParams = z.strictObject({
  speaker: actor.describe("part of the speaker's name, or the speaker's actor code").optional(),
  q: words.describe('words in the quote').optional(),
  limit: limit(50, 500).describe('rows per page'),
  cursor: cursor.optional(),
});

export const actorsParams = z.strictObject({
  type: z.enum(['person', 'organization', 'country', 'place', 'group']).describe('entity type').optional(),
  limit: limit(25, 500).describe('rows per page'),
  cursor: cursor.optional(),
});

export const networkParams = z.strictObject({
  from: isoDay.describe('first day').optional(),
  to: isoDay.describe('last day').optional(),
  limit: limit(60, 500).describe('edges, heaviest first'),
});

export const articlesParams = z.strictObject({
  limit: limit(50, 500).describe('newest articles first'),
});

export const noParams = z.strictObject({});

export const postedArticle = z.looseObject({
  id: z.union([z.string(), z.number()]).optional(),
  published: z.string().optional(),
  date: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  text: z.string({ error: 'want the article as a string' }).describe('the article; a first line "date YYYY-MM-DD" gives the publication date'),
});

export const MAX_BATCH = 100;

/** `{"articles": [...]}` with up to MAX_BATCH articles; a single article may be posted bare: `{"text": "…"}`. */
export const articlesBody = z.preprocess(
  (value) => (typeof value === 'object' && value !== null && 'articles' in value ? value : { articles: [value] }),
  z.strictObject({ articles: z.array(postedArticle).min(1, 'want at least one article').max(MAX_BATCH, `at most ${MAX_BATCH} articles per request`) }),
);
