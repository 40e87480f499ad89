/**
 * A country or region as a user names it on the command line: an ISO 3166-1 alpha-2 code ("ML"),
 * a name ("Mali", "Burkina Faso"), a demonym ("Malian") or a region id ("west_africa", "Europe").
 * Anything else is refused with a suggestion where one can be made ("UK" → GB).
 */
import type { Gazetteer } from './gazetteer.js';
import type { RegionId } from './mention.js';

export const REGION_IDS: readonly RegionId[] = [
  'africa', 'north_africa', 'west_africa', 'central_africa', 'east_africa', 'southern_africa',
  'europe', 'western_europe', 'eastern_europe', 'middle_east', 'asia', 'south_asia',
  'southeast_asia', 'east_asia', 'central_asia', 'americas', 'north_america',
  'latin_america', 'caribbean', 'oceania',
];

export type AreaArgument =
  | { readonly ok: true; readonly area: string }
  | { readonly ok: false; readonly reason: string; readonly suggestion?: string };

/** Resolves `text` to an ISO2 code or, when `regions` is true, a region id too. */
export function resolveAreaArgument(text: string, gazetteer: Gazetteer, regions: boolean): AreaArgument {
  const given = text.trim();
  if (/^[A-Za-z]{2}$/.test(given)) return codeArgument(given, gazetteer);
  const region = regionId(given);
  if (region !== undefined) return regions ? { ok: true, area: region } : { ok: false, reason: `'${given}' is a region, not a country` };
  const whole = wholeMention(given, gazetteer);
  if (whole?.kind === 'country') return { ok: true, area: whole.code };
  if (whole?.kind === 'region') return regions ? { ok: true, area: whole.region } : { ok: false, reason: `'${given}' is a region, not a country` };
  const near = nearestName(given, gazetteer);
  return { ok: false, reason: `'${given}' is not a country code, name or demonym${regions ? ', nor a region id' : ''}`, ...(near ? { suggestion: near } : {}) };
}

/** A two-letter argument must be an ISO2 code; a name that happens to have two letters ("UK") is refused with its code. */
function codeArgument(given: string, gazetteer: Gazetteer): AreaArgument {
  const code = given.toUpperCase();
  if (gazetteer.country(code)) return { ok: true, area: code };
  const named = gazetteer.countryByName(given);
  const reason = `'${given}' is not an ISO 3166-1 alpha-2 country code`;
  return named ? { ok: false, reason, suggestion: describe(named, gazetteer) } : { ok: false, reason };
}

function regionId(given: string): RegionId | undefined {
  const id = given.toLowerCase().replace(/[\s-]+/g, '_');
  return (REGION_IDS as readonly string[]).includes(id) ? (id as RegionId) : undefined;
}

type Whole = { readonly kind: 'country'; readonly code: string } | { readonly kind: 'region'; readonly region: RegionId };

/** The one country or region that the whole text names, as written or capitalised ("malian" → "Malian"). */
function wholeMention(given: string, gazetteer: Gazetteer): Whole | undefined {
  const byName = gazetteer.countryByName(given);
  for (const form of [given, titleCase(given)]) {
    const found = gazetteer.findAreas(form);
    const m = found.length === 1 && found[0].start === 0 && found[0].end === form.length ? found[0] : undefined;
    if (m?.kind === 'country') return { kind: 'country', code: m.codes[0] };
    if (m?.kind === 'region') return { kind: 'region', region: m.region };
  }
  return byName !== undefined && fold(gazetteer.country(byName)?.name ?? '') === fold(given) ? { kind: 'country', code: byName } : undefined;
}

/** The country whose name is closest to `given` (at most a third of its letters differ), as "ML (Mali)". */
function nearestName(given: string, gazetteer: Gazetteer): string | undefined {
  const target = fold(given);
  let best: { code: string; distance: number } | undefined;
  for (const c of gazetteer.countries()) {
    const d = editDistance(target, fold(c.name));
    if (best === undefined || d < best.distance) best = { code: c.code, distance: d };
  }
  return best !== undefined && best.distance <= Math.max(1, Math.floor(target.length / 3)) ? describe(best.code, gazetteer) : undefined;
}

function describe(code: string, gazetteer: Gazetteer): string {
  const name = gazetteer.country(code)?.name;
  return name ? `${code} (${name})` : code;
}

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
const titleCase = (s: string): string => s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_v, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
