/** The optional per-group details of a GroupQuery that need a query of their own. */
import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';
import type { ClaimFilter, GroupQuery } from './store.js';
import { claimWhere, containsAny } from './claim-query.js';
import { grouped } from './group-source.js';

/** Distinct rule ids per group with the position (document, then place in it) of their first claim. */
export function ruleRows(db: Kysely<Database>, q: GroupQuery) {
  const m = grouped(db, q).select('claims.rule_id as rule_id');
  return db.selectFrom(m.as('m'))
    .select((eb) => ['m.k0', 'm.k1', 'm.k2', 'm.rule_id', eb.fn.min(sql<number>`cast(${eb.ref('m.did')} as bigint) * 1048576 + ${eb.ref('m.ord')}`).as('pos')])
    .groupBy(['m.k0', 'm.k1', 'm.k2', 'm.rule_id'])
    .execute();
}

/** Distinct evidence texts per group containing one of the words (lower case). */
export function matchedRows(db: Kysely<Database>, q: GroupQuery, words: readonly string[]) {
  const m = grouped(db, q).select('claims.evidence as evidence').where((eb) => containsAny(eb, 'claims.evidence', words));
  return db.selectFrom(m.as('m')).select(['m.k0', 'm.k1', 'm.k2', 'm.evidence']).distinct().execute();
}

/** Distinct facts of claims matching `other` whose evidence overlaps a claim of a group in the same document. */
export function overlapRows(db: Kysely<Database>, q: GroupQuery, other: ClaimFilter) {
  const m = grouped(db, q).select(['claims.span_start as s', 'claims.span_end as e']);
  const o = db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id')
    .where((eb) => claimWhere(eb, other))
    .select(['claims.document_id as did', 'claims.span_start as s', 'claims.span_end as e', 'claims.fact_key',
      'claims.type', 'claims.form', 'claims.from_area', 'claims.to_area', 'claims.country', 'claims.role', 'claims.sex', 'claims.age', 'claims.sector',
      'claims.commodity', 'claims.actor', 'claims.name', 'claims.place', 'claims.value', 'claims.qualifier', 'claims.stat_year', 'claims.subject']);
  return db.selectFrom(m.as('m'))
    .innerJoin(o.as('o'), (j) => j.onRef('o.did', '=', 'm.did').onRef('o.s', '<', 'm.e').onRef('o.e', '>', 'm.s'))
    .select(['m.k0', 'm.k1', 'm.k2', 'o.fact_key', 'o.type', 'o.form', 'o.from_area', 'o.to_area', 'o.country', 'o.role', 'o.sex', 'o.age', 'o.sector',
      'o.commodity', 'o.actor', 'o.name', 'o.place', 'o.value', 'o.qualifier', 'o.stat_year', 'o.subject'])
    .distinct()
    .execute();
}
