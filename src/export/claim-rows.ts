import type { StoredClaim } from '../store/store.js';

/** The flat columns every claim export (CSV, JSON Lines) has: document, evidence span, fact fields, context. */
export const CLAIM_COLUMNS = [
  'document_id', 'path', 'document_country', 'year', 'kind', 'type', 'form', 'from', 'to', 'country', 'role', 'sex', 'age',
  'sector', 'commodity', 'actor', 'name', 'place', 'value', 'qualifier', 'stat_year', 'subject', 'rule_id',
  'start', 'end', 'hedged', 'hedges', 'attribution', 'victim_terms', 'means', 'evidence',
] as const;

export type ClaimRow = Readonly<Record<(typeof CLAIM_COLUMNS)[number], string | number | boolean | null>>;

export function claimRow(c: StoredClaim): ClaimRow {
  const f = c.claim.fact as unknown as Record<string, unknown>;
  const get = (k: string) => (f[k] === undefined ? null : (f[k] as string | number));
  const ctx = c.claim.context;
  return {
    document_id: c.document.id, path: c.document.path, document_country: c.document.country, year: c.document.year ?? null, kind: c.document.kind,
    type: c.claim.fact.type, form: get('form'), from: get('from'), to: get('to'), country: get('country'), role: get('role'), sex: get('sex'), age: get('age'),
    sector: get('sector'), commodity: get('commodity'), actor: get('actor'), name: get('name'), place: get('place'), value: get('value'),
    qualifier: get('qualifier'), stat_year: c.claim.fact.type === 'statistic' ? c.claim.fact.year ?? null : null, subject: get('subject'),
    rule_id: c.claim.ruleId, start: c.evidence.start, end: c.evidence.end, hedged: c.hedged,
    hedges: ctx.hedges.join('; '), attribution: ctx.attribution?.source ?? null, victim_terms: ctx.victimTerms.join('; '), means: ctx.means.join('; '),
    evidence: c.evidence.text,
  };
}
