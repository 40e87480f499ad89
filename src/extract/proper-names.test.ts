import { test } from 'node:test';
import assert from 'node:assert/strict';
import { blankNames, insideName, insideUrl } from './proper-names.js';
import { extractDocument } from './extract-document.js';

const at = (text: string, words: string): [number, number] => {
  const i = text.indexOf(words);
  assert.ok(i >= 0, words);
  return [i, i + words.length];
};

test('institution names join capitalised words with of, for, the, and, in, by, or', () => {
  const text = 'Officials cited the List of Goods Produced by Child Labor or Forced Labor, and the Trafficking in Persons Report.';
  assert.ok(insideName(text, ...at(text, 'Forced Labor'), 0));
  assert.ok(insideName(text, ...at(text, 'Child'), 0));
  assert.ok(insideName(text, ...at(text, 'Persons'), 0));
  assert.ok(!insideName(text, ...at(text, 'Trafficking'), 0), 'the first word of a name is not inside it');
  assert.ok(insideName(text, ...at(text, 'Trafficking'), 0, true), '… but with orFirst it is, the name going on after it');
  assert.equal(blankNames('forced labor in the Forced Labor Convention').trimEnd(), 'forced labor in the');
  const plain = 'Forced labor occurs in mines.';
  assert.ok(!insideName(plain, ...at(plain, 'Forced labor'), 0, true), 'a form at the start of a sentence is no name');
});

test('insideUrl: words of a web address', () => {
  const text = 'See https://www.example.gov/child-labor/forced-labor-list and www.example.org/trafficking for more.';
  assert.ok(insideUrl(text, text.indexOf('child-labor'), 0));
  assert.ok(insideUrl(text, text.indexOf('trafficking'), 0));
  assert.ok(!insideUrl(text, text.indexOf('more'), 0));
});

test('a reference to reports named after forms, with their web addresses, states no fact', () => {
  const text = 'Children worked in mines. Also see the List of Goods Produced by Child Labor or Forced Labor at https://www.example.gov/reports/child-labor/list-of-goods .';
  const r = extractDocument({ path: 'x.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] }, { country: 'BO' });
  const reference = text.indexOf('Also see');
  assert.deepEqual(r.claims.filter((c) => c.evidence.start >= reference).map((c) => c.ruleId), []);
});
