/** Small adapters over the graph views for what the web app needs beyond the CLI views. */
import { RevisionCache } from './revision-cache.js';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { publicJson, type PublicPath } from './public-path.js';
import { flows, type FlowEdge, type FlowFilter, type ViewOptions } from '../graph/flows.js';
import type { Store, StoredClaim } from '../store/store.js';
import { toCsv } from '../export/csv.js';

const gzipAsync = promisify(gzip);

export interface CountryInfo {
  readonly code: string;
  /** ISO 3166-1 numeric, as world-atlas feature ids ("466"). */
  readonly numeric: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
}

interface WorldCountry { readonly cca2: string; readonly ccn3: string; readonly latlng: readonly number[]; readonly name: { readonly common: string } }

let countriesCache: CountryInfo[] | undefined;

/** Every country with its numeric code and centroid (from world-countries). */
export function countryList(): readonly CountryInfo[] {
  if (!countriesCache) {
    const list = createRequire(import.meta.url)('world-countries') as WorldCountry[];
    countriesCache = list.filter((c) => c.cca2 && c.ccn3).map((c) => ({ code: c.cca2, numeric: c.ccn3, name: c.name.common, lat: c.latlng[0], lon: c.latlng[1] }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return countriesCache;
}

export interface FlowQuery extends FlowFilter {
  /** Keep edges stated with this victim group ("Malian", "female child"…). */
  readonly victimGroup?: string;
}

/** flows() with the extra victim-group filter of the map (the sector filter is flows' own). */
export async function filteredFlows(store: Store, q: FlowQuery, options: ViewOptions = {}): Promise<FlowEdge[]> {
  const { victimGroup, ...base } = q;
  const edges = await flows(store, base, options);
  if (!victimGroup) return edges;
  const v = victimGroup.toLowerCase();
  return edges.filter((e) => e.victimGroups.some((g) => g.toLowerCase() === v));
}

/** A view's answer, serialized once: UTF-8 JSON, and gzip of it made on first demand. */
export class CachedView {
  #gzip: Promise<Uint8Array<ArrayBuffer>> | undefined;
  constructor(readonly json: Uint8Array<ArrayBuffer>) {}
  gzip(): Promise<Uint8Array<ArrayBuffer>> {
    this.#gzip ??= gzipAsync(this.json).then((b) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength) as Uint8Array<ArrayBuffer>);
    return this.#gzip;
  }
}

/**
 * Views serialized once per request key, valid while the store's revision (documents stored, replaced,
 * removed, by any process) is unchanged: concurrent and repeated requests for the same view share one
 * computation, and a repeated answer costs one revision query (a primary-key read). Least recently used
 * answers go first past `maxEntries` answers or `maxBytes` of JSON (pages of 500 claims are large).
 */
export class ViewCache {
  readonly #encoder = new TextEncoder();
  readonly #cache: RevisionCache<CachedView>;

  /** `serialize` makes an answer's JSON text (the API's makes document paths public: public-path.ts). */
  constructor(store: Store, maxEntries = 256, maxBytes = 64 * 1024 * 1024,
    private readonly serialize: (value: unknown) => string = (v) => JSON.stringify(v)) {
    this.#cache = new RevisionCache<CachedView>(store, { maxEntries, maxBytes, keepNewest: true }, (v) => v.json.byteLength);
  }

  /** The answer of `compute()`, computed at most once per key and revision. */
  view(key: string, compute: () => Promise<unknown>): Promise<CachedView> {
    return this.#cache.get(key, () => compute().then((v) => new CachedView(this.#encoder.encode(this.serialize(v)))));
  }

  /** Answers held and their JSON bytes (for tests). */
  get size(): { readonly entries: number; readonly bytes: number } {
    return this.#cache.size;
  }
}

/** Answers a cached view as JSON, gzipped when the client accepts it (a view of every flow is about ten times smaller). */
export async function sendView(c: Context, view: CachedView): Promise<Response> {
  c.header('Vary', 'Accept-Encoding');
  if (/\bgzip\b/i.test(c.req.header('accept-encoding') ?? '')) {
    return c.body(await view.gzip(), 200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
  }
  return c.body(view.json, 200, { 'Content-Type': 'application/json' });
}

/** A JSON answer whose document paths are public (see public-path.ts). */
export function sendJson(c: Context, value: unknown, toPublic: PublicPath, status: ContentfulStatusCode = 200): Response {
  return c.body(publicJson(value, toPublic), status, { 'Content-Type': 'application/json' });
}

/** One claim as the API prints it (the CLI prints the same shape). */
export { claimJson } from '../graph/claim-json.js';

export const CSV_COLUMNS = ['id', 'type', 'form', 'from', 'to', 'country', 'role', 'sex', 'age', 'sector', 'commodity', 'actor', 'name', 'place', 'value', 'qualifier', 'year', 'subject', 'hedged', 'attribution', 'document_id', 'document_country', 'document_year', 'document_kind', 'span_start', 'span_end', 'evidence'] as const;

/** One claim as a CSV row's fields, by column (CSV_COLUMNS). */
export function csvRecord(c: StoredClaim): Readonly<Record<string, unknown>> {
  return {
    ...(c.claim.fact as unknown as Readonly<Record<string, unknown>>), id: c.id, hedged: c.hedged, attribution: c.claim.context.attribution?.source,
    document_id: c.document.id, document_country: c.document.country, document_year: c.document.year, document_kind: c.document.kind,
    span_start: c.evidence.start, span_end: c.evidence.end, evidence: c.evidence.text,
  };
}

/** Claims as CSV (one row per claim, one column per contract field), through the one CSV writer (formula guard included). */
export function claimsCsv(claims: readonly StoredClaim[]): string {
  return toCsv(CSV_COLUMNS, claims.map(csvRecord));
}
