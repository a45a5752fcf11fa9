/**
 * The OpenAPI 3.1 document served at `/api/openapi.json`. Query parameters are generated from the same zod
 * schemas that validate requests, so the document cannot drift from what the server accepts.
 */
import { z } from 'zod';
import { actorsParams, articlesParams, MAX_BATCH, postedArticle, eventsParams, networkParams, quotesParams, seriesParams } from './http-params.js';

type JsonObject = Record<string, unknown>;

function queryParameters(schema: z.ZodObject): JsonObject[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as { properties?: Record<string, JsonObject>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', required: json.required?.includes(name) ?? false, description: description ?? name, schema: rest };
  });
}

const errorBody = { description: 'bad parameters: `{"error": "…", "issues": [{"parameter", "message"}]}`', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
const json = (description: string): JsonObject => ({ description, content: { 'application/json': { schema: { type: 'object' } } } });

function get(summary: string, schema: z.ZodObject | null, ok: string, extra: JsonObject = {}): JsonObject {
  return { get: { summary, parameters: schema ? queryParameters(schema) : [], responses: { 200: json(ok), 400: errorBody, ...extra } } };
}

const article = z.toJSONSchema(postedArticle, { io: 'input', unrepresentable: 'any' });
const batch = { type: 'object', required: ['articles'], properties: { articles: { type: 'array', minItems: 1, maxItems: MAX_BATCH, items: article } } };
const postBody = { required: true, content: { 'application/json': { schema: { oneOf: [article, batch] } } } };

export function openApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: { title: 'dyad', version: '0.1.0', description: 'Political event data (CAMEO events, actors, quotes, times) coded from news articles. Actors may be given by CAMEO code (RUS, IGOWSTNAT; a code also matches the codes it begins) or by name (Russia, NATO).' },
    paths: {
      '/api/events': get('Stored events: one row per cluster (a happening counted once) or per report; newest first, in pages', eventsParams, '`{items: EventRow[], next: cursor|null}`'),
      '/api/series': get('How relations between A and B moved: both directions per period, counts per QuadClass, Goldstein sum and mean', seriesParams, '`{a, b, by, rows: SeriesRow[]}` with a and b resolved to codes'),
      '/api/quotes': get('Stored quotes, newest first, in pages', quotesParams, '`{items: QuoteRow[], next}`'),
      '/api/actors': get('The most mentioned actors, with codes and the roles of people, in pages', actorsParams, '`{items: ActorRow[], next}`'),
      '/api/network': get('Who acts on whom: edges weighted by clusters, with mean Goldstein', networkParams, '`{edges: [{source, target, sourceName, targetName, events, goldsteinMean}]}`'),
      '/api/articles': {
        ...get('The newest stored articles', articlesParams, '`{items: [{id, title, published, url, events, quotes}]}`'),
        post: {
          summary: 'Code and store one article or a batch (`{"articles": [...]}`, at most 100); needs the server token',
          security: [{ bearer: [] }],
          requestBody: postBody,
          responses: { 201: json('the store\'s write summary: `{stored, nearDuplicates, duplicates, events, quotes, failed}`'), 400: errorBody, 401: errorBody, 403: errorBody, 413: errorBody },
        },
      },
      '/api/articles/{id}': {
        get: {
          summary: 'One stored article with its text and annotations (the output of `dyad code`)',
          parameters: [{ name: 'id', in: 'path', required: true, description: 'article id, id prefix, URL or source path', schema: { type: 'string' } }],
          responses: { 200: json('`{output, text, url, duplicateOf, copies, ingestedAt}`'), 404: errorBody },
        },
      },
      '/api/stats': get('What the store holds, in numbers', null, 'StoreStats'),
      '/api/code': {
        post: {
          summary: 'Code one article or a batch and answer without storing (no token needed)',
          requestBody: postBody,
          responses: { 200: json('`{results: [ContractOutput | {error}]}`'), 400: errorBody, 413: errorBody },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', parameters: [], responses: { 200: json('OpenAPI 3.1') } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'the token given to `dyad serve --token` or DYAD_TOKEN' } },
      schemas: { Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, issues: { type: 'array', items: { type: 'object', properties: { parameter: { type: 'string' }, message: { type: 'string' } } } } } } },
    },
  };
}
