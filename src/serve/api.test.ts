import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createApp } from './create-app.js';
import { bearerMatches, isLoopback } from './security.js';
import { staticFile } from './static-files.js';
import { fixtureAtlas, type FixtureAtlas } from './test-fixtures.js';

let atlas: FixtureAtlas;
before(async () => { atlas = await fixtureAtlas(); });
after(async () => { await atlas.dispose(); });

const app = (o: { allowUpload?: boolean; token?: string; maxUploadBytes?: number } = {}) => createApp({ store: atlas.store, resolver: atlas.resolver, ...o });

async function json(res: Response): Promise<any> {
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  return res.json();
}

test('documents, document text with spans, claims with filters and paging', async () => {
  const list = await json(await app().request('/api/documents'));
  assert.equal(list.total, 2);
  const mali = list.items.find((d: { country: string }) => d.country === 'ML');
  assert.ok(mali);
  const doc = await json(await app().request(`/api/documents/${mali.id}`));
  assert.ok(doc.document.text.includes('artisanal gold mines'));
  assert.ok(doc.claims.length > 0);
  for (const c of doc.claims) assert.equal(doc.document.text.slice(c.evidence.start, c.evidence.end), c.evidence.text);
  const flows = await json(await app().request('/api/claims?type=flow&documentCountry=ml&limit=1'));
  assert.equal(flows.items.length, 1);
  assert.ok(flows.total >= 2);
  assert.equal(flows.items[0].fact.type, 'flow');
  const page2 = await json(await app().request('/api/claims?type=flow&documentCountry=ML&limit=1&offset=1'));
  assert.notEqual(page2.items[0].id, flows.items[0].id);
  assert.equal((await app().request('/api/documents/9999')).status, 404);
});

test('flows, profile, commodities, diff, search, export, overview, countries, OpenAPI', async () => {
  const flows = await json(await app().request('/api/flows'));
  const mlgn = flows.find((f: { from: string; to: string }) => f.from === 'ML' && f.to === 'GN');
  assert.ok(mlgn, 'ML → GN stated by both reports');
  assert.equal(mlgn.reportCount, 2);
  assert.deepEqual(mlgn.corroboration, ['both_countries']);
  assert.ok((await json(await app().request('/api/flows?victimGroup=malian'))).length >= 1);
  assert.deepEqual(await json(await app().request('/api/flows?victimGroup=Klingon')), []);
  assert.ok((await json(await app().request('/api/flows?sector=mining'))).some((f: { to: string }) => f.to === 'GN'));
  const profile = await json(await app().request('/api/profile/ml'));
  assert.equal(profile.name, 'Mali');
  assert.ok(profile.flows.length >= 2);
  const goods = await json(await app().request('/api/commodities?country=ML'));
  assert.ok(goods.some((g: { good: string }) => g.good === 'Gold'));
  const diff = await json(await app().request('/api/diff/ML?from=2020&to=2021'));
  assert.ok(diff.appeared.length > 0);
  assert.deepEqual(diff.disappeared, []);
  const search = await json(await app().request('/api/search?q=siguiri'));
  assert.ok(search.total >= 1);
  assert.ok(search.facets.country.some((f: { value: string }) => f.value === 'GN'));
  const csv = await app().request('/api/export?format=csv&documentCountry=GN');
  assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
  assert.match(csv.headers.get('content-disposition') ?? '', /attachment/);
  const lines = (await csv.text()).trim().split('\r\n');
  assert.ok(lines[0].startsWith('id,type,form,from,to'));
  assert.ok(lines.length > 2);
  const facts = await json(await app().request('/api/export?format=facts'));
  assert.equal(facts.length, 2);
  const overview = await json(await app().request('/api/overview'));
  assert.equal(overview.documents, 2);
  assert.ok((await json(await app().request('/api/countries'))).some((c: { code: string; numeric: string }) => c.code === 'ML' && c.numeric === '466'));
  const spec = await json(await app().request('/api/openapi.json'));
  assert.equal(spec.openapi, '3.1.0');
  for (const p of ['/api/flows', '/api/profile/{country}', '/api/documents/{id}', '/api/search', '/api/export', '/api/diff/{country}']) assert.ok(spec.paths[p], p);
});

