import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { createApp } from './create-app.js';
import { fixtureAtlas, type FixtureAtlas } from './test-fixtures.js';
import { ViewCache } from './view-adapters.js';

let atlas: FixtureAtlas;
before(async () => { atlas = await fixtureAtlas(); });
after(async () => { await atlas.dispose(); });

test('views are answered gzipped to clients that accept it, the same JSON as plain', async () => {
  const app = createApp({ store: atlas.store, resolver: atlas.resolver });
  for (const path of ['/api/flows', '/api/profile/ML', '/api/commodities?country=ML']) {
    const plain = await app.request(path);
    const zipped = await app.request(path, { headers: { 'Accept-Encoding': 'gzip, deflate, br' } });
    assert.equal(plain.headers.get('content-encoding'), null, path);
    assert.equal(zipped.headers.get('content-encoding'), 'gzip', path);
    assert.match(zipped.headers.get('vary') ?? '', /Accept-Encoding/, path);
    assert.match(zipped.headers.get('content-type') ?? '', /application\/json/, path);
    const text = await plain.text();
    assert.ok(text.length > 2, path);
    assert.equal(gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8'), text, path);
  }
});

test('the view cache computes once per key and store revision, and forgets failures', async () => {
  const cache = new ViewCache(atlas.store);
  let calls = 0;
  const compute = async () => ({ n: ++calls });
  const [a, b] = await Promise.all([cache.view('k', compute), cache.view('k', compute)]);
  assert.equal(a, b, 'concurrent requests share one computation');
  assert.equal(calls, 1);
  assert.deepEqual(JSON.parse(new TextDecoder().decode((await cache.view('k', compute)).json)), { n: 1 });
  await assert.rejects(cache.view('bad', async () => { throw new Error('view failed'); }));
  assert.deepEqual(JSON.parse(new TextDecoder().decode((await cache.view('bad', compute)).json)), { n: 2 }, 'a failure is not cached');
});
