/**
 * The count and the facets of the claims matching a filter in one query: the matching claims are read
 * once (a materialized common table expression) and each facet groups that set, ranked and limited in
 * SQL exactly as `facetClaims` does (most frequent first, then by value). A search with facets used to
 * read the matching claims once per facet, each time evaluating its text filter on every claim.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';
import type { ClaimFilter, FacetCount, FacetField } from './store.js';
import { claimWhere } from './claim-query.js';
import type { DialectSql } from './dialect-sql.js';

export const FACET_COLUMNS = {
  type: 'claims.type', form: 'claims.form', sector: 'claims.sector', commodity: 'claims.commodity', actor: 'claims.actor',
  country: 'documents.country', year: 'documents.year', hedged: 'claims.hedged', kind: 'documents.kind',
} as const;

export interface ClaimSummary {
  /** How many claims match. */
  readonly total: number;
  /** Per requested field, at most `limit` values, most frequent first (ties by value). */
  readonly facets: Readonly<Partial<Record<FacetField, readonly FacetCount[]>>>;
}

/** A facet's value as `facetClaims` prints it ('true'/'false' for hedged). */
export function facetValue(field: FacetField, value: unknown): string {
  return field === 'hedged' ? String(Number(value) === 1) : String(value);
}

interface SummaryRow { readonly facet: number; readonly value: string | null; readonly n: number | string; readonly rk: number | string }

/** One query: the total (facet -1) and, per field, its top values with their rank. */
export async function summarizeClaims(db: Kysely<Database>, filter: ClaimFilter, fields: readonly FacetField[], limit: number, dsql?: DialectSql): Promise<ClaimSummary> {
  const matching = db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id')
    .where((eb) => claimWhere(eb, filter, dsql))
    .select((eb) => fields.map((f, i) => eb.ref(FACET_COLUMNS[f]).as(`f${i}`)));
  // Each facet: grouped, ranked by count then value in SQL (the database's collation, as facetClaims), limited.
  const branches: RawBuilder<unknown>[] = [sql`select -1 as facet, null as value, count(*) as n, 0 as rk from m`];
  fields.forEach((_, i) => {
    const col = sql.ref(`f${i}`);
    branches.push(sql`select * from (select ${sql.lit(i)} as facet, cast(${col} as text) as value, count(*) as n,
      row_number() over (order by count(*) desc, ${col}) as rk from m where ${col} is not null group by ${col}) g${sql.raw(String(i))} where rk <= ${sql.lit(limit)}`);
  });
  const { rows } = await sql<SummaryRow>`with m as materialized ${matching} ${sql.join(branches, sql` union all `)}`.execute(db);
  let total = 0;
  const lists = fields.map(() => [] as { rk: number; value: string; count: number }[]);
  for (const r of rows) {
    if (Number(r.facet) < 0) total = Number(r.n);
    else lists[Number(r.facet)].push({ rk: Number(r.rk), value: facetValue(fields[Number(r.facet)], r.value), count: Number(r.n) });
  }
  const facets: Partial<Record<FacetField, readonly FacetCount[]>> = {};
  fields.forEach((f, i) => { facets[f] = lists[i].sort((a, b) => a.rk - b.rk).map(({ value, count }) => ({ value, count })); });
  return { total, facets };
}
