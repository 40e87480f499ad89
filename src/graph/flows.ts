import type { Form } from '../facts/fact.js';
import type { Evidence, Store, StoredClaim } from '../store/store.js';
import type { DocumentRef } from './group-claims.js';

export interface FlowFilter {
  readonly form?: Form;
  /** Flows from or to this country (ISO2 or region id). */
  readonly country?: string;
  /** Year of the reports that state the flow. */
  readonly year?: number;
}

/** Why a flow is corroborated: stated in both ends' reports, or in reports of several years. */
export type Corroboration = 'both_countries' | 'several_years';

/** One origin → destination edge across reports. */
export interface FlowEdge {
  readonly from: string;
  readonly to: string;
  readonly forms: readonly Form[];
  /** Victim groups stated with the flow: nationality/status words and victim facts (sex, age) in the same clause. */
  readonly victimGroups: readonly string[];
  readonly documents: readonly DocumentRef[];
  readonly years: readonly number[];
  /** How many distinct reports (documents) state it. */
  readonly reportCount: number;
  readonly corroborated: boolean;
  readonly corroboration: readonly Corroboration[];
  /** True when every statement of the flow is hedged. */
  readonly hedgedOnly: boolean;
  readonly evidence: readonly Evidence[];
}

/** Origin → destination edges with their forms, victim groups, documents, years and corroboration, most reported first. */
export async function flows(store: Store, filter: FlowFilter = {}): Promise<FlowEdge[]> {
  const base = { ...(filter.form ? { form: filter.form } : {}), ...(filter.year !== undefined ? { year: filter.year } : {}) };
  const claims = (await store.queryClaims({ types: ['flow'], ...base, ...(filter.country ? { area: filter.country } : {}) }))
    .filter((c) => !filter.country || (c.claim.fact.type === 'flow' && (c.claim.fact.from === filter.country || c.claim.fact.to === filter.country)));
  if (claims.length === 0) return [];
  const docIds = new Set(claims.map((c) => c.document.id));
  const victims = new Map<number, StoredClaim[]>();
  for (const v of await store.queryClaims({ types: ['victim'], ...base })) {
    if (!docIds.has(v.document.id)) continue;
    const list = victims.get(v.document.id) ?? [];
    list.push(v);
    victims.set(v.document.id, list);
  }
  const edges = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    if (c.claim.fact.type !== 'flow') continue;
    const k = `${c.claim.fact.from}>${c.claim.fact.to}`;
    const list = edges.get(k) ?? [];
    list.push(c);
    edges.set(k, list);
  }
  return [...edges.values()].map((group) => edgeOf(group, victims)).sort((a, b) => b.reportCount - a.reportCount || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

function edgeOf(group: readonly StoredClaim[], victims: ReadonlyMap<number, readonly StoredClaim[]>): FlowEdge {
  const first = group[0].claim.fact;
  const from = first.type === 'flow' ? first.from : '';
  const to = first.type === 'flow' ? first.to : '';
  const forms = new Set<Form>();
  const groups = new Set<string>();
  const docs = new Map<number, DocumentRef>();
  for (const c of group) {
    if (c.claim.fact.type === 'flow') forms.add(c.claim.fact.form);
    for (const t of c.claim.context.victimTerms) groups.add(t);
    docs.set(c.document.id, c.document);
    for (const v of victims.get(c.document.id) ?? []) {
      const f = v.claim.fact;
      if (f.type === 'victim' && v.evidence.start < c.evidence.end && v.evidence.end > c.evidence.start) {
        groups.add([f.sex, f.age].filter((x) => x !== 'unknown').join(' ') || 'unknown');
      }
    }
  }
  const years = [...new Set([...docs.values()].map((d) => d.year).filter((y): y is number => y !== undefined))].sort();
  const countries = new Set([...docs.values()].map((d) => d.country));
  const corroboration: Corroboration[] = [];
  if (from !== to && countries.has(from) && countries.has(to)) corroboration.push('both_countries');
  if (years.length >= 2) corroboration.push('several_years');
  return {
    from, to, forms: [...forms].sort(), victimGroups: [...groups].sort(), documents: [...docs.values()], years,
    reportCount: docs.size, corroborated: corroboration.length > 0, corroboration,
    hedgedOnly: group.every((c) => c.hedged), evidence: group.map((c) => c.evidence),
  };
}
