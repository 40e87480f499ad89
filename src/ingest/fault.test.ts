/**
 * Faults: an ingest SIGKILLed at random points (SQLite, and PostgreSQL when TIP_ATLAS_TEST_PG is set)
 * leaves a store that passes an integrity check and holds only whole documents; rerunning completes
 * the rest. Two ingests running at once on one SQLite file both complete.
 */
import { seededRandom as random } from '../test-support/seeded-random.js';
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { openStore, type OpenOptions, type Store } from '../store/store.js';
import { extractDocument } from '../extract/extract-document.js';
import { collectInputs } from '../read/collect-inputs.js';
import { ingest } from './ingest.js';
import { WHOLE_REPORT } from './test-fixtures.js';
import { writeFaultCorpus } from './testing/fault-corpus.js';
import { startChildIngest } from './testing/child-ingest.js';
import { note } from './testing/reliability-note.js';

const PG = process.env.TIP_ATLAS_TEST_PG;
const KILLS = 5;
const SEED = Number(process.env.TIP_ATLAS_FAULT_SEED ?? Date.now() % 1_000_000);


interface Expected {
  /** `sourceId|part` → text hash and claim count of the uninterrupted ingest. */
  readonly docs: ReadonlyMap<string, { readonly hash: string; readonly claims: number }>;
  /** Text hash → claims of a fresh extraction of that text. */
  readonly fresh: Map<string, number>;
}

let dir: string;
let corpus: string;
let files: number;
/** The corpus files in the order an ingest takes them (collectInputs: sorted paths). */
let fileOrder: string[];
let expected: Expected;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'tip-atlas-fault-'));
  corpus = join(dir, 'corpus');
  files = writeFaultCorpus(corpus, 14, 6).length;
  writeFileSync(join(corpus, 'whole-2021.txt'), WHOLE_REPORT);
  files += 1;
  fileOrder = (await collectInputs([corpus])).files.map((f) => resolve(f));
  assert.equal(fileOrder.length, files);
  // The reference: one uninterrupted ingest, and a fresh extraction of every stored text.
  const store = await openStore(join(dir, 'reference.db'));
  try {
    const summary = await ingest(store, [corpus]);
    assert.deepEqual(summary.failures, []);
    const docs = new Map<string, { hash: string; claims: number }>();
    const fresh = new Map<string, number>();
    for (const d of await store.listDocuments()) {
      docs.set(`${d.sourceId}|${d.part}`, { hash: d.hash, claims: d.claimCount });
      const full = await store.getDocument(d.id);
      assert.ok(full);
      const extraction = extractDocument({ path: full.path, text: full.text, reader: full.reader, pages: full.pages, bytes: full.bytes, messages: [] }, full.country ? { country: full.country } : {});
      fresh.set(d.hash, extraction.claims.length);
    }
    expected = { docs, fresh };
  } finally {
    await store.close();
  }
});

after(() => rmSync(dir, { recursive: true, force: true }));

/** Every stored document is whole: its claim rows number its claim count, which a fresh extraction of its text gives, and it is one the reference holds. */
async function checkWholeDocuments(store: Store, when: string): Promise<number> {
  const docs = await store.listDocuments();
  for (const d of docs) {
    const key = `${d.sourceId}|${d.part}`;
    const want = expected.docs.get(key);
    assert.ok(want, `${when}: unexpected document ${key}`);
    assert.equal(d.hash, want.hash, `${when}: ${key} text differs from the reference`);
    const rows = await store.countClaims({ documentId: d.id });
    assert.equal(rows, d.claimCount, `${when}: ${key} has ${rows} claim rows, its claim count says ${d.claimCount}`);
    assert.equal(rows, expected.fresh.get(d.hash), `${when}: ${key} has ${rows} claims, a fresh extraction of its text gives ${expected.fresh.get(d.hash)}`);
  }
  return docs.length;
}

function sqliteIntegrity(file: string, when: string): void {
  const db = new Database(file, { readonly: true });
  try {
    assert.deepEqual(db.pragma('integrity_check'), [{ integrity_check: 'ok' }], `${when}: PRAGMA integrity_check`);
    assert.deepEqual(db.pragma('foreign_key_check'), [], `${when}: PRAGMA foreign_key_check`);
  } finally {
    db.close();
  }
}

