import type { Fact } from '../facts/fact.js';
import type { Evidence, FactFields, SourceKind, StoredClaim } from '../store/store.js';

/** A document a view item was stated in. */
export interface DocumentRef {
  readonly id: number;
  readonly country: string;
  readonly year?: number;
  readonly kind: SourceKind;
  readonly path: string;
}

/** One distinct fact across documents: every evidence that states it, the years, and whether every statement is hedged. */
export interface FactItem<F = FactFields> {
  readonly fact: F;
  readonly years: readonly number[];
  readonly documents: readonly DocumentRef[];
  /** True when every claim stating it is hedged ("reportedly", "allegedly"). */
  readonly hedgedOnly: boolean;
  readonly ruleIds: readonly string[];
  readonly evidence: readonly Evidence[];
}

/** The fact without its evidence. */
export function factFields(f: Fact): FactFields {
  const { evidence: _e, ...rest } = f;
  return rest as FactFields;
}

/** The identity of a fact across documents (the contract's scoring key; place names compared case- and accent-insensitively). */
export function factKey(f: Fact | FactFields): string {
  switch (f.type) {
    case 'flow': return `flow|${f.form}|${f.from}|${f.to}`;
    case 'victim': return `victim|${f.form}|${f.sex}|${f.age}`;
    case 'sector': return `sector|${f.form}|${f.sector}`;
    case 'commodity': return `commodity|${f.form}|${f.commodity}`;
    case 'actor': return `actor|${f.form}|${f.actor}|${(f.name ?? '').toLowerCase()}`;
    case 'place': return `place|${f.form}|${f.country}|${f.place.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()}`;
    case 'role': return `role|${f.country}|${f.role}`;
    case 'statistic': return `statistic|${f.value}|${f.year ?? ''}`;
  }
}

/** Groups claims by fact key, keeping first-seen order. */
export function groupClaims(claims: readonly StoredClaim[], key: (c: StoredClaim) => string = (c) => factKey(c.claim.fact)): FactItem[] {
  const groups = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    const k = key(c);
    const g = groups.get(k);
    if (g) g.push(c);
    else groups.set(k, [c]);
  }
  return [...groups.values()].map(itemOf);
}

export function itemOf(group: readonly StoredClaim[]): FactItem {
  const docs = new Map<number, DocumentRef>();
  for (const c of group) docs.set(c.document.id, c.document);
  const years = [...new Set(group.map((c) => c.document.year).filter((y): y is number => y !== undefined))].sort();
  return {
    fact: factFields(group[0].claim.fact),
    years,
    documents: [...docs.values()],
    hedgedOnly: group.every((c) => c.hedged),
    ruleIds: [...new Set(group.map((c) => c.claim.ruleId))],
    evidence: group.map((c) => c.evidence),
  };
}
