import type { Attribution } from '../extract/claim.js';
import type { ActorFact, CommodityFact, Form, PlaceFact, RoleFact, SectorFact, StatisticFact, VictimFact } from '../facts/fact.js';
import type { Evidence, Store, StoredClaim } from '../store/store.js';
import { flows, type FlowEdge } from './flows.js';
import { groupClaims, type DocumentRef, type FactItem } from './group-claims.js';

type Fields<F> = Omit<F, 'evidence'>;

/** Victims of one form: the (sex, age) groups and the victim words stated with them. */
export interface FormVictims {
  readonly form: Form;
  readonly groups: readonly FactItem<Fields<VictimFact>>[];
  readonly terms: readonly string[];
}

export interface SourceItem {
  readonly source: string;
  readonly kind: string;
  readonly evidence: readonly Evidence[];
}

/** Everything the reports say about one country. */
export interface CountryProfile {
  readonly country: string;
  readonly year?: number;
  readonly documents: readonly DocumentRef[];
  readonly roles: readonly FactItem<Fields<RoleFact>>[];
  readonly forms: readonly FormVictims[];
  readonly sectors: readonly FactItem<Fields<SectorFact>>[];
  readonly commodities: readonly FactItem<Fields<CommodityFact>>[];
  readonly perpetrators: readonly FactItem<Fields<ActorFact>>[];
  readonly places: readonly FactItem<Fields<PlaceFact>>[];
  readonly statistics: readonly FactItem<Fields<StatisticFact>>[];
  /** Who the claims are attributed to (NGOs, international organizations, the government…). */
  readonly sources: readonly SourceItem[];
  /** Facts stated only with hedging. */
  readonly hedged: readonly FactItem[];
  /** Flows from or to the country, from every report (corroborated when both ends' reports state them). */
  readonly flows: readonly FlowEdge[];
}

function ofType<F>(items: readonly FactItem[], type: string): FactItem<Fields<F>>[] {
  return items.filter((i) => i.fact.type === type) as unknown as FactItem<Fields<F>>[];
}

/** The profile of one country from the documents about it (and flows touching it from any document). */
export async function profile(store: Store, country: string, options: { readonly year?: number } = {}): Promise<CountryProfile> {
  const yearFilter = options.year !== undefined ? { year: options.year } : {};
  const [claims, edges, docs] = await Promise.all([
    store.queryClaims({ documentCountry: country, ...yearFilter }),
    flows(store, { country, ...yearFilter }),
    store.listDocuments({ country, ...yearFilter }),
  ]);
  const items = groupClaims(claims);
  const roles = ofType<RoleFact>(items, 'role').filter((r) => r.fact.country === country);
  return {
    country, ...yearFilter,
    documents: docs.map((d) => ({ id: d.id, country: d.country, ...(d.year !== undefined ? { year: d.year } : {}), kind: d.kind, path: d.path })),
    roles,
    forms: formVictims(claims, ofType<VictimFact>(items, 'victim')),
    sectors: ofType<SectorFact>(items, 'sector'),
    commodities: ofType<CommodityFact>(items, 'commodity'),
    perpetrators: ofType<ActorFact>(items, 'actor'),
    places: ofType<PlaceFact>(items, 'place'),
    statistics: ofType<StatisticFact>(items, 'statistic'),
    sources: sources(claims),
    hedged: items.filter((i) => i.hedgedOnly),
    flows: edges,
  };
}

function formVictims(claims: readonly StoredClaim[], victims: readonly FactItem<Fields<VictimFact>>[]): FormVictims[] {
  const forms = new Map<Form, { groups: FactItem<Fields<VictimFact>>[]; terms: Set<string> }>();
  const entry = (form: Form) => {
    let e = forms.get(form);
    if (!e) forms.set(form, (e = { groups: [], terms: new Set() }));
    return e;
  };
  for (const v of victims) entry(v.fact.form).groups.push(v);
  for (const c of claims) {
    const f = c.claim.fact;
    if ('form' in f && c.claim.context.victimTerms.length) for (const t of c.claim.context.victimTerms) entry(f.form).terms.add(t);
  }
  return [...forms.entries()].map(([form, e]) => ({ form, groups: e.groups, terms: [...e.terms].sort() }));
}

function sources(claims: readonly StoredClaim[]): SourceItem[] {
  const by = new Map<string, { a: Attribution; evidence: Evidence[] }>();
  for (const c of claims) {
    const a = c.claim.context.attribution;
    if (!a) continue;
    const k = `${a.kind}|${a.source.toLowerCase()}`;
    const e = by.get(k) ?? { a, evidence: [] };
    e.evidence.push(c.evidence);
    by.set(k, e);
  }
  return [...by.values()].map((e) => ({ source: e.a.source, kind: e.a.kind, evidence: e.evidence }));
}
