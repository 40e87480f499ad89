/**
 * /api/export under load (issue 13, item 5): an answer is made once per filter and store revision and
 * shared; responses stream it as the client reads; past the cap of exports at once, 503 with Retry-After;
 * clients pipelining exports without reading do not make the server hold an answer each.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadCountryResolver } from '../ingest/country-resolver.js';
import { note } from '../ingest/testing/reliability-note.js';
import { openStore, type Store } from '../store/store.js';
import { claimAt, docInput } from '../store/testing.js';
import { createApp } from './create-app.js';
import { startServer } from './start-server.js';
import { fixtureAtlas } from './test-fixtures.js';
import { claimsCsv } from './view-adapters.js';

/** A store whose queryClaims calls are counted (the other methods as they are). */
function counted(store: Store): { readonly store: Store; readonly calls: () => number } {
  let n = 0;
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const v: unknown = Reflect.get(target, key, receiver);
      if (key === 'queryClaims' && typeof v === 'function') return (...args: unknown[]) => { n++; return Reflect.apply(v, target, args); };
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
  return { store: proxy, calls: () => n };
}

test('exports: the same answers as the claims, made once per store revision and shared', async (t) => {
  const atlas = await fixtureAtlas();
  try {
    const { store, calls } = counted(atlas.store);
    const app = createApp({ store, resolver: atlas.resolver });
    const claims = (await (await app.request('/api/claims?limit=500')).json()) as { total: number; items: unknown[] };
    const before = calls();
    const [a, b] = await Promise.all([app.request('/api/export'), app.request('/api/export')]);
    assert.equal(a.status, 200);
    assert.deepEqual(await a.json(), claims.items, 'json: every claim as /api/claims shows it');
    assert.deepEqual(await b.json(), claims.items);
    const made = calls() - before;
    assert.ok(made >= 1);
    assert.deepEqual(await (await app.request('/api/export')).json(), claims.items);
    assert.equal(calls() - before, made, 'a repeated export reads no claims: it is cached');
    const csv = await app.request('/api/export?format=csv');
    assert.equal(await csv.text(), claimsCsv(await atlas.store.queryClaims({})), 'csv: as the one CSV writer writes it');
    assert.equal(csv.headers.get('content-length'), String(Buffer.byteLength(claimsCsv(await atlas.store.queryClaims({})))));
    // Another document stored: a new revision, a new answer.
    const text = 'GHANA: Tier 2\nTraffickers exploit Ghanaian boys on fishing boats on Lake Volta.';
    await atlas.store.putDocument(docInput({ text, country: 'GH', year: 2021, sourceId: '/r/gh.txt' }),
      [claimAt(text, 'Traffickers exploit Ghanaian boys on fishing boats on Lake Volta.', { type: 'sector', form: 'forced_labor', sector: 'fishing' })]);
    const after = (await (await app.request('/api/export')).json()) as unknown[];
    assert.equal(after.length, claims.total + 1, 'the new claim is exported');
    note(t, { fault: 'load: repeated and concurrent exports', cases: 5, outcome: 'an export is made once per filter and store revision and shared by concurrent and later requests (no claims read again); a stored document makes a new one; same JSON as /api/claims, same CSV as the one CSV writer' });
  } finally {
    await atlas.dispose();
  }
});

test('exports past the cap get 503 with Retry-After; a finished or abandoned export frees its place', async (t) => {
  const atlas = await fixtureAtlas();
  try {
    const app = createApp({ store: atlas.store, resolver: atlas.resolver, maxConcurrentExports: 2 });
    const held = [await app.request('/api/export'), await app.request('/api/export?format=csv')];
    assert.deepEqual(held.map((r) => r.status), [200, 200]);
    const refused = await app.request('/api/export?format=facts');
    assert.equal(refused.status, 503);
    assert.equal(refused.headers.get('retry-after'), '5');
    const body = (await refused.json()) as { error: string; detail: string };
    assert.equal(body.error, 'export_busy');
    assert.match(body.detail, /at most 2 exports/);
    assert.equal((await app.request('/api/health')).status, 200, 'other routes still answer');
    await held[0].body?.cancel();
    await held[1].text();
    const again = await Promise.all([app.request('/api/export?format=facts'), app.request('/api/export')]);
    assert.deepEqual(again.map((r) => r.status), [200, 200], 'places freed by a cancelled and a finished export');
    await Promise.all(again.map((r) => r.text()));
    note(t, { fault: 'load: concurrent exports past the cap', cases: 3, outcome: 'the third of 3 exports at once (cap 2 in the test, 4 by default) got 503 export_busy with Retry-After: 5; places freed when an export finished or its client left' });
  } finally {
    await atlas.dispose();
  }
});

