import type { FlowEdge } from '../graph/flows.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import type { StoredClaim } from '../store/store.js';
import type { PlaceLocator } from './place-coordinates.js';

interface Feature {
  readonly type: 'Feature';
  readonly geometry: { readonly type: 'LineString' | 'Point'; readonly coordinates: readonly number[] | readonly (readonly number[])[] };
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface GeoJsonExport {
  readonly type: 'FeatureCollection';
  readonly features: readonly Feature[];
  /** Flows and places left out because an end or the place has no known coordinates (regions, unknown places). */
  readonly skipped: { readonly flows: number; readonly places: number };
}

/** Flows as LineStrings between country centroids ([lon, lat]); place claims as Points (located by `locate`); each with its evidence. */
export function toGeoJson(edges: readonly FlowEdge[], places: readonly StoredClaim[], resolver: CountryResolver,
  locate: PlaceLocator = (place, country) => resolver.place(place, country)): GeoJsonExport {
  const features: Feature[] = [];
  let skippedFlows = 0;
  let skippedPlaces = 0;
  for (const e of edges) {
    const a = resolver.centroid(e.from);
    const b = resolver.centroid(e.to);
    if (!a || !b) {
      skippedFlows++;
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'LineString', coordinates: [[a.lon, a.lat], [b.lon, b.lat]] },
      properties: {
        kind: 'flow', from: e.from, to: e.to, forms: e.forms, victimGroups: e.victimGroups, reports: e.reportCount, years: e.years,
        corroborated: e.corroborated, corroboration: e.corroboration, hedgedOnly: e.hedgedOnly,
        evidence: e.evidence.map((v) => ({ documentId: v.documentId, start: v.start, end: v.end })),
      },
    });
  }
  for (const c of places) {
    const f = c.claim.fact;
    if (f.type !== 'place') continue;
    const at = locate(f.place, f.country, c.evidence.text);
    if (!at) {
      skippedPlaces++;
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [at.lon, at.lat] },
      properties: { kind: 'place', place: f.place, country: f.country, form: f.form, hedged: c.hedged, documentId: c.evidence.documentId, start: c.evidence.start, end: c.evidence.end, evidence: c.evidence.text },
    });
  }
  return { type: 'FeatureCollection', features, skipped: { flows: skippedFlows, places: skippedPlaces } };
}
