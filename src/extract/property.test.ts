import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { extractDocument } from './extract-document.js';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { FORM_TAXONOMY } from '../vocab/forms.js';

/** Property tests: extraction never throws and every evidence span is a valid range of the text. */

const gazetteer = loadGazetteer();

function check(text: string, country?: string): void {
  const r = extractDocument({ path: 'random.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] }, { gazetteer, ...(country ? { country } : {}) });
  for (const c of r.claims) {
    const { start, end } = c.evidence;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end && end <= text.length, `claim evidence ${start}-${end} in text of ${text.length}`);
    assert.deepEqual(c.fact.evidence, c.evidence, 'fact evidence equals claim evidence');
  }
  for (const f of r.facts) assert.ok(0 <= f.evidence.start && f.evidence.start < f.evidence.end && f.evidence.end <= text.length);
}

const FORMS = Object.values(FORM_TAXONOMY).map((f) => f.label).concat(['forced to beg', 'bonded labor', 'child soldiers', 'forced prostitution', 'vulnerable to trafficking']);
const WORDS = [
  'Malian', 'Nepali', 'Ghanaian', 'Vietnamese', 'Nigerian', 'women', 'girls', 'men', 'boys', 'children', 'victims', 'traffickers',
  'are', 'exploited', 'in', 'from', 'to', 'through', 'and', 'or', 'the', 'some', 'reportedly', 'allegedly', 'an NGO reported',
  'Mali', 'India', 'Ghana', 'Gabon', 'Libya', 'the Gulf', 'West Africa', 'Europe', 'Bamako', 'Accra', 'Kayes', 'U.S.', 'No.', 'Gen.',
  'fishing', 'cocoa', 'gold mines', 'brick kilns', 'garments', 'bars', 'domestic work', 'recruitment agencies', 'family members',
  'criminal groups', 'complicit officials', 'police', 'armed groups', 'source', 'transit', 'destination', 'country',
  'at least', 'more than', 'between', 'approximately', 'one', '47', '1,305', '20,000', '55%', '1.5 million', '2019', 'In 2022,', 'Article 5',
  '15 years’', 'aged 12', '—', '–', '“', '”', '(', ')', ';', ',', '.', ':', '|', '\n', '\r\n', '\n\n', 'é', '\u00a0',
];
const wordSalad = fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...FORMS)), { maxLength: 60 }).map((ws) => ws.join(' '));
const COUNTRIES = fc.constantFrom(undefined, 'ML', 'NP', 'GH', 'KH');

test('random strings never make extraction throw', () => {
  fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), COUNTRIES, (text, country) => check(text, country)), { numRuns: 200 });
});

test('report-like word salads from the vocabularies never break evidence spans', () => {
  fc.assert(fc.property(wordSalad, COUNTRIES, (text, country) => check(text, country)), { numRuns: 200 });
});

test('random bytes decoded as latin1 never make extraction throw', () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => check(Buffer.from(bytes).toString('latin1'))), { numRuns: 200 });
});

test('extraction work grows linearly with the input, also on text with no sentence end (counted, not timed)', () => {
  const para = 'Malian women are exploited in sex trafficking in Gabon; boys are forced to beg in Bamako. In 2019, authorities identified at least 47 victims (No. 5; U.S. data) — 55% were girls.\n';
  const run = (text: string) => {
    check(text, 'ML');
    return extractDocument({ path: 'long.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] }, { gazetteer, country: 'ML' });
  };
  for (const unit of [para, 'trafficking ', 'Traffickers exploit Malian boys in forced labor in gold mines in Guinea and Gabon and ']) {
    const work = [50_000, 100_000, 200_000].map((n) => run(unit.repeat(Math.ceil(n / unit.length)).slice(0, n)).work);
    assert.ok(work[0]! > 0);
    // doubling the input at most doubles the work (a little slack for where the windows fall)
    assert.ok(work[1]! / work[0]! < 2.2 && work[2]! / work[1]! < 2.2, `work ${work.join(' → ')} for ${JSON.stringify(unit.slice(0, 30))}`);
  }
});

test('a clause with no end is cut into windows at word boundaries, with a message', () => {
  const text = 'Traffickers exploit Malian boys in forced labor in gold mines in Guinea and '.repeat(400);
  const r = extractDocument({ path: 'long.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] }, { gazetteer, country: 'ML' });
  const cap = r.messages.find((m) => m.ruleId === 'segment:cap');
  assert.ok(cap, 'a segment:cap message');
  assert.match(cap.reason, /cut into windows at word boundaries/);
  for (const c of r.claims) {
    assert.ok(c.evidence.end - c.evidence.start <= 2_000, `evidence of ${c.evidence.end - c.evidence.start} characters`);
    assert.ok(c.evidence.start === 0 || text[c.evidence.start - 1] === ' ', 'a window starts after a space');
  }
  assert.ok(r.facts.some((f) => f.type === 'flow' && f.from === 'ML'), 'facts are still found in the windows');
});
