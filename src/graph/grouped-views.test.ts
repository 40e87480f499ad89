/**
 * The views group claims in SQL: where that could differ from grouping loaded claims (corroboration
 * across reports, hedged-only flags, spelling variants, evidence limits, filters), each dialect is
 * checked against the claims themselves.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, StoredClaim } from '../store/store.js';
import { claimAt, docInput, testDialects } from '../store/testing.js';
import { loadCountryResolver } from '../ingest/country-resolver.js';
import { commodities } from './commodities.js';
import { flows } from './flows.js';
import { groupClaims } from './group-claims.js';
import { profile } from './profile.js';

const FLOW = 'Recruiters move Malian youths to Guinea for work in mines.';
const HEDGED = 'Recruiters reportedly move Malian youths to Guinea.';

/** Eight reports: Mali (2015–2020), Guinea (2020, 2021), Cote d'Ivoire (2021); the flow ML → GN is stated in all of them. */
async function build(store: Store): Promise<Record<string, number>> {
  const ids: Record<string, number> = {};
  for (const year of [2015, 2016, 2017, 2018, 2019]) {
    const text = `MALI ${year}\n${FLOW} ${HEDGED}`;
    ids[`ml${year}`] = (await store.putDocument(docInput({ text, country: 'ML', year }), [
      claimAt(text, FLOW, { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }, { victimTerms: ['Malian'] }),
      claimAt(text, HEDGED, { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }, { hedges: ['reportedly'] }),
    ])).id;
  }
  const ml = 'MALI 2020\nArmed groups allegedly take Malian girls to Algeria for sexual exploitation. Boys dig gold in Kayes. Miners dig gold in Sadiola. '
    + 'Children are exploited in Mopti. Women are exploited in MOPTI. An NGO reported forced begging. AN NGO also reported debt bondage.';
  ids.ml2020 = (await store.putDocument(docInput({ text: ml, country: 'ML', year: 2020 }), [
    claimAt(ml, 'Armed groups allegedly take Malian girls to Algeria for sexual exploitation.', { type: 'flow', form: 'sex_trafficking', from: 'ML', to: 'DZ' }, { hedges: ['allegedly'] }),
    claimAt(ml, 'Armed groups allegedly take Malian girls', { type: 'victim', form: 'sex_trafficking', sex: 'female', age: 'child' }, { hedges: ['allegedly'] }),
    claimAt(ml, 'Boys dig gold in Kayes.', { type: 'commodity', form: 'forced_labor', commodity: 'gold' }),
    claimAt(ml, 'Miners dig gold in Sadiola.', { type: 'commodity', form: 'debt_bondage', commodity: 'gold' }),
    claimAt(ml, 'Children are exploited in Mopti.', { type: 'place', form: 'forced_labor', place: 'Mopti', country: 'ML' }),
    claimAt(ml, 'Women are exploited in MOPTI.', { type: 'place', form: 'forced_labor', place: 'MOPTI', country: 'ML' }),
    claimAt(ml, 'An NGO reported forced begging.', { type: 'sector', form: 'forced_begging', sector: 'begging' },
      { attribution: { source: 'An NGO', kind: 'ngo', span: { start: ml.indexOf('An NGO'), end: ml.indexOf('An NGO') + 6 } } }),
    claimAt(ml, 'AN NGO also reported debt bondage.', { type: 'sector', form: 'debt_bondage', sector: 'other' },
      { attribution: { source: 'AN NGO', kind: 'ngo', span: { start: ml.indexOf('AN NGO'), end: ml.indexOf('AN NGO') + 6 } } }),
  ])).id;
  for (const [key, country, year] of [['gn2020', 'GN', 2020], ['gn2021', 'GN', 2021], ['ci2021', 'CI', 2021]] as const) {
    const text = `${country} ${year}\nMalian men are brought to Guinea and exploited in forced labor in mines.`;
    ids[key] = (await store.putDocument(docInput({ text, country, year }), [
      claimAt(text, 'Malian men are brought to Guinea and exploited in forced labor in mines.', { type: 'flow', form: 'forced_labor', from: 'ML', to: 'GN' }),
      claimAt(text, 'Malian men are brought to Guinea', { type: 'victim', form: 'forced_labor', sex: 'male', age: 'adult' }),
      claimAt(text, 'exploited in forced labor in mines.', { type: 'sector', form: 'forced_labor', sector: 'mining' }),
    ])).id;
  }
  return ids;
}

const byDocument = (a: StoredClaim, b: StoredClaim) => a.document.id - b.document.id || a.id - b.id;

