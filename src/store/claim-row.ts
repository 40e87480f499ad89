import type { Insertable, Selectable } from 'kysely';
import type { Claim, ClaimContext } from '../extract/claim.js';
import type { Fact } from '../facts/fact.js';
import type { Span } from '../text/span.js';
import type { ClaimsTable } from './schema.js';
import { factGroupKey, sourceKey, TERM_SEPARATOR } from './fact-group-key.js';

type FactColumns = Pick<Insertable<ClaimsTable>,
  'type' | 'form' | 'from_area' | 'to_area' | 'country' | 'role' | 'sex' | 'age' | 'sector' | 'commodity' | 'actor' | 'name' | 'place' | 'value' | 'qualifier' | 'stat_year' | 'subject'>;

const EMPTY: Omit<FactColumns, 'type'> = {
  form: null, from_area: null, to_area: null, country: null, role: null, sex: null, age: null, sector: null,
  commodity: null, actor: null, name: null, place: null, value: null, qualifier: null, stat_year: null, subject: null,
};

/** The fact's fields as columns (one column per contract field; unused ones null). */
export function factColumns(f: Fact): FactColumns {
  switch (f.type) {
    case 'flow': return { ...EMPTY, type: f.type, form: f.form, from_area: f.from, to_area: f.to };
    case 'victim': return { ...EMPTY, type: f.type, form: f.form, sex: f.sex, age: f.age };
    case 'sector': return { ...EMPTY, type: f.type, form: f.form, sector: f.sector };
    case 'commodity': return { ...EMPTY, type: f.type, form: f.form, commodity: f.commodity };
    case 'actor': return { ...EMPTY, type: f.type, form: f.form, actor: f.actor, name: f.name ?? null };
    case 'place': return { ...EMPTY, type: f.type, form: f.form, place: f.place, country: f.country };
    case 'role': return { ...EMPTY, type: f.type, country: f.country, role: f.role };
    case 'statistic': return { ...EMPTY, type: f.type, value: f.value, qualifier: f.qualifier, stat_year: f.year ?? null, subject: f.subject };
  }
}

/** The rows of one document's claims (`ord` is the position in `claims`). */
export function claimRows(claims: readonly Claim[], text: string, documentId: number): Insertable<ClaimsTable>[] {
  const derived = derivedColumns(claims);
  return claims.map((c, ord) => ({
    document_id: documentId,
    ord,
    ...factColumns(c.fact),
    rule_id: c.ruleId,
    span_start: c.evidence.start,
    span_end: c.evidence.end,
    evidence: text.slice(c.evidence.start, c.evidence.end),
    hedged: c.context.hedges.length > 0 ? 1 : 0,
    context: JSON.stringify(c.context),
    ...derived[ord],
  }));
}

export type DerivedColumns = Pick<Insertable<ClaimsTable>, 'fact_key' | 'victim_terms' | 'source_key' | 'overlapping_victims'>;

/** The columns computed from one document's claims for grouping in SQL, one per claim. */
export function derivedColumns(claims: readonly Claim[]): DerivedColumns[] {
  const victims = claims.filter((c) => c.fact.type === 'victim').map((v) => ({ span: v.evidence, key: factGroupKey(v.fact) }));
  return claims.map((c) => {
    const overlapping = new Set(victims.filter((v) => v.span.start < c.evidence.end && v.span.end > c.evidence.start).map((v) => v.key));
    return {
      fact_key: factGroupKey(c.fact),
      victim_terms: c.context.victimTerms.join(TERM_SEPARATOR),
      source_key: sourceKey(c.context.attribution),
      overlapping_victims: [...overlapping].join(TERM_SEPARATOR),
    };
  });
}

type Row = Pick<Selectable<ClaimsTable>, keyof FactColumns | 'rule_id' | 'span_start' | 'span_end' | 'context'>;

/** Rebuilds the Claim (fact fields in contract order) from its row. */
export function rowClaim(r: Row): Claim {
  const evidence = { start: r.span_start, end: r.span_end };
  return { fact: rowFact(r, evidence), ruleId: r.rule_id, evidence, context: JSON.parse(r.context) as ClaimContext };
}

/** Rebuilds a fact from its columns, with the given evidence. */
export function rowFact(r: Pick<Selectable<ClaimsTable>, keyof FactColumns>, evidence: Span): Fact {
  const s = (v: string | null): string => v ?? '';
  let fact: Fact;
  switch (r.type) {
    case 'flow': fact = { type: 'flow', form: s(r.form) as never, from: s(r.from_area), to: s(r.to_area), evidence }; break;
    case 'victim': fact = { type: 'victim', form: s(r.form) as never, sex: s(r.sex) as never, age: s(r.age) as never, evidence }; break;
    case 'sector': fact = { type: 'sector', form: s(r.form) as never, sector: s(r.sector) as never, evidence }; break;
    case 'commodity': fact = { type: 'commodity', form: s(r.form) as never, commodity: s(r.commodity), evidence }; break;
    case 'actor': fact = { type: 'actor', form: s(r.form) as never, actor: s(r.actor) as never, ...(r.name !== null ? { name: r.name } : {}), evidence }; break;
    case 'place': fact = { type: 'place', form: s(r.form) as never, place: s(r.place), country: s(r.country), evidence }; break;
    case 'role': fact = { type: 'role', country: s(r.country), role: s(r.role) as never, evidence }; break;
    default: fact = {
      type: 'statistic', value: Number(r.value), qualifier: s(r.qualifier) as never,
      ...(r.stat_year !== null ? { year: r.stat_year } : {}), subject: s(r.subject), evidence,
    };
  }
  return fact;
}
