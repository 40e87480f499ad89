import type { Form } from '../facts/fact.js';
import type { ClaimFilter, ClaimGroup, Evidence, Store } from '../store/store.js';
import { yearsOf, type DocumentRef } from './group-claims.js';

export interface FlowFilter {
  readonly form?: Form;
  /** Flows from or to this country (ISO2 or region id). */
  readonly country?: string;
  /** Year of the reports that state the flow. */
  readonly year?: number;
  /** Only flows one of whose statements overlaps a claim of this sector (in the same document). */
  readonly sector?: string;
}

/** Options every cross-report view takes. */
export interface ViewOptions {
  /** Evidence kept per item (default DEFAULT_EVIDENCE_LIMIT); `evidenceCount` tells how many statements there are. */
  readonly evidenceLimit?: number;
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
  /** The top evidences: the first statement of each report, both ends' reports first. */
  readonly evidence: readonly Evidence[];
  /** How many statements (claims) state the flow in all. */
  readonly evidenceCount: number;
}

/** String order of `localeCompare` (the default locale's collation), without its per-call cost. */
const collate = new Intl.Collator().compare;

/** Origin → destination edges with their forms, victim groups, documents, years and corroboration, most reported first. */
export async function flows(store: Store, filter: FlowFilter = {}, options: ViewOptions = {}): Promise<FlowEdge[]> {
  const base = { ...(filter.form ? { form: filter.form } : {}), ...(filter.year !== undefined ? { year: filter.year } : {}) };
  const claims: ClaimFilter = { types: ['flow'], ...base, ...(filter.country ? { endpoint: filter.country } : {}) };
  const [groups, sectorKeys] = await Promise.all([
    store.groupClaims({
      by: 'flow', filter: claims, withFirst: false, forms: true, victimTerms: true, victims: true,
      ...(options.evidenceLimit !== undefined ? { evidenceLimit: options.evidenceLimit } : {}),
    }),
    filter.sector === undefined ? undefined
      : store.groupClaims({ by: 'flow', filter: claims, withFirst: false, evidenceLimit: 0, overlapping: { types: ['sector'], sector: filter.sector, ...base } })
        .then((gs) => new Set(gs.filter((g) => g.overlapping.length > 0).map((g) => g.key))),
  ]);
  return groups.filter((g) => !sectorKeys || sectorKeys.has(g.key)).map((g) => edgeOf(g, filter.form))
    .sort((a, b) => b.reportCount - a.reportCount || collate(a.from, b.from) || collate(a.to, b.to));
}

function edgeOf(g: ClaimGroup, form: Form | undefined): FlowEdge {
  const [from, to] = g.keyParts;
  const groups = new Set(g.victimTerms);
  for (const v of g.victims) if (!form || v.form === form) groups.add([v.sex, v.age].filter((x) => x !== 'unknown').join(' ') || 'unknown');
  const years = yearsOf(g.documents);
  const countries = new Set(g.documents.map((d) => d.country));
  const corroboration: Corroboration[] = [];
  if (from !== to && countries.has(from) && countries.has(to)) corroboration.push('both_countries');
  if (years.length >= 2) corroboration.push('several_years');
  return {
    from, to, forms: g.forms, victimGroups: [...groups].sort(), documents: g.documents, years,
    reportCount: g.documents.length, corroborated: corroboration.length > 0, corroboration,
    hedgedOnly: g.hedgedOnly, evidence: g.evidence, evidenceCount: g.count,
  };
}
