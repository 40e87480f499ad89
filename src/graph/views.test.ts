import { test } from 'node:test';
import assert from 'node:assert/strict';
import { testDialects } from '../store/testing.js';
import { loadCountryResolver } from '../ingest/country-resolver.js';
import { buildTestAtlas, ML_2020 } from './test-atlas.js';
import { flows } from './flows.js';
import { profile } from './profile.js';
import { commodities } from './commodities.js';
import { diffYears } from './diff.js';
import { search } from './search.js';

for (const dialect of testDialects()) {
  test(`${dialect.name}: views across reports`, async (t) => {
    const { store, dispose } = await dialect.open();
    try {
      const ids = await buildTestAtlas(store);

      await t.test('flows: corroborated by both countries and several years; hedged-only marked', async () => {
        const edges = await flows(store);
        assert.deepEqual(edges.map((e) => [e.from, e.to, e.reportCount]), [['ML', 'GN', 3], ['ML', 'DZ', 1]]);
        const [gn, dz] = edges;
        assert.equal(gn.corroborated, true);
        assert.deepEqual(gn.corroboration, ['both_countries', 'several_years']);
        assert.deepEqual(gn.years, [2020, 2021]);
        assert.deepEqual(gn.victimGroups, ['Malian', 'male child']);
        assert.equal(gn.hedgedOnly, false);
        assert.equal(gn.evidence[0].documentId, ids.ml2020);
        assert.equal(gn.evidence[0].text, ML_2020.slice(gn.evidence[0].start, gn.evidence[0].end));
        assert.deepEqual([dz.corroborated, dz.hedgedOnly, dz.forms], [false, true, ['sex_trafficking']]);
        assert.deepEqual((await flows(store, { form: 'sex_trafficking' })).map((e) => e.to), ['DZ']);
        assert.deepEqual((await flows(store, { year: 2020 })).map((e) => [e.to, e.corroboration]), [['GN', ['both_countries']]]);
        assert.deepEqual((await flows(store, { country: 'DZ' })).map((e) => e.from), ['ML']);
      });

      await t.test('profile: roles, forms by victim group, perpetrators, places, statistics, sources, hedging', async () => {
        const p = await profile(store, 'ML');
        assert.deepEqual(p.documents.map((d) => d.id).sort(), [ids.ml2020, ids.ml2021].sort());
        assert.deepEqual(p.roles.map((r) => r.fact.role), ['origin']);
        assert.deepEqual(p.forms.map((f) => [f.form, f.groups.length]), [['forced_labor', 1], ['sex_trafficking', 0]]);
        assert.deepEqual(p.forms[0].terms, ['Malian']);
        assert.deepEqual(p.perpetrators.map((a) => a.fact.actor), ['family', 'armed_group']);
        assert.deepEqual(p.places.map((a) => a.fact.place), ['Mopti']);
        assert.deepEqual(p.statistics.map((s) => [s.fact.value, s.fact.year]), [[1305, 2020]]);
        assert.deepEqual(p.sources.map((s) => [s.source, s.kind]), [['An NGO', 'ngo']]);
        assert.deepEqual(p.commodities.map((c) => [c.fact.commodity, c.years, c.hedgedOnly]), [['gold', [2020, 2021], false]]);
        assert.ok(p.hedged.some((h) => h.fact.type === 'actor'));
        assert.equal(p.flows.length, 2);
        assert.equal((await profile(store, 'ML', { year: 2020 })).roles.length, 0);
      });

      await t.test('commodities: DOL-shaped rows with child/forced labor', async () => {
        const rows = await commodities(store, await loadCountryResolver());
        assert.equal(rows.length, 1);
        assert.deepEqual([rows[0].good, rows[0].country, rows[0].countryCode, rows[0].childLabor, rows[0].forcedLabor], ['Gold', 'Mali', 'ML', true, true]);
        assert.equal(rows[0].evidence.length, 2);
        assert.deepEqual(await commodities(store, await loadCountryResolver(), { country: 'GN' }), []);
      });

      await t.test('diff: appeared, disappeared, persisted', async () => {
        const d = await diffYears(store, 'ML', 2020, 2021);
        assert.deepEqual(d.persisted.map((p) => p.fact.type).sort(), ['commodity', 'flow']);
        assert.ok(d.appeared.some((i) => i.fact.type === 'role'));
        assert.deepEqual(d.disappeared.map((i) => i.fact.type).sort(), ['actor', 'place', 'victim']);
        assert.equal(d.persisted.find((p) => p.fact.type === 'flow')?.fromEvidence[0].documentId, ids.ml2020);
      });

      await t.test('search: text, filters, paging, facets', async () => {
        const r = await search(store, 'malian', {}, { limit: 2 });
        assert.equal(r.total, 9);
        assert.equal(r.claims.length, 2);
        assert.deepEqual(r.facets.country, [{ value: 'ML', count: 7 }, { value: 'GN', count: 2 }]);
        assert.ok(r.facets.hedged.some((f) => f.value === 'true'));
        const hedged = await search(store, 'malian', { hedged: true, form: 'sex_trafficking' });
        assert.equal(hedged.total, 2);
        assert.equal((await search(store, 'mopti', {})).total, 2);
      });
    } finally {
      await dispose();
    }
  });
}
