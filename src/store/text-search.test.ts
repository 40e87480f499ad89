/**
 * Text search (ClaimFilter.text), in each dialect's spelling (SQLite without lower(): its LIKE ignores ASCII
 * case already), finds exactly the claims `lower(column) like '%text%'` over the searched columns finds,
 * after inserts, replacements and removals; summarizeClaims counts and facets as countClaims and facetClaims
 * do; and searches go through the dialect's full-text index (migration 0007: SQLite FTS5 trigrams,
 * PostgreSQL a pg_trgm GIN index), so that searches no cache answers do not read every claim.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql, type SqlBool } from 'kysely';
import { KyselyStore } from './kysely-store.js';
import { likePattern } from './claim-query.js';
import { FACET_FIELDS, type ClaimFilter, type Store } from './store.js';
import { claimAt, docInput, searchUsesIndex, testDialects } from './testing.js';

const ML = 'MALI: Tier 2\nTraffickers exploit Malian boys in GOLD mines near Kéniéba. Officials said 50% of "talibés" begged in Bamako; Côte d\'Ivoire received women_workers.';
const GN = 'GUINEA: Tier 2\nGuinean girls are exploited in domestic servitude in Conakry. Gold-panning sites in Siguiri hold forced laborers.';

const ML_CLAIMS = [
  claimAt(ML, 'Traffickers exploit Malian boys in GOLD mines near Kéniéba.', { type: 'flow', form: 'forced_labor', from: 'ML', to: 'ML' }, { hedges: ['said'] }),
  claimAt(ML, 'GOLD mines', { type: 'commodity', form: 'forced_labor', commodity: 'gold' }),
  claimAt(ML, 'Kéniéba', { type: 'place', form: 'forced_labor', place: 'Kéniéba', country: 'ML' }),
  claimAt(ML, 'Officials said 50% of "talibés" begged in Bamako', { type: 'sector', form: 'forced_begging', sector: 'begging' }),
  claimAt(ML, "Côte d'Ivoire received women_workers.", { type: 'flow', form: 'forced_labor', from: 'ML', to: 'CI' }),
];
const GN_CLAIMS = [
  claimAt(GN, 'Guinean girls are exploited in domestic servitude in Conakry.', { type: 'victim', form: 'domestic_servitude', sex: 'female', age: 'child' }),
  claimAt(GN, 'Gold-panning sites in Siguiri hold forced laborers.', { type: 'commodity', form: 'forced_labor', commodity: 'gold' }),
];

const TEXTS = ['gold', 'GOLD', 'go', 'old mines', 'kéniéba', 'KÉNIÉBA', 'kenieba', 'côte', "d'ivoire", '"talibés"', '50%', '0% of', 'women_workers',
  'women-workers', 'n_w', 'domestic servitude', 'servitude in conakry.', 'forced_begging', 'begging', 'a', 'zzz', 'ld-pan', '   ', 'traffickers exploit malian boys in gold mines'];

/** The ids a scan of every claim finds for `text` (the search's definition). */
async function scanned(store: Store, text: string): Promise<number[]> {
  assert.ok(store instanceof KyselyStore);
  const p = likePattern(text);
  const cols = ['evidence', 'commodity', 'name', 'place', 'subject', 'sector', 'form'] as const;
  const rows = await store.db.selectFrom('claims').select('id')
    .where((eb) => eb.or(cols.map((c) => sql<SqlBool>`lower(${eb.ref(c)}) like ${p} escape '\\'`)))
    .orderBy('document_id').orderBy('ord').execute();
  return rows.map((r) => Number(r.id));
}

async function assertSameAsScan(store: Store, when: string): Promise<void> {
  for (const text of TEXTS) {
    const want = await scanned(store, text);
    assert.deepEqual((await store.queryClaims({ text })).map((c) => c.id), want, `${when}: '${text}'`);
    assert.equal(await store.countClaims({ text }), want.length, `${when}: count '${text}'`);
  }
}

for (const dialect of testDialects()) {
  test(`${dialect.name}: text search finds the claims a scan finds, after inserts, replacements and removals`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      const ml = docInput({ text: ML, country: 'ML', year: 2021, sourceId: '/r/ml.txt' });
      await store.putDocument(ml, ML_CLAIMS);
      await store.putDocument(docInput({ text: GN, country: 'GN', year: 2021, sourceId: '/r/gn.txt' }), GN_CLAIMS);
      await assertSameAsScan(store, 'stored');
      assert.ok(await searchUsesIndex(store), `${dialect.name}: a text search is answered from the full-text index`);
      assert.equal((await store.queryClaims({ text: 'kéniéba' })).length, 2);
      assert.equal((await store.queryClaims({ text: 'old mines' })).length, 2, 'a substring inside words, any case');
      // Replaced: the old claims' text is no longer found, the new one is.
      const ml2 = `${ML} Smugglers moved Nigerien men to Tamanrasset.`;
      await store.putDocument({ ...ml, text: ml2 }, [claimAt(ml2, 'Smugglers moved Nigerien men to Tamanrasset.', { type: 'flow', form: 'forced_labor', from: 'NE', to: 'DZ' })]);
      assert.deepEqual((await store.queryClaims({ text: 'kéniéba' })).length, 0);
      assert.equal((await store.queryClaims({ text: 'tamanrasset' })).length, 1);
      await assertSameAsScan(store, 'replaced');
      assert.equal(await store.removeStaleParts('/r/gn.txt', ['other']), 1);
      assert.equal(await store.countClaims({ text: 'conakry' }), 0);
      await assertSameAsScan(store, 'removed');
    } finally {
      await dispose();
    }
  });

  test(`${dialect.name}: summarizeClaims gives countClaims and facetClaims of every field in one query`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      await store.putDocument(docInput({ text: ML, country: 'ML', year: 2021, sourceId: '/r/ml.txt' }), ML_CLAIMS);
      await store.putDocument(docInput({ text: GN, country: 'GN', year: 2020, sourceId: '/r/gn.txt' }), GN_CLAIMS);
      const filters: ClaimFilter[] = [{}, { text: 'gold' }, { text: 'in' , year: 2021 }, { types: ['flow'] }, { text: 'nothing like this' }, { hedged: true }];
      for (const filter of filters) {
        for (const limit of [1, 2, 20]) {
          const s = await store.summarizeClaims(filter, FACET_FIELDS, limit);
          assert.equal(s.total, await store.countClaims(filter), JSON.stringify(filter));
          for (const field of FACET_FIELDS) assert.deepEqual(s.facets[field], await store.facetClaims(filter, field, limit), `${JSON.stringify(filter)} ${field} ${limit}`);
        }
      }
      const partial = await store.summarizeClaims({ text: 'gold' }, ['year', 'hedged'], 5);
      assert.deepEqual(Object.keys(partial.facets).sort(), ['hedged', 'year']);
      assert.deepEqual(partial.facets.hedged, [{ value: 'false', count: 2 }, { value: 'true', count: 1 }]);
    } finally {
      await dispose();
    }
  });
}
