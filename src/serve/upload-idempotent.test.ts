import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { createApp } from './create-app.js';
import { fixtureAtlas, type FixtureAtlas } from './test-fixtures.js';

let atlas: FixtureAtlas;
before(async () => { atlas = await fixtureAtlas(); });
after(async () => { await atlas.dispose(); });

const REPORT = '2021 Trafficking in Persons Report: Senegal\nSENEGAL: Tier 2\nTraffickers exploit Senegalese girls in domestic servitude in Dakar.';

test('uploading the same report again is the same document (200, unchanged); another name changes only its path; cached views follow the store', async () => {
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, allowUpload: true });
  const post = (body: unknown) => app.request('/api/documents', { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const senegal = async () => ((await (await app.request('/api/profile/SN')).json()) as { documents: unknown[] }).documents.length;
  assert.equal(await senegal(), 0, 'the profile view is computed (and cached) before the upload');
  const first = await post({ name: '2021-senegal.txt', text: REPORT });
  assert.equal(first.status, 201);
  const a = await first.json() as { outcome: string; documents: { id: number; path: string }[] };
  assert.equal(a.outcome, 'inserted');
  assert.equal(a.documents[0].path, '2021-senegal.txt');

  const again = await post({ name: '2021-senegal.txt', text: REPORT });
  assert.equal(again.status, 200);
  const b = await again.json() as { outcome: string; documents: { id: number }[] };
  assert.deepEqual([b.outcome, b.documents.map((d) => d.id)], ['unchanged', [a.documents[0].id]]);

  const plain = await app.request('/api/documents?name=senegal-copy.txt', { method: 'POST', body: REPORT, headers: { 'Content-Type': 'text/plain' } });
  assert.equal(plain.status, 200);
  const c = await plain.json() as { outcome: string; documents: { id: number; path: string }[] };
  assert.deepEqual([c.outcome, c.documents.map((d) => [d.id, d.path])], ['replaced', [[a.documents[0].id, 'senegal-copy.txt']]]);

  assert.equal(await atlas.store.countDocuments({ country: 'SN' }), 1);
  assert.equal(await senegal(), 1, 'a stored document invalidates the cached views');
  const other = await post({ name: '2021-senegal.txt', text: `${REPORT} Boys are forced to beg in Touba.` });
  assert.equal(other.status, 201, 'different content is another document');
  assert.equal(await atlas.store.countDocuments({ country: 'SN' }), 2);
  assert.equal(await senegal(), 2);
});

test('the OpenAPI document lists every status the upload answers with', async () => {
  const app = createApp({ store: atlas.store, resolver: atlas.resolver, allowUpload: true });
  const spec = await (await app.request('/api/openapi.json')).json() as { paths: Record<string, { post?: { responses: Record<string, unknown> } }> };
  const documented = Object.keys(spec.paths['/api/documents']?.post?.responses ?? {});
  const post = (body: string, type = 'application/json') => app.request('/api/documents', { method: 'POST', body, headers: { 'Content-Type': type } });
  const seen = new Set<number>();
  const text = 'MALI: Tier 2\nTraffickers exploit Malian boys in gold mines in Kayes.';
  for (const res of [await post(JSON.stringify({ name: 'spec-mali.txt', text })), await post(JSON.stringify({ name: 'spec-mali.txt', text })), await post('{"text": 3}'), await post('{not json'), await post('x', 'image/png')]) seen.add(res.status);
  assert.deepEqual([...seen].sort(), [200, 201, 400, 415, 422]);
  for (const status of seen) assert.ok(documented.includes(String(status)), `status ${status} is not in the OpenAPI document (${documented.join(', ')})`);
});
