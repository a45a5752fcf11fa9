import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../app/index.js';
import { loadDictionaries } from '../../dictionaries/index.js';
import type { EventStore } from '../../store/index.js';
import { createApp } from './create-app.js';

const TOKEN = 'test-token-0123456789';
const PROTEST = 'date 2022-03-14\nFrance Protests Germany\n\nFrance condemned Germany on Monday over the pipeline deal. "This deal is a mistake," French Foreign Minister Jean Dupont told reporters in Paris.';
const MEETING = 'date 2022-04-02\nGermany and France meet\n\nGerman Chancellor Anna Weber met French President Paul Martin in Berlin on Saturday.';

let store: EventStore;
let app: ReturnType<typeof createApp>;
const dictionaries = loadDictionaries();

function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return Promise.resolve(app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } }));
}

async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

function items(body: Record<string, unknown>): Record<string, unknown>[] {
  return body.items as Record<string, unknown>[];
}

beforeAll(async () => {
  store = await openStore(':memory:');
  app = createApp({ store, dictionaries: () => dictionaries, token: TOKEN });
  const res = await post('/api/articles', { articles: [{ text: PROTEST, url: 'https://example.org/protest' }, { text: MEETING }] }, { authorization: `Bearer ${TOKEN}` });
  expect(res.status).toBe(201);
});

afterAll(() => store.close());

describe('POST /api/articles', () => {
  it('refuses a write without the token (401) and with a wrong one', async () => {
    const none = await post('/api/articles', { text: MEETING });
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/u);
    expect(((await none.json()) as { error: string }).error).toMatch(/token/u);
    expect((await post('/api/articles', { text: MEETING }, { authorization: 'Bearer wrong-token-0123456789' })).status).toBe(401);
  });

  it('is disabled (403) on a server started without a token', async () => {
    const readOnly = createApp({ store, dictionaries: () => dictionaries, token: null });
    const res = await readOnly.request('/api/articles', { method: 'POST', body: JSON.stringify({ text: MEETING }) });
    expect(res.status).toBe(403);
  });

  it('stores a batch once: posting the same article again reports a duplicate', async () => {
    const res = await post('/api/articles', { text: MEETING }, { authorization: `Bearer ${TOKEN}` });
    const body = (await res.json()) as { stored: number; duplicates: unknown[] };
    expect(body.stored).toBe(0);
    expect(body.duplicates).toHaveLength(1);
  });

  it('answers 400 with the field for a body without text', async () => {
    const res = await post('/api/articles', { articles: [{ title: 'no text' }] }, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: string }).error).toMatch(/text/u);
  });
});

describe('GET /api/events', () => {
  it('finds events by actor code or by name', async () => {
    const byCode = await get('/api/events?source=FRA&target=DEU');
    const byName = await get('/api/events?source=France&target=Germany');
    expect(byCode.status).toBe(200);
    expect(items(byCode.body).map((e) => e.code)).toContain('111');
    expect(items(byName.body)).toEqual(items(byCode.body));
  });

  it('filters by code prefix and date', async () => {
    expect(items((await get('/api/events?code=11')).body).every((e) => String(e.code).startsWith('11'))).toBe(true);
    expect(items((await get('/api/events?from=2022-04')).body).every((e) => String(e.date) >= '2022-04')).toBe(true);
  });

  it('pages with a cursor: the second page continues the first', async () => {
    const all = items((await get('/api/events?limit=500')).body).map((e) => e.id);
    const first = await get('/api/events?limit=1');
    expect(first.body.next).toEqual(expect.any(String));
    const second = await get(`/api/events?limit=1&cursor=${String(first.body.next)}`);
    expect([...items(first.body), ...items(second.body)].map((e) => e.id)).toEqual(all.slice(0, 2));
  });

  it('answers 400 naming each bad parameter', async () => {
    const bad = await get('/api/events?code=abc&limit=0&soruce=RUS&from=yesterday');
    expect(bad.status).toBe(400);
    const parameters = (bad.body.issues as { parameter: string }[]).map((i) => i.parameter).sort();
    expect(parameters).toEqual(['code', 'from', 'limit', 'soruce']);
    expect(bad.body.error).toMatch(/code: want a CAMEO code/u);
    expect((await get('/api/events?cursor=garbage')).status).toBe(400);
  });
});

