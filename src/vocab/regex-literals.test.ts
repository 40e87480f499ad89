import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { literalAlternatives } from './regex-literals.js';
import { matchLength, matcherEntry } from './lexicon-matcher.js';
import { foldCode } from './regex-prefixes.js';

/** Whether a prefix (no SKIP in a plain pattern's prefixes) admits the text at `at`. */
function admits(prefix: string, text: string, at: number, caseSensitive: boolean): boolean {
  for (let k = 0; k < prefix.length; k++) {
    const c = text.charCodeAt(at + k);
    if (Number.isNaN(c) || (caseSensitive ? c : foldCode(c)) !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

test('plain patterns spell out their strings in the order backtracking tries them', () => {
  assert.deepEqual(literalAlternatives('Forc(?:e|es|ed|ing)', false), ['force', 'forces', 'forced', 'forcing']);
  assert.deepEqual(literalAlternatives('sugar ?cane|sugar', false), ['sugar cane', 'sugarcane', 'sugar']);
  assert.deepEqual(literalAlternatives('(?:child )?wom[ae]n', false), ['child woman', 'child women', 'woman', 'women']);
  assert.deepEqual(literalAlternatives('x??y|z{1,2}', false), ['y', 'xy', 'zz', 'z']);
  assert.deepEqual(literalAlternatives('approx\\.|a[- ]b', false), ['approx.', 'a-b', 'a b']);
  assert.deepEqual(literalAlternatives('(?:ex-)?S[eé]l[eé]ka|SELEKA', true), [
    'ex-Seleka', 'ex-Seléka', 'ex-Séleka', 'ex-Séléka', 'Seleka', 'Seléka', 'Séleka', 'Séléka', 'SELEKA',
  ]);
});

test('patterns with more than plain text are left to their regular expression', () => {
  for (const p of ['\\w+ to', 'a*', 'a+', 'a{2,}', '(?<!palm )oil', 'to beg\\b', 'bricks?(?=[- ]kilns)', '\\p{Lu}\\p{L}+', '.', '[^a]', '[a-z]', '(?:a?){2}', 'caf[eé]']) {
    assert.equal(literalAlternatives(p, false), undefined, p);
  }
  assert.deepEqual(literalAlternatives('café', true), ['café']);
  assert.equal(literalAlternatives('x𝐀', true), undefined);
});

/** Random plain patterns (and a few that are not). */
const patternArb = fc.letrec<{ atom: string; quantified: string; seq: string; alt: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small' },
    { weight: 8, arbitrary: fc.constantFrom('a', 'b', 'k', 'K', 's', 'S', ' ', '-', 'é', "'", '1') },
    { weight: 1, arbitrary: fc.constantFrom('[ab]', '[- ]', '[eé]', '[kK]', '\\.', '\\w', '\\b') },
    { weight: 2, arbitrary: tie('alt').map((p) => `(?:${p})`) },
  ),
  quantified: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '', '?', '??', '{0,2}', '{1,2}?', '{2}', '+')).map(([a, q]) => `${a}${q}`),
  seq: fc.array(tie('quantified'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
})).alt;

test('property: matching the strings directly gives what the regular expression matches, in both case modes, where a prefix admits it', () => {
  // KELVIN SIGN, LONG S, a combining mark that case-folds to a letter (U+0345), an astral letter, a lone surrogate
  const chars = ['a', 'b', 'k', 'K', '\u212a', 's', 'S', 'ſ', ' ', '-', 'é', 'É', "'", '1', '\u0345', '𝐀', '\ud800', '.'];
  const textArb = fc.array(fc.constantFrom(...chars), { maxLength: 14 }).map((cs) => cs.join(''));
  let eligible = 0;
  fc.assert(fc.property(patternArb, fc.boolean(), fc.array(textArb, { minLength: 1, maxLength: 5 }), (pattern, caseSensitive, texts) => {
    let entry: ReturnType<typeof matcherEntry>;
    try {
      entry = matcherEntry(pattern, caseSensitive);
    } catch {
      return; // not a valid pattern (e.g. a quantified \b)
    }
    if (entry.literals === undefined) return;
    eligible++;
    const re = new RegExp(`(?:${pattern})(?![\\p{L}\\p{N}])`, caseSensitive ? 'yu' : 'yiu');
    for (const text of texts) {
      for (let at = 0; at < text.length; at++) {
        re.lastIndex = at;
        const m = re.exec(text);
        assert.equal(matchLength(entry, text, at), m === null ? -1 : m[0].length, `/${pattern}/${caseSensitive ? '' : 'i'} on ${JSON.stringify(text)} at ${at}`);
        // and the trie would have offered the entry there
        if (m !== null) assert.ok(entry.prefixes.some((p) => admits(p, text, at, caseSensitive)), `prefixes ${JSON.stringify(entry.prefixes)} of /${pattern}/ at ${at} of ${JSON.stringify(text)}`);
      }
    }
  }), { numRuns: 2000 });
  assert.ok(eligible > 250, `${eligible} plain patterns`);
});