/** A store of `docs` documents of `perDoc` claims, each with about 300 characters of evidence. */
async function largeStore(file: string, docs: number, perDoc: number): Promise<Store> {
  const store = await openStore(file);
  const sentence = (d: number, i: number) => `Traffickers reportedly exploit men and boys from district ${d}-${i} in forced labor on fishing vessels, in gold mines and on cocoa farms, according to a non-governmental organization that assisted them in the capital during the reporting period.`;
  for (let d = 0; d < docs; d++) {
    const text = `MALI: Tier 2\n${Array.from({ length: perDoc }, (_, i) => sentence(d, i)).join(' ')}`;
    const claims = Array.from({ length: perDoc }, (_, i) => claimAt(text, sentence(d, i), { type: 'sector', form: 'forced_labor', sector: 'fishing' }));
    await store.putDocument(docInput({ text, country: 'ML', year: 2021, sourceId: `/r/ml-${d}.txt` }), claims);
  }
  return store;
}

/** A socket that sends `count` pipelined exports at once and never reads. */
function pipelineWithoutReading(port: number, count: number): Socket {
  const s = connect(port, '127.0.0.1');
  s.on('error', () => undefined);
  s.pause();
  s.write('GET /api/export HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'.repeat(count));
  return s;
}

test('clients pipelining exports without reading: memory stays bounded and the server keeps answering', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-export-load-'));
  const store = await largeStore(join(dir, "atlas.db"), 120, 80);
  const app = createApp({ store, resolver: await loadCountryResolver() });
  const server = await startServer(app, 0, '127.0.0.1', { idleTimeoutMs: 30_000 });
  const sockets: Socket[] = [];
  try {
    const one = await fetch(`${server.url}api/export`);
    const bytes = (await one.arrayBuffer()).byteLength;
    assert.ok(bytes > 3_000_000, `the export is large (${bytes} bytes)`);
    global.gc?.();
    const start = process.memoryUsage().rss;
    let peak = start;
    const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
    for (let i = 0; i < 10; i++) sockets.push(pipelineWithoutReading(server.port, 8));
    await new Promise((r) => setTimeout(r, 1500));
    const t0 = performance.now();
    const health = await fetch(`${server.url}api/health`);
    const healthMs = performance.now() - t0;
    assert.equal(health.status, 200);
    await new Promise((r) => setTimeout(r, 1500));
    clearInterval(sampler);
    const growthMb = (peak - start) / 2 ** 20;
    const answersHeld = Math.round((peak - start) / bytes);
    assert.ok(healthMs < 1000, `/api/health answered in ${healthMs.toFixed(0)} ms while 10 clients held exports`);
    assert.ok(growthMb < 120, `memory grew by ${growthMb.toFixed(0)} MB (about ${answersHeld} answers of ${(bytes / 2 ** 20).toFixed(1)} MB) while 10 clients pipelined 8 exports each without reading`);
    note(t, {
      fault: 'load: clients pipelining exports without reading',
      cases: 10,
      outcome: `10 connections × 8 pipelined exports of ${(bytes / 2 ** 20).toFixed(1)} MB, never read: server memory +${growthMb.toFixed(0)} MB (one shared answer, streamed as read; 4 exports at once, the rest 503); /api/health in ${healthMs.toFixed(0)} ms`,
    });
  } finally {
    for (const s of sockets) s.destroy();
    await server.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
