/** Test helpers (used by *.test.ts only): real stores for every dialect, and hand-built claims. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { CompiledQuery, sql } from 'kysely';
import type { Claim, ClaimContext } from '../extract/claim.js';
import type { Fact } from '../facts/fact.js';
import { claimWhere } from './claim-query.js';
import { dialectSql } from './dialect-sql.js';
import { KyselyStore } from './kysely-store.js';
import { openStore, type DocumentInput, type FactFields, type Store } from './store.js';

export interface TestStore {
  readonly store: Store;
  /** Another store on the same file or schema (another process's view of it); closed by `dispose`. */
  reopen(): Promise<Store>;
  /** Closes the store and removes its file or schema. */
  dispose(): Promise<void>;
}

export interface TestDialect {
  readonly name: 'sqlite' | 'postgres';
  open(): Promise<TestStore>;
}

let counter = 0;

/** SQLite always; PostgreSQL when TIP_ATLAS_TEST_PG names a database URL. Each open is a fresh, empty store. */
export function testDialects(): readonly TestDialect[] {
  const out: TestDialect[] = [{
    name: 'sqlite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-store-'));
      const file = join(dir, 'test.db');
      const store = await openStore(file);
      const others: Store[] = [];
      return {
        store,
        async reopen() { const s = await openStore(file); others.push(s); return s; },
        async dispose() { for (const s of [store, ...others]) await s.close(); rmSync(dir, { recursive: true, force: true }); },
      };
    },
  }];
  const url = process.env.TIP_ATLAS_TEST_PG;
  if (url) {
    out.push({
      name: 'postgres',
      async open() {
        const schema = `t_${process.pid}_${Date.now().toString(36)}_${counter++}`;
        const store = await openStore(url, { schema });
        const others: Store[] = [];
        return {
          store,
          async reopen() { const s = await openStore(url, { schema }); others.push(s); return s; },
          async dispose() {
            for (const s of [store, ...others]) await s.close();
            const client = new pg.Client({ connectionString: url });
            await client.connect();
            await client.query(`drop schema if exists "${schema}" cascade`);
            await client.end();
          },
        };
      },
    });
  }
  return out;
}

const NO_CONTEXT: ClaimContext = { hedges: [], years: [], means: [], victimTerms: [] };

/** A claim whose evidence is the first occurrence of `quote` in `text`. */
export function claimAt(text: string, quote: string, fact: FactFields, context: Partial<ClaimContext> = {}, ruleId = 'test:hand'): Claim {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`fixture: quote not found in text: ${quote}`);
  const evidence = { start, end: start + quote.length };
  return { fact: { ...fact, evidence } as Fact, ruleId, evidence, context: { ...NO_CONTEXT, ...context } };
}

/** A document input with defaults for the fields a test does not care about. */
export function docInput(fields: Partial<DocumentInput> & Pick<DocumentInput, 'text' | 'country'>): DocumentInput {
  const sourceId = fields.sourceId ?? `/fixtures/${fields.country.toLowerCase()}-${fields.year ?? 'x'}.txt`;
  return {
    sourceId, part: '', path: sourceId, kind: 'tip', reader: 'text', bytes: Buffer.byteLength(fields.text), pages: [],
    ...fields,
  };
}

/** True when the plan of a text search (the WHERE every claim query uses) reads the full-text index. */
export async function searchUsesIndex(store: Store): Promise<boolean> {
  if (!(store instanceof KyselyStore)) throw new Error(`searchUsesIndex: expected a KyselyStore, got ${store.constructor.name}`);
  const query = store.db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id').select('claims.id')
    .where((eb) => claimWhere(eb, { text: 'gold mines' }, dialectSql(store.dialect))).compile();
  const prefilter = dialectSql(store.dialect).textPrefilter('gold mines');
  if (prefilter === undefined) return false;
  if (store.dialect === 'sqlite') {
    const { rows } = await store.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]));
    return rows.some((r) => /claims_text/.test(r.detail));
  }
  return store.db.connection().execute(async (conn) => {
    await sql`set enable_seqscan = off`.execute(conn); // a few test rows: a scan would be cheaper, the index must still be usable
    try {
      // The claims the text filter narrows to, without the join (on a few rows the planner starts from documents).
      const { rows } = await sql<{ 'QUERY PLAN': string }>`explain select claims.id from claims where ${prefilter}`.execute(conn);
      return rows.some((r) => /claims_text_trgm/.test(r['QUERY PLAN']));
    } finally {
      await sql`reset enable_seqscan`.execute(conn);
    }
  });
}
