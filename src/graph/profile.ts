import type { ActorFact, CommodityFact, Form, PlaceFact, RoleFact, SectorFact, StatisticFact, VictimFact } from '../facts/fact.js';
import type { ClaimGroup, Evidence, Store } from '../store/store.js';
import { flows, type FlowEdge, type ViewOptions } from './flows.js';
import { factItem, type DocumentRef, type FactItem } from './group-claims.js';

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
  /** The top evidences (see `evidenceCount`). */
  readonly evidence: readonly Evidence[];
  /** How many claims are attributed to the source in all. */
  readonly evidenceCount: number;
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

/** The profile of one country from the documents about it (and flows touching it from any document); grouped in the store. */
export async function profile(store: Store, country: string, options: { readonly year?: number } & ViewOptions = {}): Promise<CountryProfile> {
  const yearFilter = options.year !== undefined ? { year: options.year } : {};
  const limit = options.evidenceLimit !== undefined ? { evidenceLimit: options.evidenceLimit } : {};
  const filter = { documentCountry: country, ...yearFilter };
  const [facts, termGroups, sourceGroups, edges, docs] = await Promise.all([
    store.groupClaims({ by: 'fact', filter, ruleIds: true, ...limit }),
    store.groupClaims({ by: 'form', filter: { ...filter, withVictimTerms: true }, withFirst: false, victimTerms: true, evidenceLimit: 0 }),
    store.groupClaims({ by: 'attribution', filter: { ...filter, attributed: true }, ...limit }),
    flows(store, { country, ...yearFilter }, limit),
    store.listDocuments({ country, ...yearFilter }),
  ]);
  const items = facts.flatMap((g) => (g.first ? [factItem({ ...g, first: g.first })] : []));
  const roles = ofType<RoleFact>(items, 'role').filter((r) => r.fact.country === country);
  return {
    country, ...yearFilter,
    documents: docs.map((d) => ({ id: d.id, country: d.country, ...(d.year !== undefined ? { year: d.year } : {}), kind: d.kind, path: d.path })),
    roles,
    forms: formVictims(termGroups, ofType<VictimFact>(items, 'victim')),
    sectors: ofType<SectorFact>(items, 'sector'),
    commodities: ofType<CommodityFact>(items, 'commodity'),
    perpetrators: ofType<ActorFact>(items, 'actor'),
    places: ofType<PlaceFact>(items, 'place'),
    statistics: ofType<StatisticFact>(items, 'statistic'),
    sources: sourceGroups.flatMap(sourceItem),
    hedged: items.filter((i) => i.hedgedOnly),
    flows: edges,
  };
}

/** Forms with their victim groups (forms of victim facts first), then the victim words stated with each form. */
function formVictims(termGroups: readonly ClaimGroup[], victims: readonly FactItem<Fields<VictimFact>>[]): FormVictims[] {
  const forms = new Map<Form, { groups: FactItem<Fields<VictimFact>>[]; terms: Set<string> }>();
  const entry = (form: Form) => {
    let e = forms.get(form);
    if (!e) forms.set(form, (e = { groups: [], terms: new Set() }));
    return e;
  };
  for (const v of victims) entry(v.fact.form).groups.push(v);
  for (const g of termGroups) for (const t of g.victimTerms) entry(g.key as Form).terms.add(t);
  return [...forms.entries()].map(([form, e]) => ({ form, groups: e.groups, terms: [...e.terms].sort() }));
}

function sourceItem(g: ClaimGroup): SourceItem[] {
  const a = g.first?.claim.context.attribution;
  return a ? [{ source: a.source, kind: a.kind, evidence: g.evidence, evidenceCount: g.count }] : [];
}
