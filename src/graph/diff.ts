import { SOURCE_KINDS, type DocumentRef, type DocumentSummary, type Evidence, type FactFields, type SourceKind, type Store } from '../store/store.js';
import { groupClaims, type FactItem } from './group-claims.js';

/** A fact stated in both years' reports, with the evidence of each. */
export interface PersistedFact {
  readonly fact: FactFields;
  readonly fromEvidence: readonly Evidence[];
  readonly toEvidence: readonly Evidence[];
}

/** The kind of report both sides are, or 'any' when reports of every kind are compared. */
export type DiffKind = SourceKind | 'any';

export interface CountryDiff {
  readonly country: string;
  readonly from: number;
  readonly to: number;
  /** The kind of report compared: given, or the first kind both years have (tip, hrr, factbook, other); undefined when they have none in common. */
  readonly kind?: DiffKind;
  /** The documents compared on each side. */
  readonly fromDocuments: readonly DocumentRef[];
  readonly toDocuments: readonly DocumentRef[];
  readonly appeared: readonly FactItem[];
  readonly disappeared: readonly FactItem[];
  readonly persisted: readonly PersistedFact[];
}

/**
 * Facts that appear, disappear or persist between two years' reports on one country. Like is compared
 * with like: the reports of `options.kind` ('any' mixes kinds), by default the first kind both years have.
 */
export async function diffYears(store: Store, country: string, from: number, to: number, options: { readonly kind?: DiffKind } = {}): Promise<CountryDiff> {
  const [fromAll, toAll] = await Promise.all([store.listDocuments({ country, year: from }), store.listDocuments({ country, year: to })]);
  const kind = options.kind ?? commonKind(fromAll, toAll);
  const fromDocuments = ofKind(fromAll, kind).map(ref);
  const toDocuments = ofKind(toAll, kind).map(ref);
  const only = kind !== undefined && kind !== 'any' ? { kind } : {};
  const [a, b] = kind === undefined ? [[], []] : await Promise.all([
    store.queryClaims({ documentCountry: country, year: from, ...only }),
    store.queryClaims({ documentCountry: country, year: to, ...only }),
  ]);
  const key = (i: FactItem) => JSON.stringify(i.fact);
  const before = new Map(groupClaims(a).map((i) => [key(i), i]));
  const after = new Map(groupClaims(b).map((i) => [key(i), i]));
  return {
    country, from, to, ...(kind !== undefined ? { kind } : {}), fromDocuments, toDocuments,
    appeared: [...after.entries()].filter(([k]) => !before.has(k)).map(([, i]) => i),
    disappeared: [...before.entries()].filter(([k]) => !after.has(k)).map(([, i]) => i),
    persisted: [...after.entries()].filter(([k]) => before.has(k)).map(([k, i]) => ({ fact: i.fact, fromEvidence: before.get(k)!.evidence, toEvidence: i.evidence })),
  };
}

/** Why a diff compares nothing: a side without documents, or two years with no kind of report in common; undefined when both sides have documents. */
export function diffProblem(d: CountryDiff): string | undefined {
  if (d.fromDocuments.length === 0 && d.toDocuments.length === 0) return `no report on ${d.country} for ${d.from} nor ${d.to} in the store; expected one on each side`;
  if (d.kind === undefined) {
    return `no kind of report on ${d.country} covers both years: ${d.from} has ${kindsOf(d.fromDocuments)} and ${d.to} has ${kindsOf(d.toDocuments)}; ` +
      `expected --kind (${SOURCE_KINDS.join(', ')}, or any to compare different kinds)`;
  }
  const empty = d.fromDocuments.length === 0 ? d.from : d.toDocuments.length === 0 ? d.to : undefined;
  if (empty === undefined) return undefined;
  return `no ${d.kind === 'any' ? '' : `${d.kind} `}report on ${d.country} for ${empty} in the store; expected one on each side ` +
    `(${d.from}: ${d.fromDocuments.length} documents, ${d.to}: ${d.toDocuments.length})`;
}

/** The first kind both sides have; with one side empty, the first kind the other has; undefined when both have documents but no kind in common. */
function commonKind(a: readonly DocumentSummary[], b: readonly DocumentSummary[]): SourceKind | undefined {
  const has = (docs: readonly DocumentSummary[], k: SourceKind): boolean => docs.length === 0 || docs.some((d) => d.kind === k);
  return SOURCE_KINDS.find((k) => has(a, k) && has(b, k) && (a.length > 0 || b.length > 0));
}

function ofKind(docs: readonly DocumentSummary[], kind: DiffKind | undefined): readonly DocumentSummary[] {
  return kind === 'any' || kind === undefined ? docs : docs.filter((d) => d.kind === kind);
}

function kindsOf(docs: readonly DocumentRef[]): string {
  const kinds = [...new Set(docs.map((d) => d.kind))];
  return kinds.length ? `${kinds.join(' and ')} reports` : 'no reports';
}

function ref(d: DocumentSummary): DocumentRef {
  return { id: d.id, country: d.country, ...(d.year !== undefined ? { year: d.year } : {}), kind: d.kind, path: d.path };
}
