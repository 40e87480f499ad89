import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { docInput, testDialects } from '../testing.js';
import { note } from '../../ingest/testing/reliability-note.js';

const postgres = testDialects().find((d) => d.name === 'postgres');

test('postgres: a connection the server ends while idle does not end the process; the next query reconnects', { skip: postgres ? false : 'TIP_ATLAS_TEST_PG is not set' }, async (t) => {
  const admin0 = new pg.Client({ connectionString: process.env.TIP_ATLAS_TEST_PG });
  await admin0.connect();
  const since = (await admin0.query<{ now: Date }>('select clock_timestamp() as now')).rows[0]!.now;
  await admin0.end();
  const { store, dispose } = await postgres!.open();
  const admin = new pg.Client({ connectionString: process.env.TIP_ATLAS_TEST_PG });
  await admin.connect();
  try {
    await store.putDocument(docInput({ text: 'Boys are forced to beg in Dakar.', country: 'SN' }), []);
    // end the sessions opened since the store was (its pool's), as a server restart would
    const ended = await admin.query<{ n: string }>(
      'select count(*) as n from (select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() and backend_type = $1 and backend_start >= $2) t',
      ['client backend', since],
    );
    assert.ok(Number(ended.rows[0]!.n) >= 1, 'no idle session of the store was ended');
    // let the pool see its connections close
    await new Promise((r) => setTimeout(r, 200));
    assert.equal(await store.countDocuments(), 1);
    note(t, { fault: 'PostgreSQL connections ended by the server (restart, administrator)', cases: 1, outcome: 'no crash; the next query reconnects, the stored document is there' });
  } finally {
    await admin.end();
    await dispose();
  }
});
