/** What a grouping of claims reads: the filtered claims joined with their documents, and the columns of their group's key. */
import { sql, type AliasableExpression, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './schema.js';
import type { ClaimGrouping, GroupQuery } from './store.js';
import { claimWhere, type ClaimEB } from './claim-query.js';

export type KeyColumn = 'claims.fact_key' | 'claims.from_area' | 'claims.to_area' | 'claims.form' | 'claims.commodity' | 'claims.source_key' | 'documents.country';

/** The columns each grouping groups by (plain columns, so that SQLite reads them in index order), and how a key joins them. */
const KEYS: Readonly<Record<ClaimGrouping, { readonly columns: readonly KeyColumn[]; readonly separator: string }>> = {
  fact: { columns: ['claims.fact_key'], separator: '' },
  flow: { columns: ['claims.from_area', 'claims.to_area'], separator: '>' },
  commodity: { columns: ['documents.country', 'claims.commodity', 'claims.form'], separator: '|' },
  form: { columns: ['claims.form'], separator: '' },
  attribution: { columns: ['claims.source_key'], separator: '' },
};

export function keyColumns(by: ClaimGrouping): readonly KeyColumn[] {
  return KEYS[by].columns;
}

type KeyRow = { readonly k0: string | null; readonly k1: string | null; readonly k2: string | null };

/** The values of a group's key columns. */
export function keyPartsOf(by: ClaimGrouping, r: KeyRow): string[] {
  return [r.k0 ?? '', r.k1 ?? '', r.k2 ?? ''].slice(0, KEYS[by].columns.length);
}

/** The key of a group from its key columns k0, k1, k2 ("ML>GN", "ML|gold|forced_labor"). */
export function groupKeyOf(by: ClaimGrouping, r: KeyRow): string {
  return keyPartsOf(by, r).join(KEYS[by].separator);
}

/** Key column `i` of a grouping as k0, k1 or k2 (null past the grouping's columns). */
export function keyColumn(eb: ClaimEB, by: ClaimGrouping, i: number): AliasableExpression<string | null> {
  const col = KEYS[by].columns[i];
  return col ? eb.ref(col) : sql<string | null>`null`;
}

/** The WHERE of a grouping: the query's filter, and every key column present. */
export function groupWhere(eb: ClaimEB, q: GroupQuery): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [claimWhere(eb, q.filter), ...KEYS[q.by].columns.map((col) => eb(col, 'is not', null))];
  if (q.by === 'commodity') c.push(eb('documents.country', '<>', ''));
  return eb.and(c);
}

/** True when a grouping reads a column of the claims' documents (its filter or its key). */
function readsDocuments(q: GroupQuery): boolean {
  const f = q.filter;
  return q.by === 'commodity' || f.documentCountry !== undefined || f.area !== undefined || f.year !== undefined || f.years !== undefined || f.kind !== undefined;
}

/**
 * The claims a grouping reads, joined with their documents only when it reads a document column: the
 * join costs a lookup per claim (a view over every flow reads ten thousand), and every claim has its
 * document (a foreign key), so the rows are the same. Typed as the join either way; without it, the
 * query names no document column (readsDocuments).
 */
export function claimsOf(db: Kysely<Database>, q: GroupQuery) {
  const joined = db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id');
  return readsDocuments(q) ? joined : (db.selectFrom('claims') as unknown as typeof joined);
}

/** The claims of the query with their documents: key columns k0..k2, claim id `cid`, document `did`, position `ord`. */
export function grouped(db: Kysely<Database>, q: GroupQuery) {
  return claimsOf(db, q)
    .where((eb) => groupWhere(eb, q))
    .select((eb) => [keyColumn(eb, q.by, 0).as('k0'), keyColumn(eb, q.by, 1).as('k1'), keyColumn(eb, q.by, 2).as('k2'),
      'claims.id as cid', 'claims.document_id as did', 'claims.ord as ord']);
}
