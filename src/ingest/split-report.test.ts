import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findNarrativeHeadings, partPages, splitReport } from './split-report.js';
import { WHOLE_REPORT } from './test-fixtures.js';


test('finds narrative headings in both styles, not section headings', () => {
  const h = findNarrativeHeadings(WHOLE_REPORT);
  assert.deepEqual(h.map((x) => [x.name, x.tier]), [['MALI', 'Tier 2 Watch List'], ['MAURITANIA', 'Tier 2'], ['COTE D’IVOIRE', 'Tier 2']]);
});

test('splits a whole report into narratives that keep their section headings', () => {
  const parts = splitReport(WHOLE_REPORT);
  assert.equal(parts.length, 3);
  const texts = parts.map((p) => WHOLE_REPORT.slice(p.start, p.end));
  assert.ok(texts[0].startsWith('MALI: Tier 2 Watch List\n'));
  assert.ok(texts[0].endsWith('gold mines in Guinea.'));
  assert.match(texts[0], /TRAFFICKING PROFILE/);
  assert.ok(texts[1].startsWith('MAURITANIA (Tier 2)'));
  assert.ok(texts[2].endsWith('cocoa farming.'));
  assert.ok(!texts.some((t) => t.includes('INTRODUCTION')));
});

test('a single narrative is not split', () => {
  assert.deepEqual(splitReport('MALI: Tier 2\nTraffickers exploit boys.\nPROTECTION\nThe government identified victims.'), []);
  assert.deepEqual(splitReport('Mali: a country in West Africa.\nMauritania: its neighbour.'), []);
});

test('page ranges are re-based to the part', () => {
  const pages = [{ page: 1, start: 0, end: 100 }, { page: 2, start: 100, end: 200 }, { page: 3, start: 200, end: 300 }];
  assert.deepEqual(partPages(pages, 150, 250), [{ page: 2, start: 0, end: 50 }, { page: 3, start: 50, end: 100 }]);
});
