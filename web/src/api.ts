/** Typed fetches of the JSON API (same origin). */
export interface Evidence { readonly documentId: number; readonly start: number; readonly end: number; readonly text: string }
export interface DocumentRef { readonly id: number; readonly country: string; readonly year?: number; readonly kind: string; readonly path: string }
export type Fact = { readonly type: string; readonly [k: string]: unknown };
export interface ClaimContext { readonly hedges: readonly string[]; readonly attribution?: { readonly source: string; readonly kind: string }; readonly victimTerms: readonly string[] }
export interface ApiClaim { readonly id: number; readonly fact: Fact; readonly ruleId: string; readonly hedged: boolean; readonly context: ClaimContext; readonly evidence: Evidence; readonly document: DocumentRef }
export interface FlowEdge { readonly from: string; readonly to: string; readonly forms: readonly string[]; readonly victimGroups: readonly string[]; readonly documents: readonly DocumentRef[]; readonly years: readonly number[]; readonly reportCount: number; readonly corroborated: boolean; readonly corroboration: readonly string[]; readonly hedgedOnly: boolean; readonly evidence: readonly Evidence[] }
export interface FactItem { readonly fact: Fact; readonly years: readonly number[]; readonly documents: readonly DocumentRef[]; readonly hedgedOnly: boolean; readonly evidence: readonly Evidence[]; readonly evidenceCount: number }
export interface Country { readonly code: string; readonly numeric: string; readonly name: string; readonly lat: number; readonly lon: number }
export interface FacetCount { readonly value: string; readonly count: number }
export interface DocumentSummary { readonly id: number; readonly path: string; readonly country: string; readonly year?: number; readonly kind: string; readonly title?: string; readonly claimCount: number }
export interface Profile {
  readonly name: string; readonly country: string; readonly documents: readonly DocumentRef[]; readonly roles: readonly FactItem[];
  readonly forms: readonly { readonly form: string; readonly groups: readonly FactItem[]; readonly terms: readonly string[] }[];
  readonly sectors: readonly FactItem[]; readonly commodities: readonly FactItem[]; readonly perpetrators: readonly FactItem[];
  readonly places: readonly FactItem[]; readonly statistics: readonly FactItem[]; readonly hedged: readonly FactItem[]; readonly flows: readonly FlowEdge[];
}

export class HttpError extends Error {
  constructor(readonly status: number, readonly detail: string) { super(detail); }
}

export async function getJson<T>(path: string, params: Readonly<Record<string, string | number | undefined>> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const res = await fetch(q.size ? `${path}?${q}` : path, { headers: { Accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { detail?: string };
    throw new HttpError(res.status, body.detail ?? res.statusText);
  }
  return (await res.json()) as T;
}

let countries: Promise<Map<string, Country>> | undefined;
export function countryMap(): Promise<Map<string, Country>> {
  countries ??= getJson<Country[]>('/api/countries').then((l) => new Map(l.map((c) => [c.code, c])));
  return countries;
}

export function areaName(code: string, map: ReadonlyMap<string, Country>): string {
  return map.get(code)?.name ?? code.replace(/_/g, ' ');
}

const words = (v: unknown) => String(v ?? '').replace(/_/g, ' ');

/** One line describing a fact. */
export function factLabel(f: Fact, names: ReadonlyMap<string, Country> = new Map()): string {
  switch (f.type) {
    case 'flow': return `${words(f.form)}: ${areaName(String(f.from), names)} → ${areaName(String(f.to), names)}`;
    case 'victim': return `${words(f.form)} victims: ${words(f.sex)} ${words(f.age)}`;
    case 'sector': return `${words(f.form)} in ${words(f.sector)}`;
    case 'commodity': return `${words(f.form)}: ${words(f.commodity)}`;
    case 'actor': return `${words(f.form)} by ${words(f.actor)}${f.name ? ` (${String(f.name)})` : ''}`;
    case 'place': return `${words(f.form)} in ${String(f.place)}, ${areaName(String(f.country), names)}`;
    case 'role': return `${areaName(String(f.country), names)}: ${words(f.role)} country`;
    case 'statistic': return `${words(f.qualifier) === 'exact' ? '' : words(f.qualifier) + ' '}${String(f.value)} ${String(f.subject)}${f.year ? ` (${String(f.year)})` : ''}`;
    default: return f.type;
  }
}

export function evidenceHref(e: Evidence): string {
  return `#/doc/${e.documentId}?start=${e.start}&end=${e.end}`;
}
