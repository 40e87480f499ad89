/** Country shapes from world-atlas (bundled, offline) and a projection helper. */
import { geoEqualEarth, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

const topo = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
export const COUNTRY_SHAPES: readonly CountryFeature[] = (feature(topo, topo.objects.countries) as FeatureCollection<Geometry, { name: string }>).features as CountryFeature[];

export function projectionFor(width: number, height: number, focus?: readonly CountryFeature[]): { projection: GeoProjection; path: ReturnType<typeof geoPath> } {
  const projection = geoEqualEarth();
  if (focus && focus.length) projection.fitExtent([[8, 8], [width - 8, height - 8]], { type: 'FeatureCollection', features: [...focus] } as FeatureCollection);
  else projection.fitSize([width, height], { type: 'Sphere' } as never);
  return { projection, path: geoPath(projection) };
}