for (const dialect of testDialects()) {
  test(`${dialect.name}: views grouped in SQL agree with the claims they group`, async (t) => {
    const { store, dispose } = await dialect.open();
    try {
      const ids = await build(store);
      const flowClaims = (await store.queryClaims({ types: ['flow'], from: 'ML', to: 'GN' })).slice().sort(byDocument);

      await t.test('corroboration across reports; evidence: first statement of each report, countries in turn', async () => {
        const [gn, dz] = await flows(store, {}, { evidenceLimit: 3 });
        assert.deepEqual([gn.from, gn.to, gn.reportCount, gn.evidenceCount], ['ML', 'GN', 8, 13]);
        assert.deepEqual(gn.corroboration, ['both_countries', 'several_years']);
        assert.deepEqual(gn.years, [2015, 2016, 2017, 2018, 2019, 2020, 2021]);
        assert.deepEqual(gn.evidence.map((e) => e.documentId), [ids.ml2015, ids.gn2020, ids.ci2021], 'one report of each country, in document order');
        assert.deepEqual(gn.victimGroups, ['Malian', 'male adult']);
        assert.equal(gn.hedgedOnly, false);
        assert.deepEqual([dz.to, dz.hedgedOnly, dz.corroborated, dz.victimGroups], ['DZ', true, false, ['female child']]);
        const all = (await flows(store, {}, { evidenceLimit: 1000 }))[0];
        assert.deepEqual(all.evidence, flowClaims.map((c) => c.evidence), 'every statement, in document order');
        const two = (await flows(store, {}, { evidenceLimit: 7 }))[0];
        assert.deepEqual(two.evidence.map((e) => e.documentId), [ids.ml2015, ids.ml2016, ids.ml2017, ids.ml2018, ids.gn2020, ids.gn2021, ids.ci2021],
          'first statements of all reports before second statements of any');
        assert.deepEqual((await flows(store, {}, { evidenceLimit: 0 }))[0].evidence, []);
      });

      await t.test('filters: year, country, form (victims of other forms left out), sector overlap', async () => {
        assert.deepEqual((await flows(store, { year: 2021 })).map((e) => [e.to, e.reportCount, e.corroboration]), [['GN', 2, []]], "Mali's 2021 report is not stored");
        assert.deepEqual((await flows(store, { year: 2019 })).map((e) => [e.to, e.reportCount, e.evidenceCount]), [['GN', 1, 2]]);
        assert.deepEqual((await flows(store, { country: 'DZ' })).map((e) => e.from), ['ML']);
        assert.deepEqual((await flows(store, { form: 'sex_trafficking' })).map((e) => [e.to, e.victimGroups]), [['DZ', ['female child']]]);
        assert.deepEqual((await flows(store, { form: 'forced_labor' }))[0].victimGroups, ['Malian', 'male adult']);
        assert.deepEqual((await flows(store, { sector: 'mining' })).map((e) => [e.to, e.reportCount]), [['GN', 8]], 'the whole edge, not only its statements beside the sector');
        assert.deepEqual(await flows(store, { sector: 'fishing' }), []);
      });

      await t.test('profile: items equal the loaded claims grouped by fact; spelling variants and sources merge; hedged-only', async () => {
        const p = await profile(store, 'ML', { evidenceLimit: 1000 });
        const reference = groupClaims(await store.queryClaims({ documentCountry: 'ML' }));
        const items = [...p.roles, ...p.forms.flatMap((f) => f.groups), ...p.sectors, ...p.commodities, ...p.perpetrators, ...p.places, ...p.statistics];
        const key = (i: { fact: unknown }) => JSON.stringify(i.fact);
        for (const r of reference.filter((i) => i.fact.type !== 'flow')) {
          const mine = items.find((i) => key(i) === key(r));
          assert.ok(mine, `item ${key(r)}`);
          assert.deepEqual(mine, r);
        }
        assert.deepEqual(p.places.map((i) => [i.fact.place, i.evidenceCount]), [['Mopti', 2]]);
        assert.deepEqual(p.sources.map((s) => [s.source, s.kind, s.evidenceCount]), [['An NGO', 'ngo', 2]]);
        assert.deepEqual(p.hedged.map((h) => h.fact.type), ['flow', 'victim'], 'ML → GN is also stated without hedging');
        assert.deepEqual(p.forms.map((f) => [f.form, f.terms]), [['sex_trafficking', []], ['forced_labor', ['Malian']]]);
        const limited = await profile(store, 'ML', { evidenceLimit: 1 });
        assert.deepEqual(limited.places[0].evidence.map((e) => e.text), ['Children are exploited in Mopti.']);
        assert.equal(limited.places[0].evidenceCount, 2);
        assert.deepEqual((await profile(store, 'ML', { year: 2019 })).flows.map((e) => [e.to, e.reportCount]), [['GN', 1]]);
      });

      await t.test('commodities: one row per country, good and form; child labor from the words or an overlapping child victim', async () => {
        const rows = await commodities(store, await loadCountryResolver());
        assert.deepEqual(rows.map((r) => [r.countryCode, r.good, r.form, r.childLabor, r.forcedLabor, r.evidenceCount]),
          [['ML', 'Gold', 'debt_bondage', false, true, 1], ['ML', 'Gold', 'forced_labor', true, true, 1]]);
      });
    } finally {
      await dispose();
    }
  });
}
