/** What the gazetteers find in text. Offsets index the document text. */

export type RegionId =
  | 'africa' | 'north_africa' | 'west_africa' | 'central_africa' | 'east_africa' | 'southern_africa'
  | 'europe' | 'western_europe' | 'eastern_europe' | 'middle_east' | 'asia' | 'south_asia'
  | 'southeast_asia' | 'east_asia' | 'central_asia' | 'americas' | 'north_america'
  | 'latin_america' | 'caribbean' | 'oceania';

export interface CountryMention {
  readonly kind: 'country';
  /** Candidate ISO 3166-1 alpha-2 codes, most likely first ("Congolese" → ['CD', 'CG']). */
  readonly codes: readonly string[];
  /** `name`: "Mali", "Cote d'Ivoire"; `demonym`: "Malian", "Ivoirian" (adjective or people). */
  readonly form: 'name' | 'demonym';
  readonly start: number;
  readonly end: number;
}

export interface RegionMention {
  readonly kind: 'region';
  readonly region: RegionId;
  /** "West African countries" / "neighboring West African countries" (adjective form). */
  readonly form: 'name' | 'demonym';
  readonly start: number;
  readonly end: number;
}

export interface PlaceMention {
  readonly kind: 'place';
  /** The name as written in the text. */
  readonly name: string;
  /** ISO2 of the country the place lies in. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** GeoNames-style feature: city, region (admin-1), site. */
  readonly feature: 'city' | 'region' | 'site';
  readonly start: number;
  readonly end: number;
}

export type AreaMention = CountryMention | RegionMention;
export type Mention = CountryMention | RegionMention | PlaceMention;

export interface CountryInfo {
  readonly code: string;
  readonly name: string;
  readonly lat: number;
  readonly lon: number;
  /** Regions the country belongs to, most specific first (ML → ['west_africa', 'africa']). */
  readonly regions: readonly RegionId[];
}
