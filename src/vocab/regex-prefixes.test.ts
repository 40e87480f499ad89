import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SKIP, foldCode, literalPrefixes } from './regex-prefixes.js';

/** Whether `prefix` admits the text at `at`: what the matcher's trie walk checks. */
function admits(prefix: string, text: string, at: number, caseSensitive: boolean): boolean {
  let i = at;
  for (let k = 0; k < prefix.length; k++) {
    const p = prefix.charCodeAt(k);
    if (p === 0) {
      const space = text.indexOf(' ', i);
      if (space < 0) return false;
      i = space;
      continue;
    }
    if (i >= text.length) return false;
    const c = text.charCodeAt(i++);
    if (caseSensitive ? c !== p : foldCode(c) !== p) return false;
  }
  return true;
}

test('literal words, optional parts, alternatives and classes spell out their prefixes, folded', () => {
  assert.deepEqual(literalPrefixes('Forced (?:labou?r|work)'), ['forced labor', 'forced labour', 'forced work']);
  assert.deepEqual(literalPrefixes('debt[- ]bondage|peonage'), ['debt bondage', 'debt-bondage', 'peonage']);
  assert.deepEqual(literalPrefixes('(?:child )?soldiers?'), ['child soldier', 'soldier']);
  assert.deepEqual(literalPrefixes('approx\\.|about'), ['about', 'approx.']);
});

test('lookarounds and word boundaries take no text; a lookbehind does not hide the word', () => {
  assert.deepEqual(literalPrefixes('(?<!palm )oil'), ['oil']);
  assert.deepEqual(literalPrefixes('bricks?(?=[- ](?:kilns?|making))|bricks'), ['brick']);
  assert.deepEqual(literalPrefixes('to beg\\b(?: for)?'), ['to beg']);
});

test('a word of letters before a space is a SKIP up to the next space', () => {
  assert.deepEqual(literalPrefixes('(?:the )?(?:\\p{Lu}\\p{L}+ )?regime'), [`${SKIP} regime`, 'regime', `the ${SKIP} regime`, 'the regime']);
  assert.deepEqual(literalPrefixes('forc(?:e|ed)(?: \\w+){0,2}? to work'), [
    // 16 characters at most
    `force ${SKIP} ${SKIP} to wor`, `force ${SKIP} to work`, 'force to work', `forced ${SKIP} ${SKIP} to wo`, `forced ${SKIP} to work`, 'forced to work',
  ]);
  // a run not followed by a space ends the prefix
  assert.deepEqual(literalPrefixes('talib(?:e|é)s'), ['talib']);
});

test('what the analysis cannot follow ends the prefix, down to the empty string', () => {
  assert.deepEqual(literalPrefixes('.abc'), ['']);
  assert.deepEqual(literalPrefixes('\\s*abc'), ['']);
  assert.deepEqual(literalPrefixes('[^x]abc|def'), ['']);
  assert.deepEqual(literalPrefixes('ab[a-z]c'), ['ab']);
  assert.deepEqual(literalPrefixes('(?:ab)+c'), ['ab']);
  assert.deepEqual(literalPrefixes('x?'), ['']);
});

test('case-sensitive prefixes keep case and characters beyond ASCII', () => {
  assert.deepEqual(literalPrefixes('(?:ex-)?S[eé]l[eé]ka', true), ['Seleka', 'Seléka', 'Séleka', 'Séléka', 'ex-Seleka', 'ex-Seléka', 'ex-Séleka', 'ex-Séléka']);
  assert.deepEqual(literalPrefixes('Boko Haram|JAS', true), ['Boko Haram', 'JAS']);
});

test('many alternatives are shortened to fit the limits, never dropped', () => {
  const words = Array.from({ length: 200 }, (_, i) => `w${i.toString(36)}x${'abcdefghij'[i % 10]}tail`);
  const prefixes = literalPrefixes(words.join('|'));
  assert.ok(prefixes.length <= 64);
  for (const w of words) assert.ok(prefixes.some((p) => w.startsWith(p)), w);
});

test('only the KELVIN SIGN and the LONG S fold onto ASCII under the iu flags (what foldCode assumes)', () => {
  const ascii = /^[\u0000-\u007f]$/iu;
  const found: number[] = [];
  for (let c = 0x80; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    if (ascii.test(String.fromCodePoint(c))) found.push(c);
  }
  assert.deepEqual(found, [0x17f, 0x212a]);
  assert.equal(foldCode(0x17f), 's'.charCodeAt(0));
  assert.equal(foldCode(0x212a), 'k'.charCodeAt(0));
});

/** Small random patterns in the syntax the vocabularies use. */
const patternArb = fc.letrec<{ atom: string; quantified: string; seq: string; alt: string }>((tie) => ({
  atom: fc.oneof(
    { depthSize: 'small' },
    { weight: 6, arbitrary: fc.constantFrom('a', 'b', 'k', 'K', 's', 'S', ' ', '-', 'é', "'") },
    { weight: 1, arbitrary: fc.constantFrom('\\w', '\\p{Lu}', '\\p{L}', '[ab]', '[- ]', "['’]", '[eé]', '\\b', '.', '\\s', '[^a]') },
    { weight: 2, arbitrary: tie('alt').map((p) => `(?:${p})`) },
    { weight: 1, arbitrary: tie('alt').map((p) => `(?=${p})`) },
    { weight: 1, arbitrary: tie('alt').map((p) => `(?<!${p})`) },
  ),
  quantified: fc.tuple(tie('atom'), fc.constantFrom('', '', '', '?', '*', '+', '{0,2}', '{1,3}?', '{2}')).map(([a, q]) => `${a}${q}`),
  seq: fc.array(tie('quantified'), { minLength: 1, maxLength: 5 }).map((xs) => xs.join('')),
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('|')),
})).alt;

test('property: every match of a random pattern starts with one of its prefixes', () => {
  const textArb = fc.array(fc.constantFrom('a', 'b', 'k', 'K', '\u212a', 's', 'S', 'ſ', ' ', '-', 'é', 'É', "'", '’', 'x', '1'), { maxLength: 24 }).map((cs) => cs.join(''));
  fc.assert(fc.property(patternArb, fc.boolean(), fc.array(textArb, { minLength: 1, maxLength: 6 }), (pattern, caseSensitive, texts) => {
    let re: RegExp;
    try {
      re = new RegExp(pattern, caseSensitive ? 'yu' : 'yiu');
    } catch {
      return; // not a valid pattern (e.g. a quantified lookbehind)
    }
    const prefixes = literalPrefixes(pattern, caseSensitive);
    for (const text of texts) {
      for (let at = 0; at <= text.length; at++) {
        re.lastIndex = at;
        if (!re.test(text)) continue;
        assert.ok(prefixes.some((p) => admits(p, text, at, caseSensitive)), `/${pattern}/ matches ${JSON.stringify(text)} at ${at}; prefixes ${JSON.stringify(prefixes)}`);
      }
    }
  }), { numRuns: 3000 });
});
