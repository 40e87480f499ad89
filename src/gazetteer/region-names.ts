import type { RegionId } from './mention.js';

/**
 * World-region names as reports write them, and how UN M49 subregions (world-countries'
 * `subregion` field) map to the project's region ids. Settled cases of the facts contract:
 * Northeast Asia → east_asia; South/Central America → latin_america; the Gulf, Gulf states,
 * Arab countries → middle_east; the Balkans → eastern_europe; sub-Saharan Africa → africa.
 */

export interface RegionNameRule {
  readonly name: string;
  readonly region: RegionId;
  readonly form: 'name' | 'demonym';
}

const r = (region: RegionId, form: 'name' | 'demonym', ...names: string[]): RegionNameRule[] =>
  names.map((name) => ({ name, region, form }));

export const REGION_NAMES: readonly RegionNameRule[] = [
  ...r('africa', 'name', 'Africa', 'sub-Saharan Africa', 'Sub-Saharan Africa', 'Subsaharan Africa'),
  ...r('africa', 'demonym', 'African', 'Africans', 'sub-Saharan African', 'Sub-Saharan African', 'sub-Saharan', 'Sub-Saharan',
    'sub-Saharan Africans', 'Sub-Saharan Africans'),
  ...r('north_africa', 'name', 'North Africa', 'Northern Africa', 'northern Africa', 'Maghreb'),
  ...r('north_africa', 'demonym', 'North African', 'North Africans', 'Maghrebi'),
  ...r('west_africa', 'name', 'West Africa', 'Western Africa', 'western Africa'),
  ...r('west_africa', 'demonym', 'West African', 'West Africans'),
  ...r('central_africa', 'name', 'Central Africa', 'central Africa'),
  // "Central African" alone is the demonym of the Central African Republic (demonyms.ts).
  ...r('east_africa', 'name', 'East Africa', 'Eastern Africa', 'eastern Africa', 'Horn of Africa'),
  ...r('east_africa', 'demonym', 'East African', 'East Africans'),
  ...r('southern_africa', 'name', 'Southern Africa', 'southern Africa'),
  ...r('southern_africa', 'demonym', 'Southern African', 'southern African'),
  ...r('europe', 'name', 'Europe', 'European Union', 'EU', 'Schengen area', 'Schengen Area', 'Scandinavia',
    'Northern Europe', 'northern Europe', 'Southern Europe', 'southern Europe'),
  ...r('europe', 'demonym', 'European', 'Europeans', 'Scandinavian', 'Nordic'),
  ...r('western_europe', 'name', 'Western Europe', 'western Europe'),
  ...r('western_europe', 'demonym', 'Western European', 'western European', 'Western Europeans'),
  ...r('eastern_europe', 'name', 'Eastern Europe', 'eastern Europe', 'Central Europe', 'central Europe',
    'Central and Eastern Europe', 'Southeastern Europe', 'southeastern Europe', 'Southeast Europe',
    'Balkans', 'Western Balkans'),
  ...r('eastern_europe', 'demonym', 'Eastern European', 'eastern European', 'Eastern Europeans',
    'Central European', 'Balkan'),
  ...r('middle_east', 'name', 'Middle East', 'Mideast', 'Gulf', 'Persian Gulf',
    'Arabian Gulf', 'Gulf states', 'Gulf States', 'Gulf countries', 'Gulf Cooperation Council', 'GCC',
    'Arab countries', 'Arab states', 'Arab States', 'Arab Gulf states', 'Arab Gulf countries', 'Levant'),
  ...r('middle_east', 'demonym', 'Middle Eastern', 'Gulf Arab'),
  ...r('asia', 'name', 'Asia'),
  ...r('asia', 'demonym', 'Asian', 'Asians'),
  ...r('south_asia', 'name', 'South Asia', 'southern Asia', 'Southern Asia'),
  ...r('south_asia', 'demonym', 'South Asian', 'South Asians'),
  ...r('southeast_asia', 'name', 'Southeast Asia', 'South-East Asia', 'South East Asia', 'Southeastern Asia',
    'southeast Asia', 'ASEAN'),
  ...r('southeast_asia', 'demonym', 'Southeast Asian', 'Southeast Asians', 'South-East Asian'),
  ...r('east_asia', 'name', 'East Asia', 'Eastern Asia', 'Northeast Asia', 'North East Asia', 'North-East Asia',
    'northeast Asia', 'Far East'),
  ...r('east_asia', 'demonym', 'East Asian', 'East Asians', 'Northeast Asian'),
  ...r('central_asia', 'name', 'Central Asia', 'central Asia'),
  ...r('central_asia', 'demonym', 'Central Asian', 'Central Asians'),
  ...r('americas', 'name', 'Americas', 'Western Hemisphere'),
  ...r('north_america', 'name', 'North America'),
  ...r('north_america', 'demonym', 'North American', 'North Americans'),
  ...r('latin_america', 'name', 'Latin America', 'South America', 'Central America', 'Latin America and the Caribbean'),
  ...r('latin_america', 'demonym', 'Latin American', 'Latin Americans', 'South American', 'South Americans',
    'Central American', 'Central Americans'),
  ...r('caribbean', 'name', 'Caribbean', 'West Indies'),
  ...r('oceania', 'name', 'Oceania', 'Pacific Islands', 'Pacific Island countries', 'South Pacific',
    'Melanesia', 'Polynesia'),
  ...r('oceania', 'demonym', 'Pacific Islander', 'Pacific Islanders'),
];

