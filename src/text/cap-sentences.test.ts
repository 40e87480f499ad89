import { test } from 'node:test';
import assert from 'node:assert/strict';
import { capSentences, windows } from './cap-sentences.js';
import { segment } from './segment.js';

test('windows cut at the last space of each window, cover the span, and never pass the cap', () => {
  const text = 'alpha beta gamma delta epsilon zeta eta theta';
  const w = windows(text, { start: 0, end: text.length }, 12);
  assert.deepEqual(w.map((s) => text.slice(s.start, s.end)), ['alpha beta', 'gamma delta', 'epsilon zeta', 'eta theta']);
  for (const s of w) assert.ok(s.end - s.start <= 12);
  // a word longer than the window is cut at the cap
  const long = 'x'.repeat(30);
  assert.deepEqual(windows(long, { start: 0, end: 30 }, 12).map((s) => s.end - s.start), [12, 12, 6]);
});

test('capSentences leaves report-sized sentences alone and cuts long ones and their clauses', () => {
  const normal = 'Women are exploited in Gabon; boys beg in Bamako. Officials were complicit.';
  const s = segment(normal);
  const same = capSentences(normal, s);
  assert.deepEqual(same.sentences, s);
  assert.deepEqual(same.cut, []);
  const long = 'boys beg in Bamako and '.repeat(40);
  const capped = capSentences(long, segment(long), { sentence: 300, clause: 100 });
  assert.equal(capped.cut.length, 1);
  for (const sentence of capped.sentences) {
    assert.ok(sentence.end - sentence.start <= 300);
    for (const c of sentence.clauses) assert.ok(c.end - c.start <= 100 && c.start >= sentence.start && c.end <= sentence.end);
  }
  assert.equal(capped.sentences[0]!.start, 0);
  assert.equal(capped.sentences.at(-1)!.end, long.trimEnd().length);
});
