import type { Fact } from '../facts/fact.js';
import type { ClaimGroup, DocumentRef, Evidence, FactFields, StoredClaim } from '../store/store.js';
import { factGroupKey } from '../store/fact-group-key.js';

export type { DocumentRef } from '../store/store.js';

/** One distinct fact across documents: its evidence, the years, and whether every statement is hedged. */
export interface FactItem<F = FactFields> {
  readonly fact: F;
  readonly years: readonly number[];
  readonly documents: readonly DocumentRef[];
  /** True when every claim stating it is hedged ("reportedly", "allegedly"). */
  readonly hedgedOnly: boolean;
  readonly ruleIds: readonly string[];
  /** The top evidences (views keep a few per item; see `evidenceCount`). */
  readonly evidence: readonly Evidence[];
  /** How many statements (claims) state it in all. */
  readonly evidenceCount: number;
}

/** The fact without its evidence. */
export function factFields(f: Fact): FactFields {
  const { evidence: _e, ...rest } = f;
  return rest as FactFields;
}

/** The identity of a fact across documents (the contract's scoring key; place names compared case- and accent-insensitively). */
export const factKey: (f: Fact | FactFields) => string = factGroupKey;

/** The distinct years of documents, ascending. */
export function yearsOf(documents: readonly DocumentRef[]): number[] {
  return [...new Set(documents.map((d) => d.year).filter((y): y is number => y !== undefined))].sort();
}

/** A fact item from a group made in the store (with its first claim). */
export function factItem(g: ClaimGroup & { readonly first: StoredClaim }): FactItem {
  return {
    fact: factFields(g.first.claim.fact), years: yearsOf(g.documents), documents: g.documents, hedgedOnly: g.hedgedOnly,
    ruleIds: g.ruleIds, evidence: g.evidence, evidenceCount: g.count,
  };
}

/** Groups loaded claims by fact key, keeping first-seen order (for small sets, e.g. one country's report of one year). */
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
  return {
    fact: factFields(group[0].claim.fact),
    years: yearsOf([...docs.values()]),
    documents: [...docs.values()],
    hedgedOnly: group.every((c) => c.hedged),
    ruleIds: [...new Set(group.map((c) => c.claim.ruleId))],
    evidence: group.map((c) => c.evidence),
    evidenceCount: group.length,
  };
}
