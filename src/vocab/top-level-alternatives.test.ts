import { test } from 'node:test';
import assert from 'node:assert/strict';
import { topLevelAlternatives } from './top-level-alternatives.js';
import { matcherEntry } from './lexicon-matcher.js';

test('a pattern splits at the bars outside groups, classes and escapes', () => {
  assert.deepEqual(topLevelAlternatives('a|b(?:c|d)|[|]|e\\|f'), ['a', 'b(?:c|d)', '[|]', 'e\\|f']);
  assert.deepEqual(topLevelAlternatives('(?<!x|y)z|[\\]|]w|'), ['(?<!x|y)z', '[\\]|]w', '']);
  assert.deepEqual(topLevelAlternatives('plain'), ['plain']);
  assert.deepEqual(topLevelAlternatives('\\p{Lu}+|[^]|[]'), ['\\p{Lu}+', '[^]', '[]']);
});

test('an entry keeps plain runs of alternatives together and the others apart, in order', () => {
  const e = matcherEntry('forc(?:e|ed)|held|subject(?:s|ed)? (?:\\w+ ){0,4}?to|sold|sell', false);
  assert.deepEqual(e.parts.map((p) => p.literals ?? 'regex'), [['force', 'forced', 'held'], 'regex', ['sold', 'sell']]);
  // the regex alternative has prefixes of its own: it runs only after 'subject', not at every 'forced'
  const prefixes = e.parts[1]!.prefixes;
  assert.ok(prefixes.includes('subject to') && prefixes.includes('subjects \0 to'), JSON.stringify(prefixes));
  assert.ok(prefixes.every((p) => p.startsWith('subject')), JSON.stringify(prefixes));
  // a plain pattern is one part, the entry itself
  assert.equal(matcherEntry('forc(?:e|ed)|held', false).parts.length, 1);
});
