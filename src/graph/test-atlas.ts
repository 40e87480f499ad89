/** A small hand-built atlas for view and export tests: invented report sentences, claims inserted directly. */
import type { Store } from '../store/store.js';
import { claimAt, docInput } from '../store/testing.js';

export const ML_2020 = 'MALI: Tier 2\nTraffickers reportedly exploit Malian boys in gold mines in Guinea. Families sell children into domestic servitude in Mopti.';
export const GN_2020 = 'GUINEA: Tier 2\nTraffickers exploit Malian men in forced labor in mines in Guinea.';
export const ML_2021 = 'MALI: Tier 2 Watch List\nTraffickers exploit Malian boys in gold mines in Guinea. Armed groups allegedly send Malian women to Algeria for sex trafficking. Mali is a source country. An NGO reported 1,305 victims in 2020.';

/** Inserts three documents (ML 2020, GN 2020, ML 2021) and returns their ids. */
export async function buildTestAtlas(store: Store): Promise<{ ml2020: number; gn2020: number; ml2021: number }> {
  const ml2020 = (await store.putDocument(docInput({ text: ML_2020, country: 'ML', year: 2020 }), [
    claimAt(ML_2020, 'Traffickers reportedly exploit Malian boys in gold mines in Guinea.', { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }, { hedges: ['reportedly'], victimTerms: ['Malian'] }),
    claimAt(ML_2020, 'Traffickers reportedly exploit Malian boys in gold mines in Guinea.', { type: 'commodity', form: 'forced_labor', commodity: 'gold' }, { hedges: ['reportedly'] }),
    claimAt(ML_2020, 'Traffickers reportedly exploit Malian boys', { type: 'victim', form: 'forced_labor', sex: 'male', age: 'child' }, { hedges: ['reportedly'] }),
    claimAt(ML_2020, 'Families sell children into domestic servitude in Mopti.', { type: 'actor', form: 'domestic_servitude', actor: 'family' }),
    claimAt(ML_2020, 'Families sell children into domestic servitude in Mopti.', { type: 'place', form: 'domestic_servitude', place: 'Mopti', country: 'ML' }),
  ])).id;
  const gn2020 = (await store.putDocument(docInput({ text: GN_2020, country: 'GN', year: 2020 }), [
    claimAt(GN_2020, 'Traffickers exploit Malian men in forced labor in mines in Guinea.', { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }, { victimTerms: ['Malian'] }),
    claimAt(GN_2020, 'Traffickers exploit Malian men in forced labor in mines in Guinea.', { type: 'sector', form: 'forced_labor', sector: 'mining' }),
  ])).id;
  const ml2021 = (await store.putDocument(docInput({ text: ML_2021, country: 'ML', year: 2021 }), [
    claimAt(ML_2021, 'Traffickers exploit Malian boys in gold mines in Guinea.', { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }, { victimTerms: ['Malian'] }),
    claimAt(ML_2021, 'Traffickers exploit Malian boys in gold mines in Guinea.', { type: 'commodity', form: 'forced_labor', commodity: 'gold' }),
    claimAt(ML_2021, 'Armed groups allegedly send Malian women to Algeria for sex trafficking.', { type: 'flow', form: 'sex_trafficking', from: 'ML', to: 'DZ' }, { hedges: ['allegedly'], victimTerms: ['Malian'] }),
    claimAt(ML_2021, 'Armed groups allegedly send Malian women to Algeria for sex trafficking.', { type: 'actor', form: 'sex_trafficking', actor: 'armed_group' }, { hedges: ['allegedly'] }),
    claimAt(ML_2021, 'Mali is a source country.', { type: 'role', country: 'ML', role: 'origin' }),
    claimAt(ML_2021, 'An NGO reported 1,305 victims in 2020.', { type: 'statistic', value: 1305, qualifier: 'exact', year: 2020, subject: 'victims' },
      { attribution: { source: 'An NGO', kind: 'ngo', span: { start: ML_2021.indexOf('An NGO'), end: ML_2021.indexOf('An NGO') + 6 } }, years: [2020] }),
  ])).id;
  return { ml2020, gn2020, ml2021 };
}
