import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSoftBreak, reflow, wrapWidth } from './line-wrap.js';
import { segment } from './segment.js';

/** Our own report-style paragraph, hard-wrapped at `width` columns as a PDF text layer or a fixed-width file is. */
const PARAGRAPH = 'Traffickers exploit Nepali women and girls in sex trafficking in India and the Middle East, and they subject Nepali men to forced labor in construction in Malaysia. Some recruitment agencies charge high fees and confiscate the passports of migrant workers. Children from rural districts are forced to work in brick kilns and embroidery factories in Kathmandu.';

function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.join('\n');
}

const sentenceTexts = (text: string): string[] => segment(text).map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));

test('wrapWidth finds the width of hard-wrapped text, and 0 for single-line paragraphs or too few lines', () => {
  const wrapped = wrap(`${PARAGRAPH} ${PARAGRAPH}`, 72);
  const width = wrapWidth(wrapped);
  assert.ok(width >= 60 && width <= 72, `width ${width}`);
  assert.equal(wrapWidth(`${PARAGRAPH}\n\n${PARAGRAPH}\n\n${PARAGRAPH}`), 0);
  assert.equal(wrapWidth(wrap(PARAGRAPH, 72).split('\n').slice(0, 3).join('\n')), 0);
});

test('a hard-wrapped paragraph is segmented into its sentences, across line breaks (LF and CRLF)', () => {
  const expected = sentenceTexts(PARAGRAPH);
  assert.equal(expected.length, 3);
  const wrapped = wrap(`${PARAGRAPH} ${PARAGRAPH}`, 72);
  assert.deepEqual(sentenceTexts(wrapped), [...expected, ...expected]);
  assert.deepEqual(sentenceTexts(wrapped.replace(/\n/g, '\r\n')), [...expected, ...expected]);
});

test('headings, list items, blank lines and closing punctuation still end a sentence in wrapped text', () => {
  const body = wrap(`${PARAGRAPH} ${PARAGRAPH}`, 72);
  const text = ['NEPAL: Tier 2', '', body, 'TRAFFICKING PROFILE', body, '• Increase prosecutions of', 'complicit officials.', '• Fund shelters'].join('\n');
  assert.ok(wrapWidth(text) > 0);
  const got = sentenceTexts(text);
  assert.equal(got[0], 'NEPAL: Tier 2');
  assert.ok(got.includes('TRAFFICKING PROFILE'), got.join('\n'));
  assert.equal(got.filter((x) => x === sentenceTexts(PARAGRAPH)[2]).length, 4, 'the heading is not joined to the sentence before it');
  assert.ok(got.includes('• Increase prosecutions of complicit officials.'), 'a list item goes on in lower case');
  assert.equal(got[got.length - 1], '• Fund shelters');
});

test('in single-line paragraphs only a lower-case continuation goes on; a new line in capitals is a new sentence', () => {
  const text = 'Report on forced labor in the fishing industry of the western region\nTraffickers exploit boys on boats.\nWomen were exploited in the garment\nindustry near the capital.';
  assert.deepEqual(sentenceTexts(text), [
    'Report on forced labor in the fishing industry of the western region',
    'Traffickers exploit boys on boats.',
    'Women were exploited in the garment industry near the capital.',
  ]);
  const at = text.indexOf('\n');
  assert.equal(isSoftBreak(text, at, 0, 0, text.length), false);
  assert.equal(isSoftBreak(text, text.lastIndexOf('\n'), 0, 0, text.length), true);
});

test('reflow joins the lines of a wrapped paragraph with spaces and keeps headings, blank lines and every offset', () => {
  const text = `NEPAL: Tier 2\n\n${wrap(`${PARAGRAPH} ${PARAGRAPH}`, 72)}\n\nPROSECUTION`;
  const flowed = reflow(text);
  assert.equal(flowed.length, text.length);
  assert.deepEqual(flowed.split('\n'), ['NEPAL: Tier 2', '', `${PARAGRAPH} ${PARAGRAPH}`, '', 'PROSECUTION']);
  assert.equal(reflow('One paragraph.\nAnother paragraph.'), 'One paragraph.\nAnother paragraph.');
});
