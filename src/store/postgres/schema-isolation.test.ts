/**
 * Stores in two schemas of one PostgreSQL database: each finds its own migration tables (Kysely's
 * migrator otherwise takes another schema's kysely_migration for its own and fails on the lock table).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { openStore } from '../store.js';
import { docInput } from '../testing.js';

const PG = process.env.TIP_ATLAS_TEST_PG;

test('postgres: a store opens in a new schema while another schema of the database holds one', { skip: PG ? false : 'TIP_ATLAS_TEST_PG is not set' }, async () => {
  const tag = `${process.pid}_${Date.now().toString(36)}`;
  const [a, b] = [`iso_a_${tag}`, `iso_b_${tag}`];
  const first = await openStore(PG!, { schema: a });
  try {
    await first.putDocument(docInput({ text: 'MALI: Tier 2\nTraffickers exploit boys in gold mines.', country: 'ML', sourceId: '/a.txt' }), []);
    const second = await openStore(PG!, { schema: b });
    try {
      assert.equal(await second.countDocuments(), 0, 'the new schema starts empty');
      assert.equal(await first.countDocuments(), 1);
    } finally {
      await second.close();
    }
  } finally {
    await first.close();
    const client = new pg.Client({ connectionString: PG });
    await client.connect();
    await client.query(`drop schema if exists "${a}" cascade`);
    await client.query(`drop schema if exists "${b}" cascade`);
    await client.end();
  }
});