interface Target {
  readonly name: 'sqlite' | 'postgres';
  readonly url: string;
  readonly options: OpenOptions;
  readonly integrity: (when: string) => Promise<void>;
  readonly dispose: () => Promise<void>;
}

function sqliteTarget(): Target {
  const file = join(dir, `killed-${Date.now().toString(36)}.db`);
  return { name: 'sqlite', url: file, options: {}, integrity: async (when) => sqliteIntegrity(file, when), dispose: async () => {} };
}

function postgresTarget(url: string): Target {
  const schema = `fault_${process.pid}_${Date.now().toString(36)}`;
  const withClient = async <T>(fn: (c: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    name: 'postgres', url, options: { schema },
    integrity: (when) => withClient(async (c) => {
      // No claim row lacks its document (PostgreSQL aborts a killed session's transaction; foreign keys hold).
      const orphans = await c.query(`select count(*)::int as n from "${schema}".claims c left join "${schema}".documents d on d.id = c.document_id where d.id is null`);
      assert.equal(orphans.rows[0].n, 0, `${when}: claims without their document`);
    }),
    dispose: () => withClient(async (c) => { await c.query(`drop schema if exists "${schema}" cascade`); }),
  };
}

async function withStore<T>(target: Target, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(target.url, target.options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/**
 * KILLS rounds: start an ingest of the corpus into the same store, SIGKILL it after a random number
 * of files (and a random 0–200 ms more, to land inside reading, extraction or a transaction),
 * check integrity and whole documents; then one last run completes the rest.
 */
async function killAndRerun(target: Target, t: { readonly name: string; diagnostic(message: string): void }): Promise<void> {
  const rnd = random(SEED + (target.name === 'postgres' ? 1 : 0));
  t.diagnostic(`seed ${SEED} (replay with TIP_ATLAS_FAULT_SEED=${SEED})`);
  let stored = 0;
  for (let round = 1; round <= KILLS; round++) {
    // Kill while a file not yet (wholly) stored is in hand: after file k, one of those, begins.
    const present = await withStore(target, async (s) => new Set((await s.listDocuments()).map((d) => `${d.sourceId}|${d.part}`)));
    const missing = fileOrder.flatMap((f, i) => ([...expected.docs.keys()].some((key) => key.startsWith(`${f}|`) && !present.has(key)) ? [i + 1] : []));
    if (missing.length === 0) break;
    const k = missing[Math.floor(rnd() * missing.length)];
    const delayMs = Math.floor(rnd() * 200);
    const child = startChildIngest(target.url, [corpus], target.options.schema);
    await child.until((e) => e.event === 'file' && (e.done ?? 0) >= k - 1);
    await new Promise((r) => setTimeout(r, delayMs));
    child.process.kill('SIGKILL');
    const end = await child.ended;
    const when = `${target.name} round ${round} (killed ${delayMs} ms after file ${k} of ${files} began)`;
    assert.ok(end.signal === 'SIGKILL' || end.code === 0, `${when}: ${end.stderr}`);
    await target.integrity(when);
    const before = stored;
    stored = await withStore(target, (s) => checkWholeDocuments(s, when));
    t.diagnostic(`${when}: ${end.signal ?? `exit ${end.code}`}, ${stored} documents whole (was ${before})`);
  }
  const rerun = startChildIngest(target.url, [corpus], target.options.schema);
  const end = await rerun.ended;
  assert.equal(end.code, 0, `rerun exits 0; stderr: ${end.stderr}`);
  const summary = end.events.find((e) => e.event === 'done')?.summary;
  assert.ok(summary);
  assert.deepEqual(summary.failures, []);
  assert.equal(summary.documents, expected.docs.size);
  assert.equal(summary.replaced, 0, 'a whole document is never stored again as changed');
  await target.integrity('after the rerun');
  const count = await withStore(target, (s) => checkWholeDocuments(s, 'after the rerun'));
  assert.equal(count, expected.docs.size, 'the rerun completes the rest');
  t.diagnostic(`rerun: ${summary.inserted} inserted, ${summary.unchanged} unchanged; ${count} documents as in an uninterrupted ingest`);
  note(t, {
    fault: `SIGKILL during an ingest (${target.name === 'sqlite' ? 'SQLite' : 'PostgreSQL'})`, cases: KILLS,
    outcome: `${target.name === 'sqlite' ? 'integrity_check ok' : 'no orphan claims'}; only whole documents (claims = fresh extraction); the rerun completed the rest`,
  });
}

test('an ingest SIGKILLed at random points, 5 times, leaves an intact store of whole documents; a rerun completes it', { concurrency: true, timeout: 300_000 }, async (t) => {
  // SQLite and PostgreSQL side by side (each kill loop mostly waits for its child processes).
  await Promise.all([
    t.test('sqlite: killed 5 times, intact, whole documents, rerun completes', async (st) => {
      const target = sqliteTarget();
      try {
        await killAndRerun(target, st);
      } finally {
        await target.dispose();
      }
    }),
    t.test('postgres: killed 5 times, intact, whole documents, rerun completes', { skip: PG ? false : 'TIP_ATLAS_TEST_PG is not set' }, async (st) => {
      const target = postgresTarget(PG as string);
      try {
        await killAndRerun(target, st);
      } finally {
        await target.dispose();
      }
    }),
  ]);
});

test('sqlite: two ingests running at once on one new file both complete, with no failure and nothing lost', { timeout: 300_000 }, async (t) => {
  const other = join(dir, 'other');
  writeFaultCorpus(join(other, 'second'), 12, 7);
  const file = join(dir, 'shared.db');
  // Both start on a file that does not exist yet: they also race to create and migrate it.
  const a = startChildIngest(file, [corpus]);
  const b = startChildIngest(file, [other, corpus]);
  const [ea, eb] = await Promise.all([a.ended, b.ended]);
  for (const [name, e] of [['first', ea], ['second', eb]] as const) {
    assert.equal(e.code, 0, `${name} ingest exits 0; stderr: ${e.stderr}`);
    const s = e.events.find((x) => x.event === 'done')?.summary;
    assert.ok(s, `${name} ingest prints its summary`);
    assert.deepEqual(s.failures, [], `${name} ingest has no failure`);
  }
  sqliteIntegrity(file, 'after two concurrent ingests');
  const store = await openStore(file);
  try {
    const docs = await store.listDocuments();
    assert.equal(docs.length, expected.docs.size + 12);
    for (const d of docs) assert.equal(await store.countClaims({ documentId: d.id }), d.claimCount, `${d.path}: claim rows`);
    const keys = new Set(docs.map((d) => `${d.sourceId}|${d.part}`));
    for (const key of expected.docs.keys()) assert.ok(keys.has(key), `${key} stored once`);
  } finally {
    await store.close();
  }
  note(t, { fault: 'two ingests at once on one SQLite file', cases: 1, outcome: 'both completed with no failure; integrity_check ok; nothing lost' });
});

test('postgres: two ingests running at once on one schema both complete, with no failure and nothing lost', {
  skip: PG ? false : 'TIP_ATLAS_TEST_PG is not set',
  timeout: 300_000,
}, async (t) => {
  const target = postgresTarget(PG as string);
  try {
    const a = startChildIngest(target.url, [corpus], target.options.schema);
    const b = startChildIngest(target.url, [corpus], target.options.schema);
    const ends = await Promise.all([a.ended, b.ended]);
    const failures = ends.flatMap((e) => e.events.find((x) => x.event === 'done')?.summary?.failures ?? []);
    note(t, {
      fault: 'two ingests at once on one PostgreSQL schema', cases: 1,
      outcome: failures.length ? `${failures.length} files failed: ${failures[0].reason.replace(/^.*: /, '')} (the other session stored them)` : 'both completed with no failure',
    });
    for (const e of ends) assert.equal(e.code, 0, e.stderr);
    assert.deepEqual(failures, []);
    await target.integrity('after two concurrent ingests');
    assert.equal(await withStore(target, (s) => checkWholeDocuments(s, 'after two concurrent ingests')), expected.docs.size);
  } finally {
    await target.dispose();
  }
});
