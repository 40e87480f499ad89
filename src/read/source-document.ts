import type { Message } from '../text/message.js';

export type ReaderKind = 'text' | 'html' | 'pdf';

/** One page of a PDF: the range `[start, end)` of the produced text it covers (empty for a page without text). */
export interface PageRange {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A document as read: the text every offset indexes, and how it was produced.
 * - `.txt`/`.md`: the file decoded as UTF-8 with only a BOM removed (CRLF kept); UTF-16 with a BOM is
 *   decoded; bytes that are not UTF-8 are decoded as windows-1252 with a non-fatal `read:encoding` message.
 * - `.html`/`.htm`: the visible text, blocks on their own lines, paragraphs separated by a blank line.
 * - `.pdf`: the text layer, lines rebuilt from positions, pages separated by a blank line (see `pages`).
 */
export interface SourceDocument {
  readonly path: string;
  readonly text: string;
  readonly reader: ReaderKind;
  /** Page ranges for PDFs (1-based page numbers), in order; empty otherwise. */
  readonly pages: readonly PageRange[];
  /** Title from HTML <title> or PDF metadata, when the source has one. */
  readonly title?: string;
  /** Size in bytes of the file read. */
  readonly bytes: number;
  readonly messages: readonly Message[];
}
