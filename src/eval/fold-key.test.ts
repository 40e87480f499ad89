import { test } from 'node:test';
import assert from 'node:assert/strict';
import { alternatives, fold, pyStr } from './fold-key.js';
import { pyFixed } from './format-eval-report.js';
import { goldKeys, keyMatches, predictedKey } from './score-document.js';

test('fold: NFKD, accents removed, lower case, Python whitespace stripped', () => {
  assert.equal(fold(' Tàoudénni\u00a0'), 'taoudenni');
  assert.equal(fold('ﬁeld Ǆ'), 'field dz');
  assert.equal(fold('\ufeffx'), '\ufeffx', 'Python strip() keeps a BOM');
  assert.equal(fold('\x1cx\x85'), 'x', 'Python strip() removes \\x1c and \\x85');
  assert.equal(fold(null), '');
  assert.equal(fold(undefined), '');
  assert.equal(fold(42), '42');
  assert.equal(fold(true), 'true');
});

test('pyStr prints numbers as Python does', () => {
  assert.equal(pyStr(1.5), '1.5');
  assert.equal(pyStr(1.5e-5), '1.5e-05');
  assert.equal(pyStr(1e22), '10000000000000000000000');
  assert.equal(pyStr(false), 'False');
});

test('alternatives split on | and fold each', () => {
  assert.deepEqual(alternatives('FAMa|Malian Défense'), ['fama', 'malian defense']);
  assert.deepEqual(alternatives(undefined), ['']);
});

test('gold keys expand alternatives; a statistic without year is a wildcard', () => {
  assert.deepEqual(goldKeys('place', { form: 'forced_labor', country: 'ML', place: 'A|B' }), [
    ['place', 'forced_labor', 'ml', 'a'], ['place', 'forced_labor', 'ml', 'b'],
  ]);
  assert.deepEqual(goldKeys('statistic', { value: 12 }), [['statistic', '12', '*']]);
  assert.deepEqual(goldKeys('statistic', { value: 12, year: null }), [['statistic', '12', '']]);
  const pk = predictedKey({ type: 'statistic', value: 12.0, year: 2001 })!;
  assert.ok(keyMatches(pk, ['statistic', '12', '*']));
  assert.ok(!keyMatches(pk, ['statistic', '12', '2002']));
  assert.equal(predictedKey({ type: 'constructor' }), undefined);
});

test('pyFixed rounds an exact tie half to even, like Python format', () => {
  assert.equal(pyFixed(0.0625, 3), '0.062');
  assert.equal(pyFixed(0.1875, 3), '0.188');
  assert.equal(pyFixed(2 / 3, 3), '0.667');
  assert.equal(pyFixed(0, 3), '0.000');
  assert.equal(pyFixed(1, 3), '1.000');
});
