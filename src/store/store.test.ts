import { test } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { testDialects, claimAt, docInput } from './testing.js';
import { redactUrl, StoreError } from './store-error.js';
import { openStore } from './store.js';

const MALI = 'MALI: Tier 2 Watch List\nTraffickers reportedly exploit Malian boys in gold mines in Guinea. Families sell girls into domestic servitude in Bamako.';

for (const dialect of testDialects()) {
  test(`${dialect.name}: a document and its claims round-trip`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      const claims = [
        claimAt(MALI, 'Traffickers reportedly exploit Malian boys in gold mines in Guinea.', { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }, { hedges: ['reportedly'], victimTerms: ['Malian'] }),
        claimAt(MALI, 'gold mines', { type: 'commodity', form: 'forced_labor', commodity: 'gold' }),
        claimAt(MALI, 'Families sell girls', { type: 'actor', form: 'domestic_servitude', actor: 'family' }),
        claimAt(MALI, 'Bamako', { type: 'place', form: 'domestic_servitude', place: 'Bamako', country: 'ML' }),
      ];
      const put = await store.putDocument(docInput({ text: MALI, country: 'ML', year: 2021 }), claims);
      assert.equal(put.outcome, 'inserted');
      const doc = await store.getDocument(put.id);
      assert.equal(doc?.text, MALI);
      assert.equal(doc?.country, 'ML');
      assert.equal(doc?.year, 2021);
      assert.equal(doc?.claimCount, 4);
      assert.match(doc?.hash ?? '', /^[0-9a-f]{64}$/);
      const stored = await store.queryClaims({ documentId: put.id });
      assert.deepEqual(stored.map((s) => s.claim), claims);
      assert.equal(stored[0].hedged, true);
      assert.equal(stored[0].evidence.text, MALI.slice(claims[0].evidence.start, claims[0].evidence.end));
      assert.equal(stored[0].document.country, 'ML');
      assert.deepEqual((await store.queryClaims({ types: ['commodity'] })).map((s) => s.claim.fact), [claims[1].fact]);
      assert.equal((await store.queryClaims({ area: 'GN' })).length, 1);
      assert.equal((await store.queryClaims({ text: 'GOLD' })).length, 2);
      assert.equal((await store.queryClaims({ text: '50%' })).length, 0);
      assert.equal(await store.countClaims({ hedged: false }), 3);
      assert.deepEqual((await store.queryClaims({ limit: 2, offset: 1 })).map((s) => s.claim), claims.slice(1, 3));
      assert.deepEqual(await store.facetClaims({}, 'form'), [{ value: 'domestic_servitude', count: 2 }, { value: 'forced_labor', count: 2 }]);
      assert.deepEqual(await store.facetClaims({}, 'hedged'), [{ value: 'false', count: 3 }, { value: 'true', count: 1 }]);
    } finally {
      await dispose();
    }
  });

  test(`${dialect.name}: same content again is unchanged; changed content replaces in place`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      const input = docInput({ text: MALI, country: 'ML', year: 2021 });
      const c1 = [claimAt(MALI, 'gold mines', { type: 'commodity', form: 'forced_labor', commodity: 'gold' })];
      const first = await store.putDocument(input, c1);
      const again = await store.putDocument(input, c1);
      assert.deepEqual(again, { id: first.id, outcome: 'unchanged' });
      const text2 = MALI + ' Some girls are forced into marriage.';
      const c2 = [claimAt(text2, 'forced into marriage', { type: 'victim', form: 'forced_marriage', sex: 'female', age: 'unknown' })];
      const replaced = await store.putDocument({ ...input, text: text2 }, c2);
      assert.deepEqual(replaced, { id: first.id, outcome: 'replaced' });
      assert.equal(await store.countDocuments(), 1);
      const claims = await store.queryClaims();
      assert.deepEqual(claims.map((c) => c.claim.fact.type), ['victim']);
      assert.equal((await store.getDocument(first.id))?.text, text2);
    } finally {
      await dispose();
    }
  });

  test(`${dialect.name}: parts of one source are separate documents; stale parts are removed`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      const base = { sourceId: '/r/2021-tip.txt', path: 'r/2021-tip.txt', year: 2021 };
      await store.putDocument(docInput({ ...base, part: 'ML', country: 'ML', text: 'MALI text' }), []);
      await store.putDocument(docInput({ ...base, part: 'MR', country: 'MR', text: 'MAURITANIA text' }), []);
      assert.deepEqual((await store.listDocuments()).map((d) => d.part), ['ML', 'MR']);
      assert.equal(await store.removeStaleParts('/r/2021-tip.txt', ['MR']), 1);
      assert.deepEqual((await store.listDocuments({ country: 'MR' })).map((d) => d.country), ['MR']);
      assert.equal(await store.countDocuments(), 1);
    } finally {
      await dispose();
    }
  });
}

test('sqlite: reopening a file runs migrations once and keeps the data', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-reopen-'));
  try {
    const file = join(dir, 'sub', 'atlas.db');
    const a = await openStore(file);
    await a.putDocument(docInput({ text: MALI, country: 'ML' }), []);
    await a.close();
    const b = await openStore(`sqlite:${file}`);
    assert.equal(await b.countDocuments({ country: 'ML' }), 1);
    await b.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('store errors redact passwords', async () => {
  assert.equal(redactUrl('postgres://user:s3cret@db.example/x'), 'postgres://user:***@db.example/x');
  await assert.rejects(openStore('postgres://nobody:s3cret@127.0.0.1:1/none'), (e: unknown) => {
    assert.ok(e instanceof StoreError);
    assert.doesNotMatch(e.message, /s3cret/);
    assert.match(e.message, /nobody:\*\*\*@127\.0\.0\.1:1/);
    return true;
  });
});
