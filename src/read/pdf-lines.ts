/** A text run of a PDF page with its position (pdf.js text item, reduced to what line building needs). */
export interface PositionedText {
  readonly str: string;
  /** Baseline origin in page units. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** Font size in page units. */
  readonly height: number;
  /** pdf.js saw the end of a line after this run. */
  readonly hasEOL: boolean;
}

/** A new line starts when the baseline moves by more than this share of the font size. */
const LINE_SHIFT = 0.5;
/** A vertical gap larger than this share of the font size between two lines makes a blank line (a paragraph break). */
const PARAGRAPH_GAP = 1.9;
/** A horizontal gap larger than this share of the font size between two runs is a space. */
const WORD_GAP = 0.15;

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Rebuilds the lines of one page from its text runs, in content-stream order: a new line on an
 * end-of-line mark or a baseline change, a space on a horizontal gap, a blank line on a wide
 * vertical gap. Lines are right-trimmed; blank lines at the page's ends and repeated blank lines are dropped.
 */
export function pageLines(items: readonly PositionedText[]): string[] {
  const lines: string[] = [];
  let cur = '';
  let lastY: number | undefined;
  let lastEndX = 0;
  let lastSize = 0;
  let breakAfter = false;
  for (const item of items) {
    const str = item.str.replace(CONTROL, '');
    const size = item.height > 0 ? item.height : lastSize || 10;
    if (str.trim() === '' && str !== '' && !item.hasEOL && cur === '') continue;
    if (str !== '') {
      const moved = lastY !== undefined && Math.abs(item.y - lastY) > Math.max(size, lastSize) * LINE_SHIFT;
      if (breakAfter || moved) {
        lines.push(cur);
        cur = '';
        if (lastY !== undefined && Math.abs(item.y - lastY) > Math.max(size, lastSize) * PARAGRAPH_GAP) lines.push('');
      } else if (cur !== '' && item.x - lastEndX > size * WORD_GAP && !/\s$/.test(cur) && !/^\s/.test(str)) {
        cur += ' ';
      }
      cur += str;
      lastY = item.y;
      lastEndX = item.x + item.width;
      lastSize = size;
      breakAfter = false;
    }
    if (item.hasEOL) breakAfter = true;
  }
  lines.push(cur);
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.replace(/[ \t\u00a0]+$/, '');
    if (line === '' && (out.length === 0 || out[out.length - 1] === '')) continue;
    out.push(line);
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}
