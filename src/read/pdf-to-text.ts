import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DocumentError, type Messages } from '../text/message.js';
import type { PageRange } from './source-document.js';
import { pageLines, type PositionedText } from './pdf-lines.js';
import { reflow } from '../text/line-wrap.js';
import { checkPdfExpansion } from './pdf-expansion.js';
import { DEFAULT_MAX_PDF_EXPANDED_BYTES, DEFAULT_MAX_PDF_PAGES, MEGABYTE, formatSize } from './read-options.js';

/** What a PDF may cost: pages, and bytes its streams decode to (see ReadOptions). */
export interface PdfLimits {
  readonly maxPages: number;
  readonly maxExpandedBytes: number;
}

export const DEFAULT_PDF_LIMITS: PdfLimits = { maxPages: DEFAULT_MAX_PDF_PAGES, maxExpandedBytes: DEFAULT_MAX_PDF_EXPANDED_BYTES };

/** Text of one page past this many characters is refused (a printed page holds a few thousand). */
export const MAX_PAGE_TEXT = 16 * MEGABYTE;
/** Text of a whole PDF past this many characters is refused. */
export const MAX_PDF_TEXT = 64 * MEGABYTE;

export interface PdfText {
  readonly text: string;
  readonly pages: readonly PageRange[];
  readonly title?: string;
}

/** Between two pages: a blank line (a paragraph boundary for segmentation). */
export const PAGE_SEPARATOR = '\n\n';

const latin1 = (bytes: Uint8Array, start: number, end: number): string => Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, end - start)).toString('latin1');

let pdfjsDir: string | undefined;
function pdfjsFolder(): string {
  pdfjsDir ??= dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return pdfjsDir;
}

/** Checks the header and end marker before handing the bytes to pdf.js, whose recovery would hide truncation. */
function checkFrame(bytes: Uint8Array, messages: Messages): void {
  if (!latin1(bytes, 0, Math.min(bytes.length, 1024)).includes('%PDF-')) {
    messages.fail('not a PDF file (no %PDF- header in the first 1024 bytes)', 'read:pdf-corrupt');
  }
  if (!latin1(bytes, Math.max(0, bytes.length - 2048), bytes.length).includes('%%EOF')) {
    messages.fail('truncated PDF (no %%EOF marker at the end of the file)', 'read:pdf-truncated');
  }
}

/** Refuses, before any page is read, a PDF with more pages than `maxPages` (`read:pdf-pages`). */
function checkPageCount(pages: number, maxPages: number, messages: Messages): void {
  if (pages > maxPages) {
    messages.fail(`PDF has ${pages.toLocaleString('en')} pages, more than the ${maxPages.toLocaleString('en')}-page limit (option maxPdfPages)`, 'read:pdf-pages');
  }
}

/** Refuses a page whose text runs hold more than MAX_PAGE_TEXT characters (`read:pdf-expansion`). */
function checkPageText(n: number, items: readonly object[], messages: Messages): void {
  let size = 0;
  for (const item of items) size += 'str' in item && typeof item.str === 'string' ? item.str.length : 0;
  if (size > MAX_PAGE_TEXT) messages.fail(`PDF expands past ${formatSize(MAX_PAGE_TEXT, true)} of text on page ${n}`, 'read:pdf-expansion');
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : typeof error;
}
function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the text layer of a PDF with pdf.js (legacy build, in-process fake worker, no font faces,
 * no network, no eval). Lines are rebuilt from text item positions; pages are joined by PAGE_SEPARATOR.
 * A PDF encrypted with an empty user password (owner restrictions only) opens and is read like any
 * other; one that needs a password is refused (`read:pdf-encrypted`).
 */
