import { readFileSync } from 'node:fs';
import type { AreaMention, CountryInfo, PlaceMention, RegionId } from './mention.js';
import type { CountryRecord } from './country-record.js';
import { areaMentions, buildAreaTrie, scanAreas, type AreaValue } from './area-index.js';
import { matchesWithin, type TokenMatch } from './token-trie.js';
import { CountryNameIndex } from './country-by-name.js';
import { COUNTRY_NAMES, NOT_COUNTRY_NAMES } from './country-names.js';
import { loadPlaceIndex, type PlaceIndex } from './place-index.js';
import { NAMED_SUBREGIONS } from './region-names.js';

export interface Gazetteer {
  /** Countries (names and demonyms/adjectives) and world regions in text[start,end), in text order, longest match wins, no overlaps. */
  findAreas(text: string, start?: number, end?: number): AreaMention[];
  /**
   * Subnational places (cities, admin-1 regions) in text[start,end), only where context supports
   * them ("in X", "the town of X", "X region"). A name found in several countries resolves to
   * `countryHint` (ISO2) when it has one there, else to the most populous.
   */
  findPlaces(text: string, start?: number, end?: number, countryHint?: string): PlaceMention[];
  country(code: string): CountryInfo | undefined;
  /** Resolves a free name or a file-name slug ("Burkina_Faso", "cote-divoire", "Gambia_The"). */
  countryByName(name: string): string | undefined;
  countries(): readonly CountryInfo[];
  regionsOf(code: string): readonly RegionId[];
  /**
   * Whether the region a text names holds the country: by its M49 subregions when the name is narrower
   * than its region id ("South America" does not hold the Dominican Republic), else by the region id.
   */
  holds(regionName: string, region: RegionId, code: string): boolean;
}

/** data/gazetteer/ beside src/ and dist/ alike. */
export const GAZETTEER_DATA_DIR = new URL('../../data/gazetteer/', import.meta.url);

let cached: Gazetteer | undefined;
/** A findAreas range at least this long is kept to answer calls for ranges inside it. */
const WIDE_RANGE = 2_000;
const NO_AREAS: readonly AreaMention[] = Object.freeze([]);

/** The gazetteer built from data/gazetteer/*.json and the curated tables; built once. */
export function loadGazetteer(): Gazetteer {
  cached ??= buildGazetteer(
    JSON.parse(readFileSync(new URL('countries.json', GAZETTEER_DATA_DIR), 'utf8')) as CountryRecord[],
  );
  return cached;
}

export function buildGazetteer(records: readonly CountryRecord[]): Gazetteer {
  const trie = buildAreaTrie(records);
  const infos = records.map((r): CountryInfo => ({ code: r.code, name: r.name, lat: r.lat, lon: r.lon, regions: r.regions }));
  const byCode = new Map(infos.map((c) => [c.code, c]));
  const subregions = new Map(records.map((r) => [r.code, r.subregion]));
  const names = new CountryNameIndex();
  for (const rule of COUNTRY_NAMES) names.add(rule.name, rule.codes[0]!);
  const denied = new Set(NOT_COUNTRY_NAMES);
  for (const r of records) {
    names.add(r.name, r.code);
    for (const n of r.names) if (!denied.has(n)) names.add(n, r.code);
  }
  let places: PlaceIndex | undefined;
  // findPlaces needs the areas of its range, which the caller has usually just asked for: the last
  // result is kept (a copy, so that what the caller does with its array cannot change it)
  let last: { readonly text: string; readonly start: number; readonly end: number; readonly areas: readonly AreaMention[] } | undefined;
  const areasOf = (text: string, start: number, end: number): readonly AreaMention[] => {
    if (last !== undefined && last.start === start && last.end === end && last.text === text) return last.areas;
    return scanAreas(trie, text, start, end);
  };
  // A scan of a long range (the subject detection scans the document) answers later calls for
  // ranges inside it, the clauses, whenever matchesWithin can vouch that a scan would agree.
  let wide: { readonly text: string; readonly start: number; readonly end: number; readonly matches: readonly TokenMatch<AreaValue>[] } | undefined;
  return {
    findAreas: (text, start = 0, end = text.length) => {
      let matches = wide !== undefined && wide.text === text ? matchesWithin(wide.matches, text, wide.start, wide.end, start, end) : undefined;
      if (matches === undefined) {
        matches = trie.scan(text, start, end);
        if (end - start >= WIDE_RANGE && (wide === undefined || wide.text !== text || end - start > wide.end - wide.start)) wide = { text, start, end, matches };
      }
      const areas = areaMentions(matches);
      last = { text, start, end, areas: areas.length === 0 ? NO_AREAS : areas.slice() };
      return areas;
    },
    findPlaces: (text, start = 0, end = text.length, countryHint) => {
      places ??= loadPlaceIndex(GAZETTEER_DATA_DIR, areasOf);
      return places.find(text, start, end, countryHint);
    },
    country: (code) => byCode.get(code.toUpperCase()),
    countryByName: (name) => (/^[A-Za-z]{2}$/.test(name.trim()) ? byCode.get(name.trim().toUpperCase())?.code : undefined)
      ?? names.resolve(name),
    countries: () => infos,
    regionsOf: (code) => byCode.get(code.toUpperCase())?.regions ?? [],
    holds: (regionName, region, code) => {
      const narrow = NAMED_SUBREGIONS[regionName];
      if (narrow !== undefined) return narrow.includes(subregions.get(code.toUpperCase()) ?? '');
      return byCode.get(code.toUpperCase())?.regions.includes(region) ?? false;
    },
  };
}
