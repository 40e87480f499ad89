import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileLexicon, type LexiconHit } from './lexicon.js';

const show = <V>(text: string, hits: readonly LexiconHit<V>[]): [string, string, V][] => hits.map((h) => [h.key, text.slice(h.start, h.end), h.value]);

test('longer patterns win over their prefixes, hits are in text order and do not overlap', () => {
  const lex = compileLexicon({
    labor: { pattern: 'labou?r', value: 'L' },
    forced: { pattern: 'forced labou?r', value: 'FL' },
    bonded: { pattern: 'bonded labou?r(?:ers)?', value: 'BL' },
  });
  const text = 'Forced labor, bonded laborers and child labour.';
  assert.deepEqual(show(text, lex.find(text)), [
    ['forced', 'Forced labor', 'FL'],
    ['bonded', 'bonded laborers', 'BL'],
    ['labor', 'labour', 'L'],
  ]);
  const hits = lex.find(text);
  assert.deepEqual(hits.map((h) => [h.start, h.end]), [[0, 12], [14, 29], [40, 46]]);
});

test('matches only at word boundaries; a hyphenated prefix such as anti- blocks the match', () => {
  const lex = compileLexicon({ trafficking: { pattern: 'trafficking', value: 1 }, mine: { pattern: 'mines?', value: 2 } });
  assert.deepEqual(lex.find('anti-trafficking law'), []);
  assert.deepEqual(lex.find('counter-trafficking and antitrafficking efforts'), []);
  assert.deepEqual(lex.find('minesweeper, landmines, determine'), []);
  const text = 'trafficking (trafficking), “mines”, mine.';
  assert.deepEqual(show(text, lex.find(text)).map((h) => h[1]), ['trafficking', 'trafficking', 'mines', 'mine']);
  // a word boundary counts letters beyond ASCII
  assert.deepEqual(lex.find('éminent minesé'), []);
});

test('matching is case-insensitive unless the entry is case-sensitive', () => {
  const lex = compileLexicon({
    cma: { pattern: 'CMA', value: 'armed_group', caseSensitive: true },
    isis: { pattern: 'ISIS', value: 'armed_group', caseSensitive: true },
    police: { pattern: 'police', value: 'official' },
  });
  const text = 'POLICE and Police saw the CMA, not the cma; Isis is a name.';
  assert.deepEqual(show(text, lex.find(text)), [
    ['police', 'POLICE', 'official'],
    ['police', 'Police', 'official'],
    ['cma', 'CMA', 'armed_group'],
  ]);
});

test('case-sensitive and insensitive hits merge without overlaps, longest first at the same start', () => {
  const lex = compileLexicon({
    boko: { pattern: 'Boko Haram', value: 'named', caseSensitive: true },
    boko2: { pattern: 'boko', value: 'word' },
    haram: { pattern: 'haram', value: 'word' },
  });
  const text = 'Boko Haram and boko haram.';
  assert.deepEqual(show(text, lex.find(text)), [
    ['boko', 'Boko Haram', 'named'],
    ['boko2', 'boko', 'word'],
    ['haram', 'haram', 'word'],
  ]);
});

test('find() in a range reports offsets into the whole text', () => {
  const lex = compileLexicon({ girls: { pattern: 'girls?', value: 'girl' } });
  const text = 'girls here; girls there; girl';
  const hits = lex.find(text, 12, 23);
  assert.deepEqual(hits.map((h) => [h.start, h.end]), [[12, 17]]);
  assert.equal(text.slice(hits[0].start, hits[0].end), 'girls');
  assert.deepEqual(lex.find(text, 0, 3), []); // "gir" is not a word match
});

test('entries keep their keys and values; an empty table finds nothing', () => {
  const lex = compileLexicon({ a: { pattern: 'alpha', value: { n: 1 } } });
  assert.deepEqual(lex.entries, [{ key: 'a', pattern: 'alpha', value: { n: 1 } }]);
  assert.deepEqual(compileLexicon({}).find('anything at all'), []);
});

test('a capturing group is rejected with an error naming the key', () => {
  assert.throws(
    () => compileLexicon({ ok: { pattern: 'fine', value: 0 }, 'bad-group': { pattern: 'forced (labor|work)', value: 1 } }),
    (e: Error) => /bad-group/.test(e.message) && /capturing group/.test(e.message),
  );
  // non-capturing groups, lookarounds and escaped parentheses are fine
  assert.doesNotThrow(() => compileLexicon({ x: { pattern: String.raw`(?:a|b)(?!c)\(d\)`, value: 0 } }));
});

test('an invalid pattern is rejected with an error naming the key and the pattern', () => {
  assert.throws(
    () => compileLexicon({ 'broken-entry': { pattern: 'forced (?:labor', value: 1 } }),
    (e: Error) => /broken-entry/.test(e.message) && /forced \(\?:labor/.test(e.message),
  );
  assert.throws(() => compileLexicon({ 'star-entry': { pattern: '*oops', value: 1 } }), /star-entry/);
});

test('a pattern that can match the empty string does not loop forever', () => {
  const lex = compileLexicon({ opt: { pattern: 'x?', value: 0 } });
  const hits = lex.find('a x b');
  assert.ok(hits.length < 10);
  assert.ok(hits.some((h) => h.end - h.start === 1));
});
