import { test } from 'node:test';
import assert from 'node:assert/strict';
import { segment, clauses, type Sentence } from './segment.js';
import type { Span } from './span.js';

/** [start, end, text] of each sentence, for exact and readable comparisons. */
function sentences(text: string): [number, number, string][] {
  return segment(text).map((s) => [s.start, s.end, text.slice(s.start, s.end)]);
}

function clauseTexts(text: string, s: Sentence): string[] {
  return s.clauses.map((c) => text.slice(c.start, c.end));
}

/** Every sentence is trimmed, ordered, non-overlapping; every clause lies inside its sentence. */
function assertWellFormed(text: string, list: readonly Sentence[]): void {
  let last = 0;
  for (const s of list) {
    assert.ok(s.start >= last && s.start < s.end && s.end <= text.length, `sentence ${s.start}-${s.end} out of order or range`);
    assert.equal(text.slice(s.start, s.end), text.slice(s.start, s.end).trim(), 'sentence is trimmed');
    assert.ok(s.clauses.length >= 1, 'a sentence has at least one clause');
    let c0 = s.start;
    for (const c of s.clauses) {
      assert.ok(c.start >= c0 && c.start < c.end && c.end <= s.end, `clause ${c.start}-${c.end} outside sentence ${s.start}-${s.end}`);
      c0 = c.end;
    }
    last = s.end;
  }
}

test('abbreviations do not end sentences: U.S., Gen., No., approx., e.g., Jan.', () => {
  const text = 'Officials from the U.S. Department of Labor met NGOs. Gen. Diarra spoke. The law (No. 2012-023) applies; approx. 300 victims were found. Abuses continue, e.g. in mines. Officials met on Jan. 5, 2020, in Bamako.';
  assert.deepEqual(sentences(text), [
    [0, 53, 'Officials from the U.S. Department of Labor met NGOs.'],
    [54, 72, 'Gen. Diarra spoke.'],
    [73, 136, 'The law (No. 2012-023) applies; approx. 300 victims were found.'],
    [137, 168, 'Abuses continue, e.g. in mines.'],
    [169, 210, 'Officials met on Jan. 5, 2020, in Bamako.'],
  ]);
  assertWellFormed(text, segment(text));
});

test('U.S. ends a sentence when a sentence starter follows, not before a lower-case word', () => {
  const text = 'Victims were found in the U.S. The government did not act. Some were sent to the U.S. for work.';
  assert.deepEqual(sentences(text), [
    [0, 30, 'Victims were found in the U.S.'],
    [31, 58, 'The government did not act.'],
    [59, 95, 'Some were sent to the U.S. for work.'],
  ]);
});

test('numbers with separators, decimals and percents stay inside one sentence', () => {
  const text = 'In 2019, police identified 1,305 victims; 20,000 children were at risk. About 55% were women. Some 1.5 million people migrated abroad.';
  const list = segment(text);
  assert.deepEqual(sentences(text), [
    [0, 71, 'In 2019, police identified 1,305 victims; 20,000 children were at risk.'],
    [72, 93, 'About 55% were women.'],
    [94, 134, 'Some 1.5 million people migrated abroad.'],
  ]);
  assert.deepEqual(list[0].clauses, [{ start: 0, end: 40 }, { start: 42, end: 71 }]);
  assert.deepEqual(clauseTexts(text, list[0]), ['In 2019, police identified 1,305 victims', '20,000 children were at risk.']);
  assertWellFormed(text, list);
});

test('em and en dashes and curly quotes do not split; a period inside closing quotes ends the sentence', () => {
  const text = 'The government — despite efforts — did little. She said “victims were sold.” Next – the ministry acted. Observers called it ‘forced labor.’ Done.';
  assert.deepEqual(sentences(text), [
    [0, 46, 'The government — despite efforts — did little.'],
    [47, 76, 'She said “victims were sold.”'],
    [77, 103, 'Next – the ministry acted.'],
    [104, 139, 'Observers called it ‘forced labor.’'],
    [140, 145, 'Done.'],
  ]);
});

test('semicolons split clauses at the top level only, not inside parentheses', () => {
  const text = 'Mali is a source country; victims are exploited in mines; some escape. Traffickers (including relatives; some officials) exploit boys.';
  const list = segment(text);
  assert.equal(list.length, 2);
  assert.deepEqual(clauseTexts(text, list[0]), ['Mali is a source country', 'victims are exploited in mines', 'some escape.']);
  assert.deepEqual(list[0].clauses, [{ start: 0, end: 24 }, { start: 26, end: 56 }, { start: 58, end: 70 }]);
  assert.deepEqual(clauseTexts(text, list[1]), ['Traffickers (including relatives; some officials) exploit boys.']);
  assertWellFormed(text, list);
});

test('labels: `current situation:` stays with its sentence, `| tier rating:` starts a new one', () => {
  const text = 'current situation: Mali is a source country; victims are exploited in mines. | tier rating: Tier 2 Watch List | ok';
  assert.deepEqual(sentences(text), [
    [0, 76, 'current situation: Mali is a source country; victims are exploited in mines.'],
    [79, 109, 'tier rating: Tier 2 Watch List'],
    [112, 114, 'ok'],
  ]);
  const first = segment(text)[0];
  assert.deepEqual(first.clauses, [{ start: 0, end: 43 }, { start: 45, end: 76 }]);
});

test('headings on their own lines are sentences of their own (LF and CRLF)', () => {
  const text = 'MALI: Tier 2\nPROSECUTION\r\nThe government increased efforts. It convicted 12 traffickers\nPROTECTION\n';
  assert.deepEqual(sentences(text), [
    [0, 12, 'MALI: Tier 2'],
    [13, 24, 'PROSECUTION'],
    [26, 59, 'The government increased efforts.'],
    [60, 87, 'It convicted 12 traffickers'],
    [88, 98, 'PROTECTION'],
  ]);
  assertWellFormed(text, segment(text));
});

test('empty and blank input give no sentences; a range limits segmentation', () => {
  assert.deepEqual(segment(''), []);
  assert.deepEqual(segment('  \n\r\n \t '), []);
  const text = 'Skip this. Keep this one. Skip too.';
  const list = segment(text, 11, 25);
  assert.deepEqual(list.map((s) => text.slice(s.start, s.end)), ['Keep this one.']);
  assert.deepEqual(list[0], { start: 11, end: 25, clauses: [{ start: 11, end: 25 }] });
});

test('clauses() trims and drops empty clauses', () => {
  const text = ' a ;; b ; ';
  const out: Span[] = clauses(text, 0, text.length);
  assert.deepEqual(out, [{ start: 1, end: 2 }, { start: 6, end: 7 }]);
});

test('a long mixed paragraph is well formed', () => {
  const parts = ['Gen. Traoré said “no.”', 'Approx. 1,200 victims — mostly girls — were found; 3.5% were boys.', 'U.S. officials (No. 4; Art. 2) visited.', 'HEADING', 'Done'];
  const text = parts.join(' ').replace(' HEADING ', '\nHEADING\n').repeat(50);
  assertWellFormed(text, segment(text));
});
