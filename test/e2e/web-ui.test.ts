/**
 * End-to-end: the examples ingested into a fresh store, `dyad serve`'s app on a free port, Debian's chromium
 * driven by playwright-core through the five views and the paste box. Screenshots go to docs/screenshots/.
 * Skips (with one line saying why) where /usr/bin/chromium is absent; .ci/run installs it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingest, openStore } from '../../src/app/index.js';
import { startServer, type RunningServer } from '../../src/interfaces/http/index.js';
// @ts-expect-error: a plain ES module script without types
import { buildWeb } from '../../scripts/build-web.mjs';

const CHROMIUM = '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(import.meta.dirname, '../../docs/screenshots');
const EXAMPLES = join(import.meta.dirname, '../../examples');
const PASTED = 'date 2024-05-06\nItaly and Spain\n\nItaly condemned Spain on Monday over the fishing dispute. Spanish Foreign Minister Ana Ruiz met Italian officials in Rome on Tuesday.';

if (!HAVE_CHROMIUM) console.log(`e2e: skipped: ${CHROMIUM} not found (apt-get install -y chromium; .ci/run installs it)`);

describe.skipIf(!HAVE_CHROMIUM)('web UI in chromium', () => {
  let dir: string;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;

  async function open(hash: string): Promise<void> {
    await page.goto(`${server.url}/${hash}`);
    await page.waitForFunction(() => document.getElementById('view')?.getAttribute('aria-busy') === 'false');
    await page.evaluate(() => window.scrollTo(0, 0));
  }

  async function shot(name: string): Promise<void> {
    await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dyad-e2e-'));
    const webRoot = await buildWeb(join(dir, 'web'));
    const db = join(dir, 'e2e.db');
    const store = await openStore(db);
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).map((f) => join(EXAMPLES, f));
    const summary = await ingest(files, { store, workers: 0, date: null, stdin: () => Readable.from([]) });
    await store.close();
    expect(summary.stored).toBe(files.length);
    server = await startServer({ host: '127.0.0.1', port: 0, db, token: null, webRoot, log: (line) => console.error(line) });
    mkdirSync(SHOTS, { recursive: true });
    context = await chromium.launchPersistentContext(join(dir, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 860 },
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (err) => console.error(`page error: ${err.message}`));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('1. annotated article: stored articles listed; marks with codes on hover; events beside the text', async () => {
    await open('#/article');
    await expect.poll(() => page.locator('.article-list li').count()).toBe(readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).length);
    await page.getByRole('link', { name: 'Japan protests after Chinese ban on seafood imports' }).click();
    await page.waitForSelector('mark.m-country');
    expect(await page.locator('ol.events li').count()).toBeGreaterThan(0);
    expect(await page.locator('mark.m-time').count()).toBeGreaterThan(0);
    await page.locator('mark.m-country', { hasText: 'Japan' }).first().hover();
    await expect.poll(() => page.locator('.details').textContent()).toContain('code: JPN');
    await page.locator('button.event').first().click();
    await page.waitForSelector('.active-sentence');
    await shot('article');
  });

  it('2. dyad view: QuadClass counts and Goldstein charted both ways; events link to their sentence', async () => {
    await open('#/dyad?a=Japan&b=China&by=month');
    expect(await page.locator('h3').first().textContent()).toContain('JPN ⇄ CHN');
    await page.waitForSelector('#dyad-counts svg rect');
    await page.waitForSelector('#dyad-goldstein svg g[aria-label="line"]', { state: 'attached' });
    expect(await page.locator('.event-list li').count()).toBeGreaterThan(0);
    await shot('dyad');
    await page.locator('.event-list a.evidence').first().click();
    await page.waitForSelector('.active-sentence');
    expect(page.url()).toContain('#/article/');
  });

  it('3. timeline: an actor named by name, its events placed by date and Goldstein', async () => {
    await open('#/timeline?actor=Iran');
    await page.waitForSelector('#timeline-chart svg circle');
    expect(await page.locator('#timeline-chart svg circle').count()).toBeGreaterThan(0);
    expect(await page.locator('.event-list li').count()).toBeGreaterThan(0);
    await shot('timeline');
  });

  /** Where cytoscape drew the first edge's midpoint or the first node, in page coordinates (it keeps its instance on the container). */
  function drawnAt(what: 'edge' | 'node'): Promise<{ x: number; y: number; name: string }> {
    return page.evaluate((kind) => {
      const container = document.getElementById('network-graph') as HTMLElement & { _cyreg: { cy: Core } };
      const cy = container._cyreg.cy;
      const box = container.getBoundingClientRect();
      const element = kind === 'edge' ? cy.edges()[0]! : cy.nodes()[0]!;
      const at = kind === 'edge' ? (element as EdgeSingular).renderedMidpoint() : (element as NodeSingular).renderedPosition();
      return { x: box.left + at.x, y: box.top + at.y, name: element.id() };
    }, what);
  }

  it('4. network: a graph of who acts on whom; clicking an edge (or picking it in the list) lists its events', async () => {
    await open('#/network');
    await page.waitForSelector('#network-graph canvas');
    const edges = page.locator('.edge-list button');
    expect(await edges.count()).toBeGreaterThan(2);
    const edge = await drawnAt('edge');
    await page.mouse.click(edge.x, edge.y);
    await page.waitForSelector('#edge-events .event-list li');
    expect(await page.locator('#edge-title').textContent()).toMatch(/→.*events, mean Goldstein/u);
    await edges.nth(1).click();
    await expect.poll(() => page.locator('#edge-title').textContent()).toContain((await edges.nth(1).textContent())?.split(' · ')[0] ?? '');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('network');
    const node = await drawnAt('node');
    await page.mouse.click(node.x, node.y);
    await page.waitForSelector('#timeline-actor');
    expect(page.url()).toContain(`#/timeline?actor=${node.name}`);
  });

  it('5. quotes grouped by speaker, each linking to its place in the article', async () => {
    await open('#/quotes?speaker=Grossi');
    await page.waitForSelector('section.speaker blockquote');
    expect(await page.locator('section.speaker h3').first().textContent()).toContain('Rafael Grossi');
    await shot('quotes');
    const quote = (await page.locator('section.speaker blockquote').first().textContent()) ?? '';
    await page.getByRole('link', { name: 'in the article' }).first().click();
    await page.waitForSelector('.active-sentence');
    expect((await page.locator('.active-sentence').allTextContents()).join('')).toContain(quote);
  });

  it('pasting an article codes it and shows its events', async () => {
    await open('#/article');
    await page.getByLabel(/Article text/u).fill(PASTED);
    await page.getByRole('button', { name: 'Code article' }).click();
    await page.waitForSelector('#paste-result ol.events li');
    expect(await page.locator('#paste-result ol.events').textContent()).toContain('ITA → ESP');
    expect(await page.locator('#paste-result mark.m-person', { hasText: 'Ana Ruiz' }).count()).toBe(1);
    await page.locator('#paste-result').scrollIntoViewIfNeeded();
    await shot('paste');
  });

  it('is keyboard usable: Tab reaches the views and Enter opens one', async () => {
    await open('#/quotes');
    await page.reload();
    let label = '';
    for (let i = 0; i < 10 && label !== 'Network'; i++) {
      await page.keyboard.press('Tab');
      label = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    expect(label).toBe('Network');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#network-graph');
    expect(page.url()).toContain('#/network');
  });

  it('reads at phone width without sideways scrolling', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await open('#/dyad?a=Japan&b=China');
    await page.waitForSelector('#dyad-counts svg');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await shot('phone-dyad');
    await page.setViewportSize({ width: 1280, height: 860 });
  });
}, 60_000);
