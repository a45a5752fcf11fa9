import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Io } from './io.js';
import { main } from './main.js';
import { runServe, serveFlags } from './serve-command.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(out: string[], err: string[]): Io {
  return { out: (t) => void out.push(t), error: (t) => void err.push(t), readStdin: () => Promise.resolve(Buffer.alloc(0)), isTerminal: false, colour: false };
}

describe('dyad serve', () => {
  it('serves the API on a free port, writes refused without a token, and stops cleanly', async () => {
    const out: string[] = [];
    const answers: number[] = [];
    const flags = serveFlags.parse({ port: '0', db: join(dir, 'serve.db') });
    const status = await runServe(flags, io(out, []), {
      env: {},
      stopped: async (url) => {
        answers.push((await fetch(`${url}/api/stats`)).status);
        answers.push((await fetch(`${url}/api/articles`, { method: 'POST', body: '{"text": "x"}' })).status);
      },
    });
    expect(status).toBe(0);
    expect(answers).toEqual([200, 403]);
    expect(out[0]).toMatch(/^dyad serving .* at http:\/\/127\.0\.0\.1:\d+ .*writes disabled/u);
  });

  it('takes the token from DYAD_TOKEN', async () => {
    const out: string[] = [];
    let status = 0;
    await runServe(serveFlags.parse({ port: '0', db: join(dir, 'serve.db') }), io(out, []), {
      env: { DYAD_TOKEN: 'a-token-long-enough' },
      stopped: async (url) => {
        status = (await fetch(`${url}/api/articles`, { method: 'POST', body: '{"text": "x"}', headers: { authorization: 'Bearer a-token-long-enough', 'content-type': 'application/json' } })).status;
      },
    });
    expect(status).toBe(201);
    expect(out[0]).toMatch(/writes need the token/u);
  });

  it('refuses a bad port and a short token before starting', async () => {
    const err: string[] = [];
    expect(await main(['serve', '--port', 'eighty'], io([], err))).toBe(2);
    expect(await main(['serve', '--token', 'short'], io([], err))).toBe(2);
    expect(err.join('\n')).toMatch(/--token: want at least 12 characters/u);
  });
});
