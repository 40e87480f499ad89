import type { Span } from './span.js';
import { ABBREVIATIONS } from '../lang/en/abbreviations.js';
import { isSoftBreak, wrapWidth } from './line-wrap.js';

/** A sentence of report prose and its clauses (split at top-level semicolons). */
export interface Sentence extends Span {
  readonly clauses: readonly Span[];
}

/** " ' ” ’ ) ] */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/**
 * Splits text into sentences and clauses with offsets into the text. Copes with abbreviations
 * (U.S., Gen., No., approx.), decimal and grouped numbers (1,305; 1.5), labels such as
 * `current situation:` and `| tier rating:`, headings on their own line, semicolon-joined clauses, and
 * hard-wrapped lines (line-wrap.ts). Linear in the text length. The abbreviations are the language's
 * (`Language.abbreviations`; English by default).
 */
export function segment(text: string, start = 0, end = text.length, abbreviations: ReadonlySet<string> = ABBREVIATIONS): Sentence[] {
  const sentences: Sentence[] = [];
  let s = start;
  const push = (a: number, b: number): void => {
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) sentences.push({ start: a, end: b, clauses: clauses(text, a, b) });
  };
  // hard-wrapped text (PDF lines, fixed-width files) goes on across its line breaks
  const width = wrapWidth(text, start, end);
  // jump from one character that may end a sentence to the next (a native scan), not through every character
  const marks = /[\n\r|.!?]/g;
  for (let i = start; i < end; i++) {
    marks.lastIndex = i;
    const found = marks.exec(text);
    if (found === null || found.index >= end) break;
    i = found.index;
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
      while (j < end && isCloser(text.charCodeAt(j))) j++;
      if (j < end && !isSpace(text.charCodeAt(j))) continue;
      if (c === 46 && !endsSentence(text, s, i, j, end, abbreviations)) continue;
      push(s, j);
      s = j;
      i = j - 1;
    }
  }
  push(s, end);
  return sentences;
}

function endsSentence(text: string, from: number, dot: number, after: number, end: number, abbreviations: ReadonlySet<string>): boolean {
  // the word before the period
  let w = dot;
  while (w > from && !isSpace(text.charCodeAt(w - 1)) && text[w - 1] !== '(') w--;
  const word = text.slice(w, dot);
  if (abbreviations.has(word) || abbreviations.has(word + '.')) {
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
export function clauses(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let depth = 0;
  let s = start;
  // most sentences hold no semicolon: one clause
  for (let i = text.slice(start, end).includes(';') ? start : end; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 40 /* ( */) depth++;
    else if (ch === 41 /* ) */) depth = Math.max(0, depth - 1);
    else if (ch === 59 /* ; */ && depth === 0) {
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

/** White space between words of report prose (also used to cut over-long spans: cap-sentences.ts). */
export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x2009 || c === 0x202f || c === 12;
}