export async function pdfToText(bytes: Uint8Array, messages: Messages, limits: PdfLimits = DEFAULT_PDF_LIMITS): Promise<PdfText> {
  checkFrame(bytes, messages);
  await checkPdfExpansion(bytes, limits.maxExpandedBytes, messages);
  let pdfjs: typeof import('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  } catch (error) {
    messages.fail(`cannot load the PDF reader (pdfjs-dist): ${errorText(error)}`, 'read:pdf-reader');
  }
  const folder = pdfjsFolder();
  guardPdfjsRejections();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // pdf.js may detach the buffer it is given
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    isOffscreenCanvasSupported: false,
    cMapUrl: join(folder, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(folder, 'standard_fonts') + '/',
  });
  reading.add(messages);
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (error) {
      const name = errorName(error);
      if (name === 'PasswordException') messages.fail('encrypted PDF: a password is needed to open it', 'read:pdf-encrypted');
      if (name === 'InvalidPDFException') messages.fail(`corrupt PDF (${errorText(error)})`, 'read:pdf-corrupt');
      messages.fail(`cannot open the PDF (${name}: ${errorText(error)})`, 'read:pdf-corrupt');
    }
    checkPageCount(doc.numPages, limits.maxPages, messages);
    const title = await readTitle(doc);
    const parts: string[] = [];
    const pages: PageRange[] = [];
    let length = 0;
    let failed = 0;
    const empty: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      let pageText = '';
      try {
        const page = await doc.getPage(n);
        const content = await page.getTextContent();
        const items: PositionedText[] = [];
        checkPageText(n, content.items, messages);
        for (const item of content.items) {
          if ('str' in item) items.push({ str: item.str, x: item.transform[4], y: item.transform[5], width: item.width, height: item.height || Math.hypot(item.transform[2], item.transform[3]), hasEOL: item.hasEOL });
        }
        // lines wrapped inside a paragraph are joined by a space: words of a term split over two lines stay one term
        pageText = reflow(pageLines(items).join('\n'));
        page.cleanup();
      } catch (error) {
        if (error instanceof DocumentError) throw error;
        failed++;
        messages.warn(`page ${n} could not be read (${errorText(error)})`, 'read:pdf-page');
      }
      if (pageText === '') {
        empty.push(n);
        pages.push({ page: n, start: length, end: length });
        continue;
      }
      if (length > 0) {
        parts.push(PAGE_SEPARATOR);
        length += PAGE_SEPARATOR.length;
      }
      parts.push(pageText);
      pages.push({ page: n, start: length, end: length + pageText.length });
      length += pageText.length;
      if (length > MAX_PDF_TEXT) messages.fail(`PDF expands past ${formatSize(MAX_PDF_TEXT, true)} of text (by page ${n} of ${doc.numPages})`, 'read:pdf-expansion');
    }
    if (doc.numPages > 0 && failed === doc.numPages) messages.fail(`corrupt PDF: none of its ${doc.numPages} pages could be read`, 'read:pdf-corrupt');
    if (length === 0) messages.fail(`no text layer, OCR it first (${doc.numPages} page${doc.numPages === 1 ? '' : 's'}, no text)`, 'read:pdf-no-text');
    const missing = empty.filter((n) => !messages.list.some((m) => m.ruleId === 'read:pdf-page' && m.reason.startsWith(`page ${n} `)));
    if (missing.length > 0) messages.warn(`no text on page${missing.length === 1 ? '' : 's'} ${formatPageList(missing)} (scanned images need OCR)`, 'read:pdf-empty-page');
    return title === undefined ? { text: parts.join(''), pages } : { text: parts.join(''), pages, title };
  } finally {
    await task.destroy().catch(() => undefined);
    // let rejections pdf.js left behind surface while this document is still being read
    await new Promise<void>((done) => setImmediate(done));
    reading.delete(messages);
  }
}

/** The documents whose PDF is being read: a rejection pdf.js leaves behind is a warning on each. */
const reading = new Set<Messages>();
let guarded = false;

/**
 * pdf.js may reject a promise of its own that nobody awaits when a stream is corrupt ("Command token
 * too long", "End of file inside array"), sometimes after the document's reading has ended. Such a
 * rejection is a warning on the PDFs being read, never a crash of the whole run: one listener, installed
 * with pdf.js and kept, takes them. Any other unhandled rejection keeps Node's behaviour (thrown again)
 * unless the program has listeners of its own, which then decide.
 */
function guardPdfjsRejections(): void {
  if (guarded) return;
  guarded = true;
  process.on('unhandledRejection', (reason: unknown) => {
    if (isPdfjsError(reason)) {
      for (const m of reading) m.warn(`part of the PDF could not be parsed (${errorText(reason)})`, 'read:pdf-parse');
    } else if (process.listenerCount('unhandledRejection') === 1) {
      setImmediate(() => { throw reason; });
    }
  });
}

/** pdf.js's own error classes (FormatError, ParserEOFException…), by name, or an error thrown from pdf.js's code. */
export function isPdfjsError(reason: unknown): boolean {
  if (!(reason instanceof Error)) return false;
  if (/^(?:FormatError|InvalidPDFException|UnknownErrorException|UnexpectedResponseException|MissingPDFException|PasswordException|AbortException|XRefParseException|XRefEntryException|ParserEOFException|MissingDataException)$/.test(reason.name)) return true;
  // its first stack frame: an error raised inside pdf.js, whatever its class
  const frame = /\n\s+at .*$/m.exec(reason.stack ?? '');
  return frame !== null && /[\\/]pdfjs-dist[\\/]/.test(frame[0]);
}

async function readTitle(doc: { getMetadata(): Promise<{ info: object; metadata: { get(name: string): unknown } | null }> }): Promise<string | undefined> {
  try {
    const { info, metadata } = await doc.getMetadata();
    const fromInfo = (info as { Title?: unknown }).Title;
    const candidates = [fromInfo, metadata?.get('dc:title')];
    for (const c of candidates) {
      if (typeof c === 'string' && c.trim() !== '') return c.replace(/\s+/g, ' ').trim();
    }
  } catch {
    // a broken metadata stream leaves the title unknown
  }
  return undefined;
}

/** 1, 2, 3, 5 -> "1-3, 5" */
function formatPageList(pages: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    out.push(i === j ? `${pages[i]}` : `${pages[i]}-${pages[j]}`);
    i = j;
  }
  return out.join(', ');
}