/** Region names narrower than their region id: the M49 subregions they hold (for "a region beside its countries"). */
export const NAMED_SUBREGIONS: Readonly<Record<string, readonly string[]>> = {
  'South America': ['Americas/South America'],
  'South American': ['Americas/South America'],
  'South Americans': ['Americas/South America'],
  'Central America': ['Americas/Central America'],
  'Central American': ['Americas/Central America'],
  'Central Americans': ['Americas/Central America'],
  'Caribbean': ['Americas/Caribbean'],
  'West Indies': ['Americas/Caribbean'],
};

/** Regions named with an adjective that is also a country demonym ("Central African countries"). */
export const REGION_HEAD_NOUNS: readonly string[] = [
  'countries', 'states', 'nations', 'region', 'regions', 'subregion', 'neighbors', 'neighbours', 'governments',
];

/** Compass words that can share one head noun: "West and Central Africa", "South and Southeast Asia". */
export const COMPASS_WORDS: readonly string[] = [
  'North', 'South', 'East', 'West', 'Central', 'Northern', 'Southern', 'Eastern', 'Western',
  'Southeast', 'Northeast', 'Southeastern',
];

/** UN M49 (world-countries `region/subregion`) → region ids, most specific first. */
export const SUBREGION_REGIONS: Readonly<Record<string, readonly RegionId[]>> = {
  'Africa/Northern Africa': ['north_africa', 'africa'],
  'Africa/Western Africa': ['west_africa', 'africa'],
  'Africa/Middle Africa': ['central_africa', 'africa'],
  'Africa/Eastern Africa': ['east_africa', 'africa'],
  'Africa/Southern Africa': ['southern_africa', 'africa'],
  'Asia/Western Asia': ['middle_east', 'asia'],
  'Asia/Southern Asia': ['south_asia', 'asia'],
  'Asia/South-Eastern Asia': ['southeast_asia', 'asia'],
  'Asia/Eastern Asia': ['east_asia', 'asia'],
  'Asia/Central Asia': ['central_asia', 'asia'],
  'Europe/Western Europe': ['western_europe', 'europe'],
  'Europe/Northern Europe': ['western_europe', 'europe'],
  'Europe/Southern Europe': ['western_europe', 'europe'],
  'Europe/Eastern Europe': ['eastern_europe', 'europe'],
  'Europe/Central Europe': ['eastern_europe', 'europe'],
  'Europe/Southeast Europe': ['eastern_europe', 'europe'],
  'Americas/Caribbean': ['caribbean', 'latin_america', 'americas'],
  'Americas/Central America': ['latin_america', 'americas'],
  'Americas/South America': ['latin_america', 'americas'],
  'Americas/North America': ['north_america', 'americas'],
  'Oceania/Polynesia': ['oceania'],
  'Oceania/Melanesia': ['oceania'],
  'Oceania/Micronesia': ['oceania'],
  'Oceania/Australia and New Zealand': ['oceania'],
};

/** Countries whose usual grouping in reports differs from their M49 subregion. */
export const REGION_OVERRIDES: Readonly<Record<string, readonly RegionId[]>> = {
  // The Caucasus: M49 Western Asia, but not the Arab/Middle East region of the reports.
  AM: ['asia', 'europe'], AZ: ['asia', 'europe'], GE: ['asia', 'europe'],
  CY: ['western_europe', 'europe', 'middle_east'],
  TR: ['middle_east', 'europe', 'asia'],
  IR: ['middle_east', 'south_asia', 'asia'],
  EG: ['north_africa', 'middle_east', 'africa'],
  // The Baltic states, M49 Northern Europe, are grouped with Eastern Europe in reports.
  EE: ['eastern_europe', 'europe'], LV: ['eastern_europe', 'europe'], LT: ['eastern_europe', 'europe'],
  AT: ['western_europe', 'europe'],
  MX: ['latin_america', 'north_america', 'americas'],
  // UN M49 puts South Sudan in Eastern Africa (world-countries keeps Sudan's old Middle Africa); reports name it with both.
  SS: ['east_africa', 'central_africa', 'africa'],
};
