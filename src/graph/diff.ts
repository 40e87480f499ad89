import type { Evidence, FactFields, SourceKind, Store } from '../store/store.js';
import { groupClaims, type FactItem } from './group-claims.js';

/** A fact stated in both years' reports, with the evidence of each. */
export interface PersistedFact {
  readonly fact: FactFields;
  readonly fromEvidence: readonly Evidence[];
  readonly toEvidence: readonly Evidence[];
}

export interface CountryDiff {
  readonly country: string;
  readonly from: number;
  readonly to: number;
  readonly appeared: readonly FactItem[];
  readonly disappeared: readonly FactItem[];
  readonly persisted: readonly PersistedFact[];
}

/** Facts that appear, disappear or persist between two years' reports on one country (optionally one source kind). */
export async function diffYears(store: Store, country: string, from: number, to: number, options: { readonly kind?: SourceKind } = {}): Promise<CountryDiff> {
  const kind = options.kind ? { kind: options.kind } : {};
  const [a, b] = await Promise.all([
    store.queryClaims({ documentCountry: country, year: from, ...kind }),
    store.queryClaims({ documentCountry: country, year: to, ...kind }),
  ]);
  const key = (i: FactItem) => JSON.stringify(i.fact);
  const before = new Map(groupClaims(a).map((i) => [key(i), i]));
  const after = new Map(groupClaims(b).map((i) => [key(i), i]));
  return {
    country, from, to,
    appeared: [...after.entries()].filter(([k]) => !before.has(k)).map(([, i]) => i),
    disappeared: [...before.entries()].filter(([k]) => !after.has(k)).map(([, i]) => i),
    persisted: [...after.entries()].filter(([k]) => before.has(k)).map(([k, i]) => ({ fact: i.fact, fromEvidence: before.get(k)!.evidence, toEvidence: i.evidence })),
  };
}
