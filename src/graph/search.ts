import { claimJson, type ClaimJson } from './claim-json.js';
import { FACET_FIELDS, type ClaimFilter, type FacetCount, type FacetField, type Store, type StoredClaim } from '../store/store.js';

export interface SearchResult {
  readonly query: string;
  readonly total: number;
  readonly limit: number;
  readonly offset: number;
  readonly claims: readonly StoredClaim[];
  /** Counts of all matching claims (not only this page) by form, sector, commodity, actor, country, year, hedged… */
  readonly facets: Readonly<Record<FacetField, readonly FacetCount[]>>;
}

/** Claims whose evidence or values contain `text` (case-insensitive), narrowed by filters, one page at a time, with facets. */
export async function search(store: Store, text: string, filter: Omit<ClaimFilter, 'text' | 'limit' | 'offset'> = {}, page: { readonly limit?: number; readonly offset?: number } = {}): Promise<SearchResult> {
  const where: ClaimFilter = { ...filter, text };
  const limit = page.limit ?? 50;
  const offset = page.offset ?? 0;
  const [summary, claims] = await Promise.all([
    store.summarizeClaims(where, FACET_FIELDS, 20),
    store.queryClaims({ ...where, limit, offset }),
  ]);
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, summary.facets[f] ?? []])) as Record<FacetField, readonly FacetCount[]>;
  return { query: text, total: summary.total, limit, offset, claims, facets };
}

/** A search result as the CLI (`search --json`) and the HTTP API (`/api/search`) print it: flat claims. */
export interface SearchAnswer extends Omit<SearchResult, 'claims'> {
  readonly claims: readonly ClaimJson[];
}

export function searchAnswer(r: SearchResult): SearchAnswer {
  return { ...r, claims: r.claims.map(claimJson) };
}
