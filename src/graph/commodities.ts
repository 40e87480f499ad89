import type { Form } from '../facts/fact.js';
import type { Evidence, Store } from '../store/store.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import type { ViewOptions } from './flows.js';
import { yearsOf, type DocumentRef } from './group-claims.js';

/** Forms that make a good "produced with forced labor" in the US Department of Labor's sense. */
export const FORCED_LABOR_FORMS: readonly Form[] = ['forced_labor', 'debt_bondage', 'domestic_servitude', 'hereditary_slavery', 'forced_begging', 'forced_criminality'];

/** Words a child-words match must contain (lower case): the database prefilters evidence with them. */
const CHILD_STEMS = ['child', 'boy', 'girl', 'minor', 'talib', 'under'];
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
  /** The top evidences (see `evidenceCount`). */
  readonly evidence: readonly Evidence[];
  /** How many statements (claims) name the good in all. */
  readonly evidenceCount: number;
}

/** Country × commodity × form with evidence, by country then good; grouped in the store. */
export async function commodities(store: Store, resolver: CountryResolver, options: { readonly country?: string } & ViewOptions = {}): Promise<CommodityRow[]> {
  const groups = await store.groupClaims({
    by: 'commodity', filter: { types: ['commodity'], ...(options.country ? { documentCountry: options.country } : {}) },
    withFirst: false, victims: true, evidenceWords: CHILD_STEMS,
    ...(options.evidenceLimit !== undefined ? { evidenceLimit: options.evidenceLimit } : {}),
  });
  const rows: CommodityRow[] = [];
  for (const g of groups) {
    const [code, commodity, form] = g.keyParts as [string, string, Form];
    const f = { commodity, form };
    const child = g.matchedEvidence.some((t) => CHILD_WORDS.test(t)) || g.victims.some((v) => v.age === 'child');
    rows.push({
      good: f.commodity.charAt(0).toUpperCase() + f.commodity.slice(1), commodity: f.commodity,
      countryCode: code, country: resolver.name(code) ?? code, form: f.form,
      childLabor: child, forcedLabor: FORCED_LABOR_FORMS.includes(f.form),
      documents: g.documents, years: yearsOf(g.documents),
      hedgedOnly: g.hedgedOnly, evidence: g.evidence, evidenceCount: g.count,
    });
  }
  const collate = new Intl.Collator().compare;
  return rows.sort((a, b) => collate(a.country, b.country) || collate(a.good, b.good) || collate(a.form, b.form));
}
