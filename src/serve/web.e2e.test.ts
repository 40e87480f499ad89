/** End-to-end in headless Chromium: map → country → flow evidence; a hostile report shown without running anything. */
import { test } from 'node:test';
import { createServer } from 'node:http';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { createApp } from './create-app.js';
import { ensureWebBuilt, startServer } from './start-server.js';
import { fixtureAtlas, HOSTILE_REPORT } from './test-fixtures.js';

const CHROMIUM = '/usr/bin/chromium';

/** A page on another origin (another port) that posts a report to `target` with fetch (no-cors), then with a text/plain form. */
async function attackerPage(target: string): Promise<{ readonly url: string; close(): Promise<void> }> {
  const text = 'SENEGAL: Tier 2. Traffickers exploit Senegalese girls in domestic servitude in Dakar.';
  const html = `<!doctype html><form id="f" method="POST" enctype="text/plain" action="${target}"><input name='{"text":"${text} form","x":"' value='"}'></form>
<script>fetch(${JSON.stringify(target)}, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: ${JSON.stringify(`${text} fetch`)} })
  .catch(() => {}).finally(() => document.getElementById('f').submit());</script>`;
  const server = createServer((_req, res) => { res.writeHead(200, { 'Content-Type': 'text/html' }); res.end(html); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise<void>((r) => server.close(() => r())) };
}
const skip = existsSync(CHROMIUM) ? false : 'chromium is not installed (/usr/bin/chromium)';

test('web app in Chromium: map, country page, evidence highlight, hostile report inert', { skip, timeout: 90_000 }, async () => {
  const { chromium } = await import('playwright-core');
  const webRoot = await ensureWebBuilt();
  assert.ok(webRoot, 'web app built');
  const atlas = await fixtureAtlas({ '2022-mali-hostile.txt': HOSTILE_REPORT });
  const server = await startServer(createApp({ store: atlas.store, resolver: atlas.resolver, webRoot, allowUpload: true, hostCheck: { boundHost: '127.0.0.1' } }), 0, '127.0.0.1');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'] });
  mkdirSync('test-artifacts', { recursive: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(10_000);
    const dialogs: string[] = [];
    const external: string[] = [];
    const errors: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(server.url.replace('localhost', '127.0.0.1')) && !r.url().startsWith(server.url) && !r.url().startsWith('data:')) external.push(r.url()); });

    await page.goto(server.url);
    await page.waitForSelector('svg.world path.arc');
    assert.ok(await page.locator('path.land.reported').count() >= 2);
    await page.screenshot({ path: 'test-artifacts/map.png' });

    // Click a country on the map (Mali), see its flows.
    // Click inside Mali's northern desert, away from the arcs that start at its centroid.
    const mali = page.locator('path.land.reported[data-code="ML"]');
    const box = await mali.boundingBox();
    assert.ok(box);
    await mali.click({ position: { x: box.width * 0.72, y: box.height * 0.22 }, timeout: 5000 });
    await page.waitForSelector('h1:text("Mali")');
    const flowLinks = page.locator('a.flow-item');
    assert.ok(await flowLinks.count() >= 2);
    assert.ok((await flowLinks.allTextContents()).some((t) => t.includes('Mali → Guinea')));
    await page.screenshot({ path: 'test-artifacts/country.png', fullPage: true });

    // Open the evidence of the Mali → Guinea flow: the document opens with the span highlighted.
    await flowLinks.filter({ hasText: 'Mali → Guinea' }).first().click();
    await page.waitForSelector('mark.current');
    const highlighted = (await page.locator('mark.current').allTextContents()).join('');
    assert.match(highlighted, /Malian (boys|men)/);
    assert.match(highlighted, /gold mines/);
    await page.screenshot({ path: 'test-artifacts/evidence.png' });

    // The hostile report: its markup is shown as text and nothing in it runs.
    const docs = await (await fetch(`${server.url}api/documents?year=2022`)).json() as { items: { id: number }[] };
    assert.equal(docs.items.length, 1);
    await page.goto(`${server.url}#/doc/${docs.items[0].id}`);
    await page.waitForSelector('.doc-text');
    const shown = await page.locator('.doc-text').textContent();
    assert.ok(shown?.includes('<script>window.__pwned = 1; alert(1)</script>'));
    assert.ok(shown?.includes('onerror="window.__pwned = 2'));
    assert.equal(await page.locator('.doc-text script, .doc-text img, .doc-text svg, .doc-text a').count(), 0);
    await page.locator('.doc-text').click();
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.deepEqual(dialogs, []);
    await page.screenshot({ path: 'test-artifacts/hostile.png' });

    // A page on another origin posts a report (fetch no-cors, then a text/plain form): nothing is stored.
    const before = await atlas.store.countDocuments({});
    const attacker = await attackerPage(`${server.url}api/documents`);
    try {
      const evil = await browser.newPage();
      const formAnswer = evil.waitForResponse((r) => r.url().endsWith('/api/documents') && r.request().method() === 'POST' && r.request().resourceType() === 'document');
      await evil.goto(attacker.url);
      assert.equal((await formAnswer).status(), 403, 'the text/plain form is refused');
      await evil.close();
    } finally {
      await attacker.close();
    }
    assert.equal(await atlas.store.countDocuments({}), before, 'no cross-site write stored');

    // The app's own page adds a report through the same API (same origin): stored.
    await page.goto(`${server.url}#/add`);
    await page.locator('#paste').fill('SENEGAL: Tier 2\nTraffickers exploit Senegalese girls in domestic servitude in Dakar.');
    await page.locator('form.add button[type=submit]').click();
    await page.waitForSelector('text=claims extracted');
    assert.equal(await atlas.store.countDocuments({}), before + 1, 'the same-origin upload is stored');

    // Phone width still renders the map and the search.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.goto(`${server.url}#/search?q=gold`);
    await page.waitForSelector('ol.results li');
    await page.screenshot({ path: 'test-artifacts/search-phone.png', fullPage: true });
    assert.deepEqual(external, [], 'no request leaves the server');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.close();
    await atlas.dispose();
  }
});
