import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { openStore } from '../store/store.js';
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

test('cached answers change when another process stores a document in the same database', async () => {
  const own = await fixtureAtlas();
  try {
    const app = createApp({ store: own.store, resolver: own.resolver });
    const get = async (path: string) => (await app.request(path)).json();
    const paths = ['/api/flows', '/api/search?q=fishing%20boats', '/api/overview', '/api/documents', '/api/claims?q=fishing%20boats', '/api/profile/GH'];
    const before = await Promise.all(paths.map(get));
    assert.deepEqual(await Promise.all(paths.map(get)), before, 'repeated: the same answers');
    assert.equal(before[1].total, 0);
    // Another store on the same SQLite file: another process's connection.
    const other = await openStore(join(own.dir, 'atlas.db'));
    try {
      const dir = join(own.dir, 'more');
      mkdirSync(dir);
      writeFileSync(join(dir, '2021-ghana.txt'), ['2021 Trafficking in Persons Report: Ghana', 'GHANA: Tier 2', 'TRAFFICKING PROFILE',
        'Traffickers exploit Ghanaian boys in forced labor on fishing boats on Lake Volta and in Togo.'].join('\n'));
      await ingest(other, [dir], { resolver: own.resolver });
    } finally {
      await other.close();
    }
    const after = await Promise.all(paths.map(get));
    assert.ok(after[0].length > before[0].length, 'flows: the new edges');
    assert.ok(after[1].total > 0, 'search: the new claims');
    assert.equal(after[2].documents, before[2].documents + 1, 'overview');
    assert.equal(after[3].total, before[3].total + 1, 'documents');
    assert.ok(after[4].total > 0, 'claims');
    assert.ok(after[5].documents.length > before[5].documents.length, 'profile');
  } finally {
    await own.dispose();
  }
});

test('the view cache keeps at most maxEntries answers and maxBytes of JSON, least recently used out first', async () => {
  const cache = new ViewCache(atlas.store, 3, 250);
  const computed: string[] = [];
  const view = (key: string, size: number) => cache.view(key, async () => { computed.push(key); return 'x'.repeat(size); });
  await view('a', 50);
  await view('b', 50);
  await view('c', 50);
  await view('a', 50);
  await view('d', 50);
  assert.deepEqual(computed, ['a', 'b', 'c', 'd'], 'a hit is not computed again');
  assert.equal(cache.size.entries, 3, 'b, the least recently used, went');
  await view('b', 50);
  assert.deepEqual(computed.slice(4), ['b']);
  await view('big', 200);
  assert.ok(cache.size.bytes <= 250, `bytes held: ${cache.size.bytes}`);
  await view('big', 200);
  assert.equal(computed.filter((k) => k === 'big').length, 1, 'the newest answer stays even when it alone fills the budget');
});
