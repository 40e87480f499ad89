import type { Message } from '../text/message.js';

export type ReaderKind = 'text' | 'html' | 'pdf';

/** One page of a PDF: the range of the produced text it covers. */
export interface PageRange {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A document as read: the text every offset indexes, and how it was produced.
 * For `.txt`/`.md` the text is the file decoded as UTF-8 with only a BOM removed.
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