describe('GET /api/series', () => {
  it('gives both directions per period, actors by name resolved to codes', async () => {
    const { status, body } = await get('/api/series?a=France&b=Germany&by=month');
    expect(status).toBe(200);
    expect(body).toMatchObject({ a: 'FRA', b: 'DEU', by: 'month' });
    const march = (body.rows as { period: string; direction: string; q3: number }[]).find((r) => r.period === '2022-03' && r.direction === 'FRA>DEU');
    expect(march?.q3).toBeGreaterThan(0);
  });

  it('sees a stored article at once: a write drops the kept series', async () => {
    const total = async (): Promise<number> => ((await get('/api/series?a=ITA&b=ESP')).body.rows as { total: number }[]).reduce((n, r) => n + r.total, 0);
    expect(await total()).toBe(0);
    const res = await post('/api/articles', { text: 'date 2022-05-02\nItaly condemned Spain on Monday over the fishing quotas.' }, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(201);
    expect(await total()).toBe(1);
  });

  it('sends kept answers gzipped to clients that accept it, the same JSON', async () => {
    const plain = await (await app.request('/api/series?a=FRA&b=DEU&by=day')).text();
    const res = await app.request('/api/series?a=FRA&b=DEU&by=day', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString('utf8')).toBe(plain);
  });

  it('answers 400 without b or with an unknown period', async () => {
    expect((await get('/api/series?a=FRA')).body.error).toMatch(/^b: /u);
    expect((await get('/api/series?a=FRA&b=DEU&by=year')).status).toBe(400);
  });
});

describe('GET /api/quotes, /api/actors, /api/network', () => {
  it('finds quotes by part of the speaker name', async () => {
    const { body } = await get('/api/quotes?speaker=Dupont');
    expect(items(body)[0]).toMatchObject({ speaker: 'Jean Dupont', code: 'FRAGOV', text: expect.stringContaining('mistake') });
    expect((await get('/api/quotes?limit=9999')).status).toBe(400);
  });

  it('lists people with their roles', async () => {
    const { body } = await get('/api/actors?type=person');
    expect(items(body).map((a) => a.name)).toContain('Jean Dupont');
    expect((await get('/api/actors?type=alien')).status).toBe(400);
  });

  it('weights the network edges by events', async () => {
    const { body } = await get('/api/network');
    const edge = (body.edges as { source: string; target: string; events: number }[]).find((e) => e.source === 'FRA' && e.target === 'DEU');
    expect(edge?.events).toBeGreaterThan(0);
    expect((await get('/api/network?limit=-1')).status).toBe(400);
  });
});

describe('GET /api/articles, /api/articles/:id, /api/stats', () => {
  it('lists articles and opens one with its text and annotations', async () => {
    const list = items((await get('/api/articles')).body);
    expect(list.map((a) => a.title)).toEqual(expect.arrayContaining(['France Protests Germany', 'Germany and France meet']));
    const protest = list.find((a) => a.title === 'France Protests Germany');
    const { status, body } = await get(`/api/articles/${String(protest?.id)}`);
    expect(status).toBe(200);
    expect(body.text).toBe(PROTEST);
    const output = body.output as { entities: { name: string; mentions: { start: number; end: number }[] }[] };
    const france = output.entities.find((e) => e.name === 'France');
    const first = france?.mentions[0];
    expect(first && PROTEST.slice(first.start, first.end)).toBe('France');
  });

  it('answers 404 for an unknown article', async () => {
    const { status, body } = await get('/api/articles/sha256-nothing-here');
    expect(status).toBe(404);
    expect(body.error).toMatch(/no stored article/u);
  });

  it('counts what the store holds', async () => {
    const { body } = await get('/api/stats');
    expect(body).toMatchObject({ articles: 3, quotes: 1 });
    expect((await get('/api/stats?verbose=1')).status).toBe(400);
  });
});

describe('POST /api/code', () => {
  it('codes without storing and needs no token', async () => {
    const res = await post('/api/code', { text: 'date 2022-05-01\nItaly condemned Spain on Sunday.' });
    const body = (await res.json()) as { results: { events: { source: { code: string } }[] }[] };
    expect(res.status).toBe(200);
    expect(body.results[0]?.events[0]?.source.code).toBe('ITA');
    expect((await get('/api/stats')).body.articles).toBe(3);
  });

  it('answers 400 for a body that is not JSON and 413 past the body limit', async () => {
    expect((await post('/api/code', 'not json')).status).toBe(400);
    const small = createApp({ store, dictionaries: () => dictionaries, token: TOKEN, maxBodyBytes: 100 });
    const res = await small.request('/api/code', { method: 'POST', body: JSON.stringify({ text: 'x'.repeat(500) }), headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(413);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every endpoint the app serves and every query parameter it accepts', async () => {
    const { body } = await get('/api/openapi.json');
    const paths = body.paths as Record<string, Record<string, { parameters?: { name: string }[] }>>;
    const served = app.routes.filter((r) => r.path.startsWith('/api/') && r.path !== '/api/*' && r.method !== 'ALL').map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(?<name>\w+)/gu, '{$<name>}')}`);
    for (const route of served) {
      const [method = '', path = ''] = route.split(' ');
      expect(paths[path]?.[method], route).toBeDefined();
    }
    expect(paths['/api/events']?.get?.parameters?.map((p) => p.name)).toEqual(['source', 'target', 'actor', 'code', 'root', 'from', 'to', 'modality', 'background', 'q', 'reports', 'limit', 'cursor']);
  });

  it('sends no CORS headers unless an origin is named', async () => {
    const read = await app.request('/api/stats', { headers: { origin: 'https://dashboard.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets pages from the named origin read, not write', async () => {
    const open = createApp({ store, dictionaries: () => dictionaries, token: TOKEN, corsOrigin: 'https://dashboard.example' });
    const read = await open.request('/api/stats', { headers: { origin: 'https://dashboard.example' } });
    expect(read.headers.get('access-control-allow-origin')).toBe('https://dashboard.example');
    const preflight = await open.request('/api/articles', { method: 'OPTIONS', headers: { origin: 'https://dashboard.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET');
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const { status, body } = await get('/api/nothing');
    expect(status).toBe(404);
    expect(body.error).toMatch(/openapi/u);
  });
});
