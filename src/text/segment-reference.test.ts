import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SHARED_CORPUS, sharedCorpusFiles } from '../read/test-files.js';
import fc from 'fast-check';
import type { Span } from './span.js';
import { ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { segment } from './segment.js';
import { isSoftBreak, wrapWidth } from './line-wrap.js';

/** segment() was made faster without changing its output: the previous code, kept as the reference. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']']);

/**
 * Splits text into sentences and clauses with offsets into the text. Copes with abbreviations
 * (U.S., Gen., No., approx.), decimal and grouped numbers (1,305; 1.5), labels such as
 * `current situation:` and `| tier rating:`, headings on their own line, and semicolon-joined clauses.
 * Linear in the text length.
 */
function referenceSegment(text: string, start = 0, end = text.length): { start: number; end: number; clauses: Span[] }[] {
  const sentences: { start: number; end: number; clauses: Span[] }[] = [];
  let s = start;
  const push = (a: number, b: number): void => {
    const t = trim(text, a, b);
    if (t.end > t.start) sentences.push({ ...t, clauses: clauses(text, t.start, t.end) });
  };
  const width = wrapWidth(text, start, end); // the wrap rule is line-wrap.ts's, shared: this reference checks the scan
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // a line break ends a sentence (paragraphs, headings, list items), unless the sentence goes on in the next line
      if (isSoftBreak(text, i, width, start, end)) {
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        continue;
      }
      push(s, i);
      s = i + 1;
    } else if (c === 124 /* | */ && isSpace(text.charCodeAt(i - 1)) && isSpace(text.charCodeAt(i + 1))) {
      push(s, i);
      s = i + 1;
    } else if (c === 46 /* . */ || c === 33 || c === 63) {
      let j = i + 1;
      while (j < end && CLOSERS.has(text[j])) j++;
      if (j < end && !isSpace(text.charCodeAt(j))) continue;
      if (c === 46 && !endsSentence(text, s, i, j, end)) continue;
      push(s, j);
      s = j;
      i = j - 1;
    }
  }
  push(s, end);
  return sentences;
}

function endsSentence(text: string, from: number, dot: number, after: number, end: number): boolean {
  // the word before the period
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1)) && text[w - 1] !== '(') w--;
  const word = text.slice(w, dot);
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word + '.')) {
    // "U.S." at the end of a sentence is followed by a capitalised word too; only a lowercase or digit
    // continuation proves it is inside the sentence, so look at the next word for the short forms.
    const next = nextWordStart(text, after, end);
    if (next < 0) return true;
    const ch = text[next];
    if (/[a-z0-9(]/.test(ch)) return false;
    return !/^(U\.S|U\.K|U\.N|E\.U|U\.A\.E|D\.C)$/.test(word) ? false : /^[A-Z]/.test(ch) && isSentenceStarter(text, next);
  }
  if (/^[A-Z]$/.test(word)) return false; // an initial: "J. Smith"
  const next = nextWordStart(text, after, end);
  if (next < 0) return true;
  const ch = text[next];
  return !/[a-z,;:]/.test(ch);
}

const STARTERS = /^(The|This|These|Those|It|In|As|An?|Some|Most|Many|Several|Traffickers?|Officials|Authorities|During|According|However|Government|There|Since|From|On|At|For|While|Although|NGOs?|Observers|Reports?|Victims?|Children|Women|Men|Girls|Boys)\b/;
function isSentenceStarter(text: string, at: number): boolean {
  return STARTERS.test(text.slice(at, at + 16));
}

function nextWordStart(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  while (k < end && (text[k] === '"' || text[k] === '“' || text[k] === '(' || text[k] === '‘')) k++;
  return k < end ? k : -1;
}

/** Clauses of one sentence: split at semicolons outside parentheses. */
function clauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = start;
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ';' && depth === 0) {
      const t = trim(text, s, i);
      if (t.end > t.start) out.push(t);
      s = i + 1;
    }
  }
  const t = trim(text, s, end);
  if (t.end > t.start) out.push(t);
  return out;
}

function trim(text: string, a: number, b: number): Span {
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { start: a, end: b };
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f || c === 12;
}

const SAMPLES = [
  'Traffickers exploit women (and girls; some boys) in Mali; officials did not act. U.S. data show 47 cases.\nCURRENT SITUATION: none',
  'No. 5 of Gen. Smith’s report… “They were sold.” Then (again) they fled! Was it so? Yes.) | tier rating: 2 | next',
  'In 2019, 1,305 victims (1.5 percent) were identified; approx. 20 were children. J. Smith said so.\r\nA heading\n\nText.',
  'He said [it was so.] The end [it ended!] Then "quoted." And ’quoted.’ Next (aside.) Last.',
];

test('segment gives the reference sentences and clauses on our samples and random text', () => {
  for (const s of SAMPLES) assert.deepEqual(segment(s), referenceSegment(s), s);
  const piece = fc.constantFrom('Mali', 'U.S.', 'No.', 'Gen.', 'e.g.', '.', ';', '!', '?', ' ', '  ', '\n', '\r\n', '(', ')', '"', '”', '’', "'", ']', '|', ' | ', 'a', 'The', '1,305', '1.5', '\u00a0', '\u2009', 'current situation:');
  fc.assert(fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 3, unit: 'binary' })), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
    const text = parts.join('');
    assert.deepEqual(segment(text), referenceSegment(text));
    const start = text.length === 0 ? 0 : a % text.length;
    const end = start + (b % (text.length - start + 1));
    assert.deepEqual(segment(text, start, end), referenceSegment(text, start, end));
  }), { numRuns: 1000 });
});


test('segment gives the reference on a sample of ../shared/corpus', { skip: !existsSync(SHARED_CORPUS) && 'no ../shared/corpus' }, () => {
  const files = sharedCorpusFiles();
  for (const f of files.filter((_, i) => i % 10 === 0)) {
    const text = readFileSync(f, 'utf8');
    assert.deepEqual(segment(text), referenceSegment(text), f);
  }
});
