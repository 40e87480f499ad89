import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { openStore } from '../store/store.js';
import { buildTestAtlas } from './test-atlas.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: process.cwd(), env: {} } as never;
  const code = await main(args, io);
  return { code, out: out.join(''), err: err.join('') };
}

test('view commands print tables and JSON from a store', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-views-'));
  const db = join(dir, 'atlas.db');
  try {
    const store = await openStore(db);
    await buildTestAtlas(store);
    await store.close();
    const flows = await run(['flows', '--db', db, '--json']);
    assert.equal(flows.code, 0);
    assert.deepEqual(JSON.parse(flows.out).map((e: { to: string }) => e.to), ['GN', 'DZ']);
    const table = await run(['flows', '--db', db, '--country', 'dz']);
    assert.match(table.out, /ML\s+DZ\s+sex_trafficking/);
    assert.match(table.out, /1 flows/);
    assert.match((await run(['profile', 'ML', '--db', db])).out, /Roles:[\s\S]*origin/);
    assert.equal(JSON.parse((await run(['profile', 'ml', '--db', db, '--json'])).out).country, 'ML');
    assert.match((await run(['commodities', '--db', db])).out, /Gold\s+Mali\s+forced_labor\s+yes\s+yes/);
    assert.match((await run(['diff', 'ML', '--from', '2020', '--to', '2021', '--db', db])).out, /appeared, 3 disappeared, 2 persisted/);
    const s = JSON.parse((await run(['search', 'mopti', '--db', db, '--json'])).out);
    assert.equal(s.total, 2);
    assert.match((await run(['documents', '--db', db])).out, /3 of 3 documents/);
    assert.equal((await run(['flows', '--db', db, '--form', 'nope'])).code, 2);
    assert.equal((await run(['diff', 'ML', '--db', db])).code, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
