/**
 * Generates data/gazetteer/countries.json from the installed packages:
 * world-countries (ODbL: names, alternative spellings, demonyms, lat/lng, M49 subregion)
 * and i18n-iso-countries (MIT: English names and aliases).
 * Curated additions stay in src/gazetteer/*.ts and are merged at load time.
 *
 *   node --import tsx scripts/build-gazetteer.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { SUBREGION_REGIONS, REGION_OVERRIDES } from '../src/gazetteer/region-names.js';
import type { CountryRecord } from '../src/gazetteer/country-record.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca2: string;
  readonly altSpellings: readonly string[];
  readonly region: string;
  readonly subregion: string;
  readonly latlng: readonly [number, number];
  readonly independent: boolean | null;
  readonly unMember: boolean;
  readonly demonyms?: { readonly eng?: { readonly f: string; readonly m: string } };
}

const world = JSON.parse(
  readFileSync(require.resolve('world-countries/countries.json'), 'utf8'),
) as readonly WorldCountry[];
const i18n = (require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> })
  .countries;

/** Latin-script names only; drop 2-3 letter codes ("CI", "CIV"): acronyms are curated. */
const usable = (s: string): boolean =>
  /^[\p{Script=Latin}\p{M} '’.,()-]+$/u.test(s) && !/^[A-Z.]{1,4}$/.test(s) && s.length > 2;

const records: CountryRecord[] = world.map((c) => {
  const names = new Set<string>([c.name.common, c.name.official, ...c.altSpellings]);
  const extra = i18n[c.cca2];
  for (const x of extra === undefined ? [] : Array.isArray(extra) ? extra : [extra]) names.add(x);
  const demonyms = new Set<string>();
  for (const v of Object.values(c.demonyms?.eng ?? {})) {
    for (const part of v.split(/, | or /)) if (part.trim() !== '') demonyms.add(part.trim());
  }
  const regions = REGION_OVERRIDES[c.cca2] ?? SUBREGION_REGIONS[`${c.region}/${c.subregion}`] ?? [];
  return {
    code: c.cca2,
    name: c.name.common,
    lat: c.latlng[0],
    lon: c.latlng[1],
    sovereign: c.unMember || c.independent === true,
    regions: [...regions],
    subregion: `${c.region}/${c.subregion}`,
    names: [...names].filter(usable),
    demonyms: [...demonyms].filter(usable),
  };
});
records.sort((a, b) => a.code.localeCompare(b.code));

mkdirSync(new URL('../data/gazetteer/', import.meta.url), { recursive: true });
const out = new URL('../data/gazetteer/countries.json', import.meta.url);
writeFileSync(out, '[\n' + records.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
console.log(`wrote ${records.length} countries to ${out.pathname}`);
