import type { Store } from '../store/store.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import { flows } from '../graph/flows.js';
import { CLAIM_COLUMNS, claimRow } from './claim-rows.js';
import { toCsv } from './csv.js';
import { toGeoJson } from './geojson.js';
import { toGraphml } from './graphml.js';
import { toHtcds } from './htcds.js';
import { placeLocator } from './place-coordinates.js';

/** Exports carry every statement of a flow, not a view's top few. */
const ALL_EVIDENCE = { evidenceLimit: Number.POSITIVE_INFINITY };

export type ExportFormat = 'csv' | 'jsonl' | 'geojson' | 'graphml' | 'htcds';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'jsonl', 'geojson', 'graphml', 'htcds'];

/** The whole store (or one country's documents) in one format; every row carries its document and evidence span. */
export async function exportAtlas(store: Store, format: ExportFormat, resolver: CountryResolver, options: { readonly country?: string } = {}): Promise<string> {
  const filter = options.country ? { documentCountry: options.country } : {};
  const flowFilter = options.country ? { country: options.country } : {};
  switch (format) {
    case 'csv':
      return toCsv(CLAIM_COLUMNS, (await store.queryClaims(filter)).map(claimRow));
    case 'jsonl':
      return (await store.queryClaims(filter)).map((c) => JSON.stringify(claimRow(c))).join('\n') + '\n';
    case 'geojson': {
      const [edges, places] = await Promise.all([flows(store, flowFilter, ALL_EVIDENCE), store.queryClaims({ ...filter, types: ['place'] })]);
      return JSON.stringify(toGeoJson(edges, places, resolver, placeLocator(resolver))) + '\n';
    }
    case 'graphml':
      return toGraphml(await flows(store, flowFilter, ALL_EVIDENCE), (c) => resolver.name(c));
    case 'htcds':
      return JSON.stringify({ standard: 'HTCDS 2.0 (aligned)', records: toHtcds(await store.queryClaims(filter)) }, null, 1) + '\n';
  }
}
