/**
 * A store written before migration 0002 (no grouping columns, no extractor version) is brought up to
 * date on open: the grouping columns are computed from the stored claims, so views see the same
 * groups as on a fresh store; and migration 0007 indexes its claims' text for search.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { flows } from '../graph/flows.js';
import { profile } from '../graph/profile.js';
import { claimRows } from './claim-row.js';
import { migrate, type SchemaTraits } from './migrations.js';
import { POSTGRES_TRAITS } from './postgres/open-postgres-store.js';
import { SQLITE_TRAITS } from './sqlite/open-sqlite-store.js';
import { openStore, type Store } from './store.js';
import { claimAt, docInput, searchUsesIndex } from './testing.js';

const TEXT = 'MALI: Tier 2\nTraffickers reportedly take Malian girls to Algeria. Girls are exploited in Mopti.';

/** Writes one document and its claims with the columns of migration 0001 only. */
async function writeOldStore(db: Kysely<any>, traits: SchemaTraits, url: string, schema?: string): Promise<void> {
  // PostgreSQL: the migration tables of the test's own schema, not those of another store in the database.
  await migrate(db, traits, url, '0001_documents_and_claims', schema);
  const doc = docInput({ text: TEXT, country: 'ML', year: 2021 });
  const claims = [
    claimAt(TEXT, 'Traffickers reportedly take Malian girls to Algeria.', { type: 'flow', form: 'sex_trafficking', from: 'ML', to: 'DZ' }, { hedges: ['reportedly'], victimTerms: ['Malian'] }),
    claimAt(TEXT, 'Malian girls', { type: 'victim', form: 'sex_trafficking', sex: 'female', age: 'child' }),
    claimAt(TEXT, 'Girls are exploited in Mopti.', { type: 'place', form: 'sex_trafficking', place: 'Mopti', country: 'ML' }),
  ];
  const { id } = await db.insertInto('documents').values({
    source_id: doc.sourceId, part: '', path: doc.path, country: 'ML', year: 2021, kind: 'tip', title: null, hash: 'old', claims_hash: 'old',
    reader: 'text', bytes: doc.bytes, page_start: null, page_end: null, pages: '[]', text: TEXT, claim_count: claims.length, ingested_at: '2024-01-01T00:00:00Z',
  }).returning('id').executeTakeFirstOrThrow();
  const rows = claimRows(claims, TEXT, Number(id)).map(({ fact_key: _k, victim_terms: _t, source_key: _s, overlapping_victims: _o, ...old }) => old);
  await db.insertInto('claims').values(rows).execute();
}

async function assertUpToDate(store: Store): Promise<void> {
  const [doc] = await store.listDocuments();
  assert.equal(doc.extractorVersion, '', 'unknown version: the next ingest extracts it again');
  const [edge] = await flows(store);
  assert.deepEqual([edge.from, edge.to, edge.hedgedOnly, edge.victimGroups], ['ML', 'DZ', true, ['Malian', 'female child']]);
  const p = await profile(store, 'ML');
  assert.deepEqual(p.places.map((i) => [i.fact.place, i.evidenceCount]), [['Mopti', 1]]);
  assert.deepEqual(p.forms.map((f) => [f.form, f.terms, f.groups.length]), [['sex_trafficking', ['Malian'], 1]]);
  // Migration 0007: the full-text index holds the claims stored before it, and searches read it.
  assert.ok(await searchUsesIndex(store), 'a text search is answered from the full-text index');
  assert.deepEqual((await store.queryClaims({ text: 'exploited in mopti' })).map((c) => c.claim.fact.type), ['place']);
  assert.equal(await store.countClaims({ text: 'algeria' }), 1);
}

test('sqlite: migration 0002 computes the grouping columns of claims stored before it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-backfill-'));
  try {
    const file = join(dir, 'old.db');
    const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(file) }) });
    await writeOldStore(db, SQLITE_TRAITS, file);
    await db.destroy();
    const store = await openStore(file);
    try {
      await assertUpToDate(store);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const PG = process.env.TIP_ATLAS_TEST_PG;

test('postgres: migration 0002 computes the grouping columns of claims stored before it', { skip: PG ? false : 'TIP_ATLAS_TEST_PG is not set' }, async () => {
  const schema = `backfill_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: PG });
  await admin.connect();
  try {
    await admin.query(`create schema "${schema}"`);
    const db = new Kysely<any>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: PG, max: 1, options: `-c search_path=${schema}` }) }) });
    await writeOldStore(db, POSTGRES_TRAITS, PG!, schema);
    await db.destroy();
    const store = await openStore(PG!, { schema });
    try {
      await assertUpToDate(store);
    } finally {
      await store.close();
    }
  } finally {
    await admin.query(`drop schema if exists "${schema}" cascade`);
    await admin.end();
  }
});
