import { createRequire } from 'node:module';

/** Country names ↔ ISO2 codes and centroids, as ingest, views and exports need them. */
export interface CountryResolver {
  /** ISO2 for a name as written ("MALI", "Cote d'Ivoire", "KOREA, NORTH", "burkina_faso"); undefined when unknown. */
  code(name: string): string | undefined;
  /** English short name of an ISO2 code. */
  name(code: string): string | undefined;
  /** Centroid (lat, lon) of an ISO2 code. */
  centroid(code: string): { readonly lat: number; readonly lon: number } | undefined;
  /** Coordinates of a named place in a country, when a gazetteer knows it. */
  place(name: string, country: string): { readonly lat: number; readonly lon: number } | undefined;
}

interface GazetteerCountry { readonly code: string; readonly name: string; readonly lat: number; readonly lon: number }
interface GazetteerLike {
  country(code: string): GazetteerCountry | undefined;
  countryByName(name: string): GazetteerCountry | string | undefined;
  findPlaces?(text: string, start?: number, end?: number, countryHint?: string): readonly { readonly country: string; readonly lat: number; readonly lon: number }[];
}

/** Folds accents, apostrophe styles, underscores and hyphens; turns "KOREA, NORTH" into "north korea". */
export function normalizeCountryName(name: string): string {
  let s = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’‘`]/g, "'").replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  const inverted = /^([^,]+), (?:the )?([^,]+)$/.exec(s);
  if (inverted && !/\bof\b/.test(inverted[2])) s = `${inverted[2]} ${inverted[1]}`;
  return s;
}

let cached: Promise<CountryResolver> | undefined;

/** The project gazetteer when it is available, else the country data of i18n-iso-countries and world-countries. */
export function loadCountryResolver(): Promise<CountryResolver> {
  cached ??= (async () => (await gazetteerResolver()) ?? packageResolver())();
  return cached;
}

async function gazetteerResolver(): Promise<CountryResolver | undefined> {
  const spec = '../gazetteer/gazetteer.js';
  let mod: { loadGazetteer?: () => GazetteerLike | Promise<GazetteerLike> };
  try {
    mod = (await import(spec)) as typeof mod;
  } catch {
    return undefined;
  }
  if (typeof mod.loadGazetteer !== 'function') return undefined;
  const g = await mod.loadGazetteer();
  const fallback = packageResolver();
  return {
    code(name) {
      const hit = g.countryByName(name) ?? g.countryByName(name.replace(/[_-]+/g, ' '));
      return (typeof hit === 'string' ? hit : hit?.code) ?? fallback.code(name);
    },
    name: (code) => g.country(code)?.name ?? fallback.name(code),
    centroid(code) {
      const c = g.country(code);
      return c ? { lat: c.lat, lon: c.lon } : fallback.centroid(code);
    },
    place(name, country) {
      const hit = g.findPlaces?.(name, 0, name.length, country).find((p) => p.country === country);
      return hit ? { lat: hit.lat, lon: hit.lon } : undefined;
    },
  };
}

const EXTRA: Readonly<Record<string, string>> = {
  burma: 'MM', 'north korea': 'KP', 'south korea': 'KR', 'congo democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD', 'republic of the congo': 'CG', 'congo republic of the': 'CG',
  'the gambia': 'GM', 'the bahamas': 'BS', 'cote d ivoire': 'CI', "cote d'ivoire": 'CI', 'cote divoire': 'CI',
  'cabo verde': 'CV', 'timor leste': 'TL', 'micronesia': 'FM', 'kosovo': 'XK', 'eswatini': 'SZ', 'swaziland': 'SZ',
  'macedonia': 'MK', 'north macedonia': 'MK', 'laos': 'LA', 'russia': 'RU', 'syria': 'SY', 'iran': 'IR',
  'vietnam': 'VN', 'bolivia': 'BO', 'venezuela': 'VE', 'tanzania': 'TZ', 'moldova': 'MD', 'brunei': 'BN',
  'south sudan': 'SS', 'sao tome and principe': 'ST', 'saint vincent and the grenadines': 'VC', 'st vincent and the grenadines': 'VC',
  'saint lucia': 'LC', 'st lucia': 'LC', 'saint kitts and nevis': 'KN', 'st kitts and nevis': 'KN', 'curacao': 'CW',
  'hong kong': 'HK', 'macau': 'MO', 'taiwan': 'TW', 'west bank and gaza': 'PS', 'palestine': 'PS', 'holy see': 'VA',
  'bosnia and herzegovina': 'BA', 'trinidad and tobago': 'TT', 'antigua and barbuda': 'AG', 'united states': 'US', 'united kingdom': 'GB',
};

function packageResolver(): CountryResolver {
  const require = createRequire(import.meta.url);
  const iso = require('i18n-iso-countries') as { registerLocale(l: unknown): void; getAlpha2Code(n: string, l: string): string | undefined; getName(c: string, l: string, o?: object): string | undefined };
  iso.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const world = require('world-countries') as { cca2: string; name: { common: string }; latlng: [number, number] }[];
  const byCode = new Map(world.map((w) => [w.cca2, w]));
  const byName = new Map<string, string>(Object.entries(EXTRA));
  for (const w of world) byName.set(normalizeCountryName(w.name.common), w.cca2);
  return {
    code(name) {
      const n = normalizeCountryName(name);
      return byName.get(n) ?? byName.get(n.replace(/'/g, ' ')) ?? iso.getAlpha2Code(n, 'en') ?? undefined;
    },
    name: (code) => byCode.get(code)?.name.common ?? iso.getName(code, 'en', { select: 'alias' }),
    centroid(code) {
      const w = byCode.get(code);
      return w ? { lat: w.latlng[0], lon: w.latlng[1] } : undefined;
    },
    place: () => undefined,
  };
}
