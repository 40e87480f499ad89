/**
 * Hard-wrapped text: PDF text layers and fixed-width text files break every paragraph into lines of
 * about the same width, so a line break there is no sentence boundary. A text whose paragraphs are
 * single lines (most report files, HTML blocks) breaks lines only between paragraphs, headings and
 * list items.
 */

/** Lines at least this share of the wrap width long, with no closing punctuation, go on in the next line. */
const FULL_LINE = 0.6;
/** A text is wrapped when this share of its lines is within the band below its wrap width. */
const WRAPPED_SHARE = 0.6;
/** Wider than this, the "lines" are paragraphs. */
const MAX_WRAP_WIDTH = 160;

/**
 * The width a text is wrapped at (the 90th percentile of its line lengths), or 0 when it is not
 * wrapped: fewer than 8 lines, lines wider than MAX_WRAP_WIDTH, or lengths too spread for a wrap.
 */
export function wrapWidth(text: string, start = 0, end = text.length): number {
  const lengths: number[] = [];
  for (let a = start; a < end;) {
    let b = text.indexOf('\n', a);
    if (b < 0 || b > end) b = end;
    let e = b;
    while (e > a && (text.charCodeAt(e - 1) === 13 || text.charCodeAt(e - 1) === 32)) e--;
    if (e > a) lengths.push(e - a);
    a = b + 1;
  }
  if (lengths.length < 8) return 0;
  const sorted = [...lengths].sort((x, y) => x - y);
  const width = sorted[Math.floor(sorted.length * 0.9)]!;
  if (width > MAX_WRAP_WIDTH) return 0;
  const band = lengths.filter((n) => n >= width * FULL_LINE && n <= width + 10).length;
  return band / lengths.length >= WRAPPED_SHARE ? width : 0;
}

/** Characters that close a sentence, a label or a heading at the end of a line. */
const CLOSING = /[.!?:;|]["'”’)\]]*$/;
/** A list item or a numbered heading at the start of a line. */
const LIST_ITEM = /^(?:[•▪●◦*–—-]\s|\d{1,2}[.)]\s|[a-z][.)]\s)/;

/**
 * Whether the line break at `at` (a \n, or the \r of \r\n) lies inside a sentence: the line before is
 * a full line of wrapped text (or any line, when the next starts in lower case) with no closing
 * punctuation, and the next line is neither blank nor a list item. `width` is the text's wrapWidth.
 */
export function isSoftBreak(text: string, at: number, width: number, from: number, end: number): boolean {
  let k = at + 1;
  if (text.charCodeAt(at) === 13 && text.charCodeAt(k) === 10) k++;
  while (k < end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
  if (k >= end) return false;
  const next = text.charCodeAt(k);
  if (next === 10 || next === 13) return false; // a blank line: a new paragraph
  let a = at;
  while (a > from && text.charCodeAt(a - 1) !== 10 && text.charCodeAt(a - 1) !== 13) a--;
  const line = text.slice(a, at).trim();
  if (line === '' || CLOSING.test(line) || !/\p{Ll}/u.test(line)) return false;
  const head = text.slice(k, k + 4);
  if (LIST_ITEM.test(head)) return false;
  // a continuation in lower case ("…other illegal\narmed groups recruited…") is never a new sentence
  if (/^[\p{Ll}]/u.test(head)) return true;
  return width > 0 && line.length >= width * FULL_LINE && /^[\p{L}\p{N}(“"‘'$€£]/u.test(head);
}

/**
 * The text with each line break inside a sentence (isSoftBreak) replaced by a space: a reader's
 * reflow of wrapped lines into paragraphs (the PDF text layer). Same length, so offsets hold.
 */
export function reflow(text: string): string {
  const width = wrapWidth(text);
  let out = '';
  let from = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
    if (!isSoftBreak(text, i, width, 0, text.length)) continue;
    out += text.slice(from, i) + ' ';
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
