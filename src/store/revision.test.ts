/** Store.revision(): changes with every write that changes what views show, from this store or another one on the same database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimAt, docInput, testDialects } from './testing.js';
import { KyselyStore } from './kysely-store.js';

const TEXT = 'MALI: Tier 2\nTraffickers exploit Malian boys in gold mines in Guinea. Families sell girls into domestic servitude in Bamako.';
const GOLD = claimAt(TEXT, 'gold mines', { type: 'commodity', form: 'forced_labor', commodity: 'gold' });
const FAMILY = claimAt(TEXT, 'Families sell girls', { type: 'actor', form: 'domestic_servitude', actor: 'family' });

for (const dialect of testDialects()) {
  test(`${dialect.name}: the revision changes with each stored, replaced or removed document, not with an unchanged one`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      const seen = [await store.revision()];
      const changed = async (what: string) => {
        const r = await store.revision();
        assert.ok(!seen.includes(r), `${what}: revision ${r} is new (seen ${seen.join(', ')})`);
        seen.push(r);
      };
      const input = docInput({ text: TEXT, country: 'ML', year: 2021, sourceId: '/r/report.txt', part: 'ML' });
      await store.putDocument(input, [GOLD]);
      await changed('inserted');
      await store.putDocument(input, [GOLD]);
      assert.equal(await store.revision(), seen.at(-1), 'unchanged: same revision');
      await store.putDocument({ ...input, extractorVersion: 'v2' }, [GOLD]);
      await changed('new extractor version');
      await store.putDocument(input, [GOLD, FAMILY]);
      await changed('replaced');
      await store.putDocument({ ...input, part: 'GN', country: 'GN' }, [GOLD]);
      await changed('second part');
      assert.equal(await store.removeStaleParts('/r/report.txt', ['ML']), 1);
      await changed('stale part removed');
      assert.equal(await store.removeStaleParts('/r/report.txt', ['ML']), 0);
      assert.equal(await store.revision(), seen.at(-1), 'nothing removed: same revision');
    } finally {
      await dispose();
    }
  });

  test(`${dialect.name}: a write by another store on the same database changes this store's revision`, async () => {
    const { store, reopen, dispose } = await dialect.open();
    try {
      const other = await reopen();
      const before = await store.revision();
      assert.equal(await other.revision(), before);
      await other.putDocument(docInput({ text: TEXT, country: 'ML', year: 2021 }), [GOLD]);
      const after = await store.revision();
      assert.notEqual(after, before);
      assert.equal(after, await other.revision());
    } finally {
      await dispose();
    }
  });
}

for (const dialect of testDialects()) {
  test(`${dialect.name}: a store whose revision row is gone gets it back at the next write`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      assert.ok(store instanceof KyselyStore);
      await store.db.deleteFrom('store_revision').execute();
      const before = await store.revision();
      await store.putDocument(docInput({ text: TEXT, country: 'ML', year: 2021 }), [GOLD]);
      const after = await store.revision();
      assert.notEqual(after, before);
      await store.putDocument(docInput({ text: TEXT, country: 'ML', year: 2021, sourceId: '/r/second.txt' }), [GOLD]);
      assert.notEqual(await store.revision(), after);
    } finally {
      await dispose();
    }
  });
}
