/**
 * Two sessions storing the same document at once (two ingests of one folder): both succeed, the
 * document is stored once and its claim rows are those of one of them, never both. PostgreSQL only:
 * SQLite transactions begin IMMEDIATE, so sessions never overlap (two processes on one file are tested in
 * src/ingest/fault.test.ts; two connections in one process would block each other's event loop).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openStore, type Store } from './store.js';
import { claimAt, docInput } from './testing.js';

const TEXT = 'MALI: Tier 2\nTraffickers exploit Malian boys in gold mines in Guinea. Families sell girls into domestic servitude in Bamako.';
const A = [claimAt(TEXT, 'gold mines', { type: 'commodity', form: 'forced_labor', commodity: 'gold' })];
const B = [claimAt(TEXT, 'Families sell girls', { type: 'actor', form: 'domestic_servitude', actor: 'family' }), claimAt(TEXT, 'Bamako', { type: 'place', form: 'domestic_servitude', place: 'Bamako', country: 'ML' })];

async function race(one: Store, two: Store): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const input = docInput({ text: `${TEXT} (${round})`, country: 'ML', sourceId: `/race/${round}.txt` });
    const outcomes = await Promise.all([one.putDocument(input, A), two.putDocument(input, A)]);
    assert.deepEqual(outcomes.map((o) => o.outcome).sort(), ['inserted', 'unchanged'], `round ${round}: one inserts, the other finds it`);
    assert.equal(outcomes[0].id, outcomes[1].id);
    // Both replace it at once with other claims: the rows of one of them, not both.
    await Promise.all([one.putDocument({ ...input, title: 'one' }, B), two.putDocument({ ...input, title: 'two' }, B.slice(0, 1))]);
    const doc = (await one.getDocument(outcomes[0].id))!;
    assert.equal(await one.countClaims({ documentId: doc.id }), doc.claimCount, `round ${round}: claim rows match the stored document`);
  }
  assert.equal(await one.countDocuments(), 10);
}

const PG = process.env.TIP_ATLAS_TEST_PG;

test('postgres: two sessions storing the same documents at once', { skip: PG ? false : 'TIP_ATLAS_TEST_PG is not set' }, async () => {
  const schema = `race_${process.pid}_${Date.now().toString(36)}`;
  const [one, two] = [await openStore(PG!, { schema }), await openStore(PG!, { schema })];
  try {
    await race(one, two);
  } finally {
    await one.close();
    await two.close();
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(`drop schema if exists "${schema}" cascade`);
    await client.end();
  }
});
