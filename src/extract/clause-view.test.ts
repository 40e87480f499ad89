import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseView, type ClauseView } from './clause-view.js';
import { EN_GRAMMAR } from '../lang/en/grammar.js';
import type { Span } from '../text/span.js';

function view(text: string): { v: ClauseView; at: (s: Span | undefined) => string | undefined } {
  const v = clauseView(text, { start: 0, end: text.length }, EN_GRAMMAR);
  return { v, at: (s) => (s === undefined ? undefined : text.slice(s.start, s.end)) };
}

test('clause view: subject, active verb group, object and phrases with offsets', () => {
  const { v, at } = view('Traffickers force Ruritanian boys to work in gold mines near the border.');
  assert.equal(at(v.subject), 'Traffickers');
  assert.equal(at(v.verbs[0]), 'force');
  assert.equal(v.verbs[0]?.voice, 'active');
  assert.equal(at(v.object), 'Ruritanian boys');
  assert.deepEqual(v.phrases.map((p) => [p.prep, at(p.object)]), [['to', 'work'], ['in', 'gold mines'], ['near', 'the border']]);
});

test('clause view: passive, negated and modal verb groups', () => {
  const passive = view('Some women were reportedly forced into prostitution in Zenda.');
  assert.equal(passive.at(passive.v.verbs[0]), 'were reportedly forced');
  assert.equal(passive.v.verbs[0]?.voice, 'passive');
  assert.equal(passive.at(passive.v.subject), 'Some women');
  const negated = view('The report did not specify how many children were exploited.');
  assert.equal(negated.v.verbs[0]?.negated, true);
  assert.equal(negated.v.verbs[0]?.voice, 'active');
  const modal = view('Migrant workers may be subjected to debt bondage on farms.');
  assert.equal(modal.v.verbs[0]?.modal, true);
  assert.equal(modal.v.verbs[0]?.voice, 'passive');
});

test('clause view: a participle after a determiner or preposition is no verb', () => {
  const { v, at } = view('The forced labor of trafficked children persists in the region.');
  assert.deepEqual(v.verbs.map((g) => at(g)), ['persists']);
  assert.equal(at(v.subject), 'The forced labor of trafficked children');
});

test('clause view: coordinated lists inside phrases, with each item', () => {
  const { v, at } = view('Boys from Ruritania, Zenda, and Freedonia are exploited in agriculture, brick kilns, carpet weaving, and truck driving.');
  assert.deepEqual(v.lists.map((l) => l.items.map((i) => at(i))), [
    ['Ruritania', 'Zenda', 'Freedonia'],
    ['agriculture', 'brick kilns', 'carpet weaving', 'truck driving'],
  ]);
  assert.deepEqual(v.phrases.map((p) => p.prep), ['from', 'in']);
});

test('clause view: a sub-clause ends a phrase, and "to" + verb stays in the verb group', () => {
  const { v, at } = view('Employers compel men to harvest cotton in Ruritania, where officials facilitate the abuse.');
  assert.equal(at(v.verbs[0]), 'compel');
  assert.deepEqual(v.phrases.map((p) => at(p)), ['to harvest cotton', 'in Ruritania']);
  assert.equal(at(v.verbs[1]), 'facilitate');
});

test('clause view: offsets index the document, not the clause', () => {
  const text = 'Heading. Officials sold girls to brothels.';
  const v = clauseView(text, { start: 9, end: text.length }, EN_GRAMMAR);
  assert.equal(text.slice(v.subject!.start, v.subject!.end), 'Officials');
  assert.equal(text.slice(v.verbs[0]!.start, v.verbs[0]!.end), 'sold');
  assert.ok(v.tokens.every((t) => t.start >= 9 && t.end <= text.length));
});

test('clause view: an adverb right before the verb belongs to its group', () => {
  const { v, at } = view('Recruitment of children by militias allegedly continued in the north.');
  assert.equal(at(v.verbs[0]), 'allegedly continued');
  assert.deepEqual(v.phrases.map((p) => at(p.object)), ['children', 'militias', 'the north']);
});
