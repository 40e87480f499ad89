import type { Form } from '../facts/fact.js';
import type { Evidence, Store, StoredClaim } from '../store/store.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import type { DocumentRef } from './group-claims.js';

/** Forms that make a good "produced with forced labor" in the US Department of Labor's sense. */
export const FORCED_LABOR_FORMS: readonly Form[] = ['forced_labor', 'debt_bondage', 'domestic_servitude', 'hereditary_slavery', 'forced_begging', 'forced_criminality'];

const CHILD_WORDS = /\b(child|children|boys?|girls?|minors?|talib[eé]s?|under(?:age| the age of 18))\b/i;

/**
 * One country × good × form, shaped to join with the US Department of Labor's List of Goods
 * Produced by Child Labor or Forced Labor (columns Good, Country, Child Labor, Forced Labor).
 */
export interface CommodityRow {
  /** The good as the DOL list names it: capitalized ("Gold", "Cocoa"). */
  readonly good: string;
  readonly commodity: string;
  readonly countryCode: string;
  readonly country: string;
  readonly form: Form;
  /** Children are named as victims in the evidence (or a victim fact with age child overlaps it). */
  readonly childLabor: boolean;
  /** The form is forced labor or one of its kinds. */
  readonly forcedLabor: boolean;
  readonly documents: readonly DocumentRef[];
  readonly years: readonly number[];
  readonly hedgedOnly: boolean;
  readonly evidence: readonly Evidence[];
}

/** Country × commodity × form with evidence, by country then good. */
export async function commodities(store: Store, resolver: CountryResolver, options: { readonly country?: string } = {}): Promise<CommodityRow[]> {
  const countryFilter = options.country ? { documentCountry: options.country } : {};
  const [claims, victims] = await Promise.all([
    store.queryClaims({ types: ['commodity'], ...countryFilter }),
    store.queryClaims({ types: ['victim'], ...countryFilter }),
  ]);
  const childSpans = new Map<number, StoredClaim[]>();
  for (const v of victims) if (v.claim.fact.type === 'victim' && v.claim.fact.age === 'child') childSpans.set(v.document.id, [...(childSpans.get(v.document.id) ?? []), v]);
  const rows = new Map<string, StoredClaim[]>();
  for (const c of claims) {
    if (c.claim.fact.type !== 'commodity' || !c.document.country) continue;
    const k = `${c.document.country}|${c.claim.fact.commodity}|${c.claim.fact.form}`;
    rows.set(k, [...(rows.get(k) ?? []), c]);
  }
  return [...rows.values()].map((group) => {
    const f = group[0].claim.fact as Extract<StoredClaim['claim']['fact'], { type: 'commodity' }>;
    const code = group[0].document.country;
    const docs = new Map(group.map((c) => [c.document.id, c.document]));
    const child = group.some((c) => CHILD_WORDS.test(c.evidence.text) || (childSpans.get(c.document.id) ?? []).some((v) => v.evidence.start < c.evidence.end && v.evidence.end > c.evidence.start));
    return {
      good: f.commodity.charAt(0).toUpperCase() + f.commodity.slice(1), commodity: f.commodity,
      countryCode: code, country: resolver.name(code) ?? code, form: f.form,
      childLabor: child, forcedLabor: FORCED_LABOR_FORMS.includes(f.form),
      documents: [...docs.values()],
      years: [...new Set(group.map((c) => c.document.year).filter((y): y is number => y !== undefined))].sort(),
      hedgedOnly: group.every((c) => c.hedged), evidence: group.map((c) => c.evidence),
    };
  }).sort((a, b) => a.country.localeCompare(b.country) || a.good.localeCompare(b.good) || a.form.localeCompare(b.form));
}
