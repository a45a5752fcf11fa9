/**
 * Hostile requests against the HTTP app (through hono's `app.request()`, no socket): SQL injection in every
 * filter, path traversal in every path parameter and in static files, oversized bodies, rate limits, the
 * security headers, no stack trace or internal message in a 500, and the token check.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/app/index.js';
import { loadDictionaries } from '../../src/dictionaries/index.js';
import { createApp } from '../../src/interfaces/http/create-app.js';
import { tokenMatches } from '../../src/interfaces/http/token-check.js';
import type { EventStore } from '../../src/store/index.js';

const TOKEN = 'hardening-token-0123456789';
const ARTICLE = 'date 2022-03-14\nFrance condemned Germany on Monday over the pipeline deal. "This deal is a mistake," French Foreign Minister Jean Dupont told reporters.';
const dictionaries = loadDictionaries();
let store: EventStore;
let app: ReturnType<typeof createApp>;
let webRoot: string;

const INJECTIONS = ["' OR 1=1 --", "' OR '1'='1", '"; DROP TABLE articles; --', "x') UNION SELECT * FROM articles --", '%', '_', '\\', "Robert'); DELETE FROM events; --", '1; ATTACH DATABASE \'/tmp/x.db\' AS x --'];
// Every free-text filter of every read endpoint (the enum, number and date ones reject such values with 400).
const FILTERS: readonly (readonly [string, string, string?])[] = [
  ['/api/events', 'source'], ['/api/events', 'target'], ['/api/events', 'actor'], ['/api/events', 'q'], ['/api/events', 'code'],
  ['/api/events', 'root'], ['/api/events', 'from'], ['/api/events', 'to'], ['/api/events', 'modality'], ['/api/events', 'cursor'],
  ['/api/series', 'a', 'b=FRA'], ['/api/series', 'b', 'a=FRA'], ['/api/quotes', 'speaker'], ['/api/quotes', 'q'], ['/api/quotes', 'cursor'],
  ['/api/actors', 'type'], ['/api/actors', 'cursor'], ['/api/network', 'from'], ['/api/articles', 'limit'], ['/api/events', 'limit'],
];

async function stats(): Promise<unknown> {
  return (await app.request('/api/stats')).json();
}

beforeAll(async () => {
  store = await openStore(':memory:');
  webRoot = mkdtempSync(join(tmpdir(), 'dyad-web-'));
  writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>dyad</title>');
  app = createApp({ store, dictionaries: () => dictionaries, token: TOKEN, webRoot, maxBodyBytes: 10_000, rateLimit: { requests: 5, windowMs: 60_000 } });
  const res = await app.request('/api/articles', { method: 'POST', body: JSON.stringify({ text: ARTICLE }), headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' } });
  expect(res.status).toBe(201);
});

afterAll(() => store.close());

describe('SQL injection', () => {
  it('in every filter: a 200 with nothing matched or a 400, never a 500, and the store unchanged', async () => {
    const before = await stats();
    for (const [path, name, extra] of FILTERS) {
      for (const payload of INJECTIONS) {
        const res = await app.request(`${path}?${extra ? `${extra}&` : ''}${name}=${encodeURIComponent(payload)}`);
        expect([200, 400], `${path} ${name}=${payload}`).toContain(res.status);
        const body = (await res.json()) as { items?: unknown[]; error?: string };
        if (res.status === 200 && body.items && !['%', '_', '\\'].includes(payload)) expect(body.items, `${path} ${name}=${payload}`).toEqual([]);
        if (res.status === 400) expect(body.error).toBeTruthy();
      }
    }
    expect(await stats()).toEqual(before);
  });
});

describe('path traversal', () => {
  const TRAVERSALS = ['%25', '_', '%25%00', '..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '....//....//etc/passwd', '..%5c..%5cwindows%5cwin.ini', '%00', '..%00'];
  it('in /api/articles/:id: a JSON 404, never a file', async () => {
    for (const t of TRAVERSALS) {
      const res = await app.request(`/api/articles/${t}`);
      expect([400, 404], t).toContain(res.status);
      expect(await res.text()).not.toMatch(/root:|\[fonts\]/u);
    }
  });

  it('in static files: nothing outside the web root', async () => {
    for (const t of ['/../../../../etc/passwd', '/..%2f..%2f..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/%2e%2e/etc/passwd', '/..%252f..%252fetc%252fpasswd', '/index.html/../../../etc/passwd']) {
      const res = await app.request(t);
      expect(await res.text(), t).not.toMatch(/root:/u);
    }
    expect((await app.request('/index.html')).status).toBe(200);
  });
});

describe('request size and rate', () => {
  it('refuses a body over the limit with 413, and without the token before reading it (401)', async () => {
    const big = JSON.stringify({ text: 'x'.repeat(20_000) });
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
    expect((await app.request('/api/articles', { method: 'POST', body: big, headers })).status).toBe(413);
    expect((await app.request('/api/articles', { method: 'POST', body: big, headers: { 'content-type': 'application/json' } })).status).toBe(401);
  });

  it('answers 429 with Retry-After once a client posts too often', async () => {
    const limited = createApp({ store, dictionaries: () => dictionaries, token: TOKEN, rateLimit: { requests: 3, windowMs: 60_000 } });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.request('/api/code', { method: 'POST', body: JSON.stringify({ text: `Report ${i}.` }) })).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await limited.request('/api/code', { method: 'POST', body: '{}' });
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await limited.request('/api/stats')).status).toBe(200);
  });
});

describe('responses', () => {
  it('carry the security headers; writes allow no other origin', async () => {
    const res = await app.request('/api/stats');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBeTruthy();
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/u);
    const preflight = await app.request('/api/articles', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(preflight.headers.get('access-control-allow-methods') ?? '').not.toMatch(/POST/u);
  });

  it('a failure inside gives a 500 without a stack trace or the internal message', async () => {
    const secret = (): never => {
      throw new Error('secret at /srv/dyad/src/store/x.ts:12:3');
    };
    const broken = new Proxy(store, { get: (target, key) => (typeof Reflect.get(target, key) === 'function' ? secret : key === 'db' ? new Proxy({}, { get: () => secret }) : Reflect.get(target, key)) });
    const logged: Error[] = [];
    const failing = createApp({ store: broken, dictionaries: () => dictionaries, token: null, onError: (e) => logged.push(e) });
    const res = await failing.request('/api/stats');
    const text = await res.text();
    expect(res.status).toBe(500);
    expect(text).not.toMatch(/secret|\.ts:\d|\bat /u);
    expect(logged).toHaveLength(1);
  });

  it('the token check accepts only the exact token, whatever the length of the guess', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    for (const guess of [null, '', 'h', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), 'x'.repeat(10_000)]) expect(tokenMatches(guess, TOKEN)).toBe(false);
  });
});
