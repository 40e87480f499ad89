import { Tokenizer } from 'htmlparser2';
import { HEAD_ELEMENTS, HIDDEN_ELEMENTS, LINE_ELEMENTS, PARAGRAPH_ELEMENTS, PREFORMATTED_ELEMENTS } from './html-blocks.js';

export interface HtmlText {
  /** Visible text: blocks on their own lines, paragraphs separated by a blank line, whitespace collapsed. */
  readonly text: string;
  /** The first <title>, whitespace collapsed; undefined when absent or empty. */
  readonly title?: string;
}

const ASCII_SPACE = /[ \t\n\f\r]+/g;

/**
 * Extracts the visible text of an HTML document in one streaming pass over htmlparser2's
 * tokenizer. No DOM and no element stack (htmlparser2's Parser keeps one with O(n) shifts,
 * quadratic on deeply nested unclosed markup): only counters, so any nesting costs linear time.
 * Nothing is executed; scripts, styles, head content and attributes (event handlers, alt text) are dropped.
 */
export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let written = false; // something visible has been written
  let lineHasText = false;
  let pendingBreak = 0; // 0 none, 1 line break, 2 blank line
  let pendingSpace = false;
  let hidden = 0;
  let inHead = false;
  let pre = 0;
  let preStart = false; // just after <pre>: its first line break is not content, as in browsers
  let inTitle = false;
  let title: string | undefined;
  let titleParts: string[] | undefined;

  const blockBoundary = (level: number): void => {
    pendingSpace = false;
    if (level > pendingBreak) pendingBreak = level;
  };
  const emit = (s: string): void => {
    if (pendingBreak > 0) {
      if (written) out.push(pendingBreak === 2 ? '\n\n' : '\n');
      pendingBreak = 0;
      lineHasText = false;
      pendingSpace = false;
    }
    if (pendingSpace && lineHasText) out.push(' ');
    pendingSpace = false;
    out.push(s);
    written = true;
    lineHasText = true;
  };
  /** Preformatted text: kept as written, its line breaks included. */
  const emitPre = (raw: string): void => {
    const data = preStart ? raw.replace(/^\r?\n/, '') : raw;
    preStart = false;
    const lines = data.split(/\r\n?|\n/);
    lines.forEach((line, i) => {
      if (i > 0) {
        if (written) out.push('\n');
        lineHasText = false;
        pendingBreak = 0;
        pendingSpace = false;
      }
      if (line !== '') emit(line);
    });
  };
  const text = (data: string): void => {
    if (inTitle) {
      titleParts?.push(data);
      return;
    }
    if (hidden > 0) return;
    if (inHead) {
      if (data.replace(ASCII_SPACE, '') === '') return;
      inHead = false; // visible text ends the head, as in browsers
    }
    if (pre > 0) {
      emitPre(data);
      return;
    }
    const collapsed = data.replace(ASCII_SPACE, ' ');
    if (collapsed === '') return;
    if (collapsed === ' ') {
      pendingSpace = true;
      return;
    }
    if (collapsed.charCodeAt(0) === 32) pendingSpace = true;
    const endsWithSpace = collapsed.charCodeAt(collapsed.length - 1) === 32;
    emit(trimAsciiSpace(collapsed));
    pendingSpace = endsWithSpace;
  };
  const open = (name: string): void => {
    if (inHead && !HEAD_ELEMENTS.has(name)) inHead = false;
    if (name === 'head') {
      inHead = true;
      return;
    }
    if (HIDDEN_ELEMENTS.has(name)) {
      hidden++;
      return;
    }
    if (name === 'title') {
      inTitle = true;
      if (title === undefined && hidden === 0) titleParts = [];
      return;
    }
    if (hidden > 0 || inHead) return;
    if (name === 'br') {
      if (pre > 0) emitPre('\n');
      else pendingBreak = Math.min(2, pendingBreak + 1);
      pendingSpace = false;
    } else if (PARAGRAPH_ELEMENTS.has(name)) blockBoundary(2);
    else if (LINE_ELEMENTS.has(name)) blockBoundary(1);
    if (PREFORMATTED_ELEMENTS.has(name)) {
      pre++;
      preStart = true;
    }
  };
  const close = (name: string): void => {
    if (name === 'head') {
      inHead = false;
      return;
    }
    if (HIDDEN_ELEMENTS.has(name)) {
      if (hidden > 0) hidden--;
      return;
    }
    if (name === 'title') {
      inTitle = false;
      if (titleParts !== undefined) {
        const t = titleParts.join('').replace(ASCII_SPACE, ' ').trim();
        if (t !== '') title = t;
        titleParts = undefined;
      }
      return;
    }
    if (hidden > 0 || inHead) return;
    if (PREFORMATTED_ELEMENTS.has(name) && pre > 0) pre--;
    if (PARAGRAPH_ELEMENTS.has(name)) blockBoundary(2);
    else if (LINE_ELEMENTS.has(name)) blockBoundary(1);
    else if (name === 'br') open('br'); // `</br>` acts as `<br>` in browsers
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      ontext: (start, end) => text(html.slice(start, end)),
      ontextentity: (cp) => text(String.fromCodePoint(cp)),
      onopentagname: (start, end) => open(html.slice(start, end).toLowerCase()),
      onclosetag: (start, end) => close(html.slice(start, end).toLowerCase()),
      onselfclosingtag: () => undefined,
      onopentagend: () => undefined,
      onattribdata: () => undefined,
      onattribentity: () => undefined,
      onattribend: () => undefined,
      onattribname: () => undefined,
      oncdata: () => undefined,
      oncomment: () => undefined,
      ondeclaration: () => undefined,
      onprocessinginstruction: () => undefined,
      onend: () => undefined,
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  if (inTitle && titleParts !== undefined) {
    const t = titleParts.join('').replace(ASCII_SPACE, ' ').trim();
    if (t !== '') title = t;
  }
  const result = out.join('');
  return title === undefined ? { text: result } : { text: result, title };
}

function trimAsciiSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) === 32) a++;
  while (b > a && s.charCodeAt(b - 1) === 32) b--;
  return s.slice(a, b);
}
