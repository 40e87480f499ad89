/**
 * Coordinates of a place claim. Claims do not carry them (a PlaceFact is a name and a country; the
 * gazetteer match extraction made, with its GeoNames coordinates, is not kept), so the gazetteer is
 * asked again: the place as found in its evidence sentence (the context extraction saw), else the name
 * alone in its country.
 */
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import type { CountryResolver } from '../ingest/country-resolver.js';

export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
}

export type PlaceLocator = (place: string, country: string, evidence: string) => Coordinates | undefined;

const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function placeLocator(resolver: CountryResolver): PlaceLocator {
  const gazetteer = loadGazetteer();
  return (place, country, evidence) => {
    const want = fold(place);
    for (const text of [evidence, `in ${place}`]) {
      const hit = gazetteer.findPlaces(text, 0, text.length, country).find((p) => p.country === country && fold(p.name) === want);
      if (hit) return { lat: hit.lat, lon: hit.lon };
    }
    return resolver.place(place, country);
  };
}