test('every bad parameter is a 400 with {error, detail}; unknown routes and methods are 4xx', async () => {
  for (const url of ['/api/flows?form=dancing', '/api/flows?year=21', '/api/claims?limit=0', '/api/claims?limit=100000', '/api/claims?type=flow,nope', '/api/claims?hedged=maybe',
    '/api/claims?frm=ML', '/api/claims?year=2021&year=2022', '/api/profile/Mali', '/api/diff/ML?from=2020', '/api/documents/abc', '/api/flows?country=%3Cscript%3E', `/api/search?q=${'x'.repeat(600)}`]) {
    const res = await app().request(url);
    assert.equal(res.status, 400, url);
    const body = await json(res);
    assert.equal(typeof body.error, 'string', url);
    assert.ok(body.detail.length > 5, url);
  }
  assert.equal((await app().request(`/api/search?q=${'x'.repeat(5000)}`)).status, 414);
  assert.equal((await app().request('/api/nothing')).status, 404);
  assert.equal((await app().request('/api/flows', { method: 'DELETE' })).status, 405);
});

test('security headers on API and app; static handler stays inside the app folder', async () => {
  const res = await app().request('/api/health');
  assert.match(res.headers.get('content-security-policy') ?? '', /default-src 'self'/);
  assert.doesNotMatch(res.headers.get('content-security-policy') ?? '', /unsafe-inline/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  const root = join(atlas.dir, 'web');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(root, 'assets', 'a.js'), 'console.log(1)');
  const web = createApp({ store: atlas.store, resolver: atlas.resolver, webRoot: root });
  assert.equal(await (await web.request('/')).text(), '<!doctype html><title>app</title>');
  assert.match((await web.request('/assets/a.js')).headers.get('content-type') ?? '', /javascript/);
  assert.equal((await web.request('/assets/missing.js')).status, 404);
  for (const bad of ['/..%2f..%2fetc/passwd', '/assets/..%5c..%5cetc%5cpasswd', '/%00', '/%E0%A4%A', '/assets/%252e%252e/x.js']) {
    const r = await web.request(bad);
    assert.equal(r.status, 400, bad);
  }
  // Dot segments (plain or %2e) are resolved by the URL parser before routing: they can only land inside the app.
  for (const dots of ['/%2e%2e/%2e%2e/etc/passwd', '/assets/../../../etc/passwd']) {
    const text = await (await web.request(dots)).text();
    assert.ok(!text.includes('root:'), dots);
  }
  // staticFile itself, given raw paths that a URL parser would otherwise normalize away.
  for (const raw of ['/../reports/2021-mali.txt', '/assets/../../atlas.db', '/..\\atlas.db', '/%2e%2e/atlas.db']) assert.equal((await staticFile(root, raw)).kind, 'bad', raw);
});

test('uploads: off by default, token in constant time, size limit, malformed bodies, ingested at once', async () => {
  const body = JSON.stringify({ name: '2021-senegal.txt', text: '2021 Trafficking in Persons Report: Senegal\nSENEGAL: Tier 2\nTraffickers exploit Senegalese girls in domestic servitude in Dakar.' });
  const post = (a: ReturnType<typeof app>, b: BodyInit, headers: Record<string, string> = { 'Content-Type': 'application/json' }) => a.request('/api/documents', { method: 'POST', body: b, headers });
  assert.equal((await post(app(), body)).status, 403);
  const token = 'correct-horse-battery-staple';
  const locked = app({ allowUpload: true, token });
  assert.equal((await post(locked, body)).status, 401);
  assert.equal((await post(locked, body, { 'Content-Type': 'application/json', Authorization: 'Bearer wrong-token-wrong-token' })).status, 401);
  assert.equal(bearerMatches(`Bearer ${token}`, token), true);
  assert.equal(bearerMatches(`Bearer ${token}x`, token), false);
  assert.equal(bearerMatches(undefined, token), false);
  assert.ok(isLoopback('127.0.0.1') && isLoopback('::1') && !isLoopback('0.0.0.0'));
  const open = app({ allowUpload: true, maxUploadBytes: 64 * 1024 });
  assert.equal((await post(open, 'x'.repeat(65 * 1024), { 'Content-Type': 'text/plain' })).status, 413);
  assert.equal((await post(open, '{"text": ', { 'Content-Type': 'application/json' })).status, 400);
  assert.equal((await post(open, '{"words": "no text"}')).status, 422);
  assert.equal((await post(open, 'a,b', { 'Content-Type': 'text/csv' })).status, 415);
  const res = await post(locked, body, { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` });
  assert.equal(res.status, 201);
  const out = await json(res);
  assert.equal(out.documents[0].country, 'SN');
  assert.ok(out.claims > 0);
  const docs = await json(await app().request('/api/documents?country=SN'));
  assert.equal(docs.total, 1);
});
