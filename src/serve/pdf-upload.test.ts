/**
 * Hostile PDFs uploaded to a running server: a decompression bomb and a flat page tree of 20,000
 * pages are refused (422, the reason naming the limit), while /api/health keeps answering.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './create-app.js';
import { startServer } from './start-server.js';
import { fixtureAtlas, type FixtureAtlas } from './test-fixtures.js';
import { buildBombPdf, buildTestPdf } from '../read/test-pdf.js';
import { note } from '../ingest/testing/reliability-note.js';

let atlas: FixtureAtlas;
before(async () => { atlas = await fixtureAtlas({}); });
after(async () => { await atlas.dispose(); });

/** Asks /api/health every 50 ms until stopped; the slowest answer, in ms. */
function probeHealth(port: number): { stop(): Promise<number> } {
  let running = true;
  let worst = 0;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      await res.arrayBuffer();
      worst = Math.max(worst, performance.now() - started);
      await new Promise((done) => setTimeout(done, 50));
    }
  })();
  return { stop: async () => { running = false; await loop; return worst; } };
}

test('uploaded PDF bomb and 20,000-page PDF are refused with 422 while /api/health keeps answering', { timeout: 120_000 }, async (t) => {
  const hostile = [
    { name: 'bomb.pdf', bytes: await buildBombPdf('(x) Tj ', 60_000_000), detail: /PDF expands past 256 MB/ },
    { name: 'flat-tree.pdf', bytes: buildTestPdf({ pages: Array.from({ length: 20_000 }, () => []) }), detail: /PDF has 20,000 pages, more than the 2,000-page limit/ },
  ];
  const stored = await atlas.store.countDocuments({});
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, allowUpload: true });
  const server = await startServer(app, 0, '127.0.0.1');
  const health = probeHealth(server.port);
  const seconds: string[] = [];
  try {
    for (const h of hostile) {
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${server.port}/api/documents?name=${h.name}`, { method: 'POST', headers: { 'Content-Type': 'application/pdf' }, body: new Blob([Buffer.from(h.bytes)]) });
      const body = (await res.json()) as { error: string; detail: string };
      seconds.push(`${h.name} ${((performance.now() - started) / 1000).toFixed(1)} s`);
      assert.equal(res.status, 422, JSON.stringify(body));
      assert.equal(body.error, 'unreadable_report');
      assert.match(body.detail, h.detail);
    }
  } finally {
    const worst = await health.stop();
    await server.close();
    assert.ok(worst < 1000, `/api/health took ${Math.round(worst)} ms during the uploads`);
    note(t, { fault: 'PDF uploads: decompression bomb, 20,000-page flat tree', cases: hostile.length, outcome: `422 naming the limit (${seconds.join(', ')}); /api/health answered within ${Math.round(worst)} ms meanwhile (held 29 s in the security review)` });
  }
  assert.equal(await atlas.store.countDocuments({}), stored, 'nothing stored');
});
