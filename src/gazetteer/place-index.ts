import type { AreaMention, PlaceMention } from './mention.js';

export type AreaScanner = (text: string, start: number, end: number) => AreaMention[];

export interface PlaceIndex {
  find(text: string, start: number, end: number, countryHint?: string): PlaceMention[];
}

/** Placeholder until data/gazetteer/places.json is generated. */
export function loadPlaceIndex(_dir: URL, _areas: AreaScanner): PlaceIndex {
  return { find: () => [] };
}
