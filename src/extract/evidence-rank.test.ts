import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument } from './extract-document.js';
import { evidenceStrength, isHeading, sectionWeightAt, sectionWeights } from './evidence-rank.js';

const span = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  assert.ok(start >= 0, part);
  return { start, end: start + part.length };
};

function factsOf(text: string, country: string) {
  const doc = { path: 'sample.txt', text, reader: 'text' as const, pages: [], bytes: text.length, messages: [] };
  return { text, facts: extractDocument(doc, { country }).facts };
}

test('headings are lines of capitalised words without a final stop, also after a list mark', () => {
  const text = 'b. Prohibition of Forced or Compulsory Labor\nForced labor occurred in gold mines.\nTRAFFICKING PROFILE\n';
  assert.equal(isHeading(text, span(text, 'Prohibition of Forced or Compulsory Labor')), true);
  assert.equal(isHeading(text, span(text, 'Forced labor occurred in gold mines.')), false);
  assert.equal(isHeading(text, span(text, 'TRAFFICKING PROFILE')), true);
  const inline = 'Reports said Forced Labor Persisted in mines';
  assert.equal(isHeading(inline, span(inline, 'Forced Labor Persisted')), false, 'a part of a line is not a heading');
});

test('a heading states no fact', () => {
  const { facts } = factsOf('Prohibition of Forced or Compulsory Labor\nThe law prohibits it.\n', 'NE');
  assert.deepEqual(facts, []);
});

test('a statement of exploitation outranks a recommendation and a risk', () => {
  const text = '* Screen migrants for forced labor indicators.\nMigrants are vulnerable to forced labor.\nTraffickers exploit Nepali men in forced labor in Qatar.\n';
  const lines = text.split('\n').filter(Boolean).map((l) => evidenceStrength(text, span(text, l)));
  assert.ok(lines[2] > lines[0] && lines[2] > lines[1], `strengths ${lines.join(', ')}`);
});

test('the facts view cites the strongest clause, the earliest among equals', () => {
  const { text, facts } = factsOf(
    'PROSECUTION\nThe government convicted two traffickers for forced labor of Nepali men in Qatar.\n' +
      'TRAFFICKING PROFILE\nTraffickers exploit Nepali men in forced labor in Qatar. Nepali men are also exploited in forced labor in Qatar.\n',
    'NP',
  );
  const flow = facts.find((f) => f.type === 'flow' && f.from === 'NP' && f.to === 'QA');
  assert.ok(flow, 'the NP→QA flow is found');
  assert.equal(text.slice(flow.evidence.start, flow.evidence.end), 'Traffickers exploit Nepali men in forced labor in Qatar.');
});

test('section weights hold from their heading to the next listed one', () => {
  const text = 'intro\nPROSECUTION\nx\nTRAFFICKING PROFILE\ny | tier rating: Tier 2\n';
  const sections = sectionWeights(text);
  assert.deepEqual(sections.map((s) => s.ruleId), ['section:tip-response', 'section:tip-profile', 'section:factbook-tier']);
  assert.equal(sectionWeightAt(sections, 0), 0);
  assert.equal(sectionWeightAt(sections, text.indexOf('x')), -2);
  assert.equal(sectionWeightAt(sections, text.indexOf('y')), 0);
  assert.equal(sectionWeightAt(sections, text.indexOf('Tier 2')), -2);
});
