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

test('a 1 MB report-like input is handled', () => {
  const para = 'Malian women are exploited in sex trafficking in Gabon; boys are forced to beg in Bamako. In 2019, authorities identified at least 47 victims (No. 5; U.S. data) — 55% were girls.\n';
  const text = para.repeat(Math.ceil(1_000_000 / para.length)).slice(0, 1_000_000);
  check(text, 'ML');
  // and a 1 MB line with no sentence end at all
  check('trafficking '.repeat(Math.ceil(1_000_000 / 12)).slice(0, 1_000_000), 'ML');
});
