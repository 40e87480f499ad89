import { basename } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { openStore } from '../store/store.js';
import { buildTestAtlas } from './test-atlas.js';
import { claimAt, docInput } from '../store/testing.js';
import { runBinary } from '../cli/testing/run-binary.js';
import { createApp } from '../serve/create-app.js';
import { loadCountryResolver } from '../ingest/country-resolver.js';

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

/** A store with the test atlas plus an HRR on Mali for 2019, for the tests through the real binary. */
async function atlasFile(): Promise<{ dir: string; db: string; remove: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-bin-'));
  const db = join(dir, 'atlas.db');
  const store = await openStore(db);
  await buildTestAtlas(store);
  await store.putDocument(docInput({ text: HRR_2019, country: 'ML', year: 2019, kind: 'hrr', sourceId: '/fixtures/ml-2019-hrr.txt' }), [
    claimAt(HRR_2019, 'Armed groups recruited children in Mopti.', { type: 'actor', form: 'child_soldiering', actor: 'armed_group' }),
  ]);
  await store.close();
  return { dir, db, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

const HRR_2019 = 'MALI 2019 HUMAN RIGHTS REPORT\nArmed groups recruited children in Mopti.';

test('binary: a read command on a missing SQLite file exits 2 naming it, and creates nothing', async () => {
  const { dir, remove } = await atlasFile();
  try {
    const typo = join(dir, 'atlsa.db');
    for (const args of [['flows'], ['profile', 'ML'], ['documents'], ['search', 'gold'], ['commodities'], ['export', '--format', 'csv'], ['diff', 'ML', '--from', '2020', '--to', '2021']]) {
      const r = runBinary([...args, '--db', typo]);
      assert.equal(r.code, 2, `${args[0]}: ${r.stderr}`);
      assert.match(r.stderr, new RegExp(`tip-atlas ${args[0]}: --db: no SQLite store at '${typo}'`));
      assert.equal(existsSync(typo), false, `${args[0]} created ${typo}`);
    }
    const serve = runBinary(['serve', '--db', typo, '--port', '0']);
    assert.equal(serve.code, 2, serve.stderr);
    assert.match(serve.stderr, /tip-atlas serve: no SQLite store at '.*atlsa\.db' to serve/);
    assert.equal(existsSync(typo), false);
  } finally {
    remove();
  }
});

test('binary: unknown country arguments exit 2 with a suggestion; names and demonyms are accepted', async () => {
  const { db, remove } = await atlasFile();
  try {
    const uk = runBinary(['profile', 'UK', '--db', db]);
    assert.equal(uk.code, 2);
    assert.match(uk.stderr, /the country: 'UK' is not an ISO 3166-1 alpha-2 country code; did you mean GB \(United Kingdom\)\?/);
    const qq = runBinary(['profile', 'QQ', '--db', db]);
    assert.equal(qq.code, 2);
    assert.match(qq.stderr, /'QQ' is not an ISO 3166-1 alpha-2 country code; expected an ISO 3166-1 alpha-2 code \(ML\), a country name \(Mali\) or demonym/);
    assert.doesNotMatch(qq.stderr, /--country/);
    const xx = runBinary(['flows', '--country', 'XX', '--db', db]);
    assert.equal(xx.code, 2);
    assert.match(xx.stderr, /--country: 'XX' is not an ISO 3166-1 alpha-2 country code/);
    assert.match(runBinary(['flows', '--country', 'Mauritanai', '--db', db]).stderr, /did you mean MR \(Mauritania\)\?/);
    for (const name of ['Mali', 'Malian', 'mali', 'ml']) {
      const r = runBinary(['profile', name, '--db', db, '--json']);
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
      assert.equal(JSON.parse(r.stdout).country, 'ML');
    }
    for (const region of ['north_africa', 'Europe']) assert.equal(runBinary(['flows', '--country', region, '--db', db]).code, 0, region);
    assert.equal(runBinary(['profile', 'europe', '--db', db]).code, 2);
  } finally {
    remove();
  }
});

test('binary: diff compares reports of one kind, names them, and exits 2 when a side is empty', async () => {
  const { db, remove } = await atlasFile();
  try {
    const same = runBinary(['diff', 'ML', '--from', '2020', '--to', '2021', '--db', db]);
    assert.equal(same.code, 0, same.stderr);
    assert.match(same.stdout, /^ML, tip reports: 2020 \(tip #1 \/fixtures\/ml-2020\.txt\) → 2021 \(tip #3 \/fixtures\/ml-2021\.txt\)/);
    const mixed = runBinary(['diff', 'ML', '--from', '2019', '--to', '2021', '--db', db]);
    assert.equal(mixed.code, 2);
    assert.match(mixed.stderr, /no kind of report on ML covers both years: 2019 has hrr reports and 2021 has tip reports; expected --kind/);
    const any = runBinary(['diff', 'ML', '--from', '2019', '--to', '2021', '--kind', 'any', '--db', db, '--json']);
    assert.equal(any.code, 0, any.stderr);
    const d = JSON.parse(any.stdout);
    assert.equal(d.kind, 'any');
    assert.deepEqual([d.fromDocuments.map((x: { kind: string }) => x.kind), d.toDocuments.map((x: { kind: string }) => x.kind)], [['hrr'], ['tip']]);
    const empty = runBinary(['diff', 'ML', '--kind', 'tip', '--from', '2019', '--to', '2021', '--db', db]);
    assert.equal(empty.code, 2);
    assert.match(empty.stderr, /no tip report on ML for 2019 in the store/);
    assert.doesNotMatch(empty.stdout, /appeared/);
  } finally {
    remove();
  }
});

test('binary: search --json has the shape of /api/search', async () => {
  const { db, remove } = await atlasFile();
  const store = await openStore(db);
  try {
    const app = createApp({ store, resolver: await loadCountryResolver() });
    const api = await (await app.request('/api/search?q=mopti&limit=10')).json();
    const cli = runBinary(['search', 'mopti', '--limit', '10', '--db', db, '--json']);
    assert.equal(cli.code, 0, cli.stderr);
    // the same answer; only document paths differ: the API shows no server path (issue 13), the CLI the local one
    const local = JSON.parse(cli.stdout) as { claims: { document: { path: string } }[] };
    for (const c of local.claims) c.document.path = basename(c.document.path);
    assert.deepEqual(local, api);
    assert.equal(typeof api.claims[0].fact.type, 'string');
    const openapi = await (await app.request('/api/openapi.json')).json();
    const answer = openapi.paths['/api/search'].get.responses['200'].content['application/json'].schema;
    assert.equal(answer.$ref, '#/components/schemas/SearchAnswer');
    assert.deepEqual(schemaProblems(JSON.parse(cli.stdout), answer, openapi.components.schemas, '$'), []);
    assert.deepEqual(schemaProblems({ ...api, claims: [{ ...api.claims[0], extra: 1 }] }, answer, openapi.components.schemas, '$'), ['$.claims[0].extra: not in the schema']);
  } finally {
    await store.close();
    remove();
  }
});

type Schema = { $ref?: string; type?: string; required?: string[]; properties?: Record<string, Schema>; additionalProperties?: boolean; items?: Schema };

/** What in `value` does not fit `schema` (required keys, no others where additionalProperties is false, JSON types; $ref followed). */
function schemaProblems(value: unknown, schema: Schema, schemas: Record<string, Schema>, at: string): string[] {
  if (schema.$ref) return schemaProblems(value, schemas[schema.$ref.replace('#/components/schemas/', '')], schemas, at);
  const type = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value;
  if (schema.type && schema.type !== type && !(schema.type === 'number' && type === 'integer')) return [`${at}: expected ${schema.type}, found ${type}`];
  if (Array.isArray(value)) return schema.items ? value.flatMap((v, i) => schemaProblems(v, schema.items!, schemas, `${at}[${i}]`)) : [];
  if (type !== 'object' || value === null) return [];
  const o = value as Record<string, unknown>;
  return [
    ...(schema.required ?? []).filter((k) => !(k in o)).map((k) => `${at}.${k}: required, missing`),
    ...(schema.additionalProperties === false ? Object.keys(o).filter((k) => !(k in (schema.properties ?? {}))).map((k) => `${at}.${k}: not in the schema`) : []),
    ...Object.entries(schema.properties ?? {}).filter(([k]) => k in o).flatMap(([k, s]) => schemaProblems(o[k], s, schemas, `${at}.${k}`)),
  ];
}
