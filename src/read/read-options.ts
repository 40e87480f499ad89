import { DocumentError } from '../text/message.js';

/** Options of the reading stage. */
export interface ReadOptions {
  /** Files larger than this many bytes are refused before they are read (default 64 MB). */
  readonly maxBytes?: number;
  /** PDFs with more pages are refused before any page is read (default 2,000; pdf.js takes time quadratic in a flat page tree). */
  readonly maxPdfPages?: number;
  /** PDFs whose compressed streams (images excepted) decode to more bytes are refused (default 256 MB): decompression bombs. */
  readonly maxPdfExpandedBytes?: number;
}

export interface ResolvedReadOptions {
  readonly maxBytes: number;
  readonly maxPdfPages: number;
  readonly maxPdfExpandedBytes: number;
}

export const MEGABYTE = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 64 * MEGABYTE;
export const DEFAULT_MAX_PDF_PAGES = 2000;
export const DEFAULT_MAX_PDF_EXPANDED_BYTES = 256 * MEGABYTE;

/** A positive whole number (or Infinity), else a DocumentError (`read:options`) naming the option and what was found. */
function positiveWhole(path: string, name: keyof ReadOptions, value: unknown, fallback: number, unit: string): number {
  const n = value ?? fallback;
  if (typeof n !== 'number' || !(n > 0) || !(Number.isSafeInteger(n) || n === Infinity)) {
    throw new DocumentError(path, `option ${name} must be a positive whole number of ${unit} (or Infinity); got ${String(value)}`, 'read:options');
  }
  return n;
}

/** Checks the options once; a bad option is a DocumentError (`read:options`) naming the option and what was found. */
export function resolveReadOptions(path: string, options: ReadOptions = {}): ResolvedReadOptions {
  return {
    maxBytes: positiveWhole(path, 'maxBytes', options.maxBytes, DEFAULT_MAX_BYTES, 'bytes'),
    maxPdfPages: positiveWhole(path, 'maxPdfPages', options.maxPdfPages, DEFAULT_MAX_PDF_PAGES, 'pages'),
    maxPdfExpandedBytes: positiveWhole(path, 'maxPdfExpandedBytes', options.maxPdfExpandedBytes, DEFAULT_MAX_PDF_EXPANDED_BYTES, 'bytes'),
  };
}

/** File size for messages: "200.0 MB" from 1 MB up, "512 bytes" below; `limit` prints whole megabytes as "64 MB". */
export function formatSize(bytes: number, limit = false): string {
  if (bytes === Infinity) return 'unlimited';
  const mb = bytes / MEGABYTE;
  if (limit && Number.isInteger(mb)) return `${mb} MB`;
  if (bytes >= MEGABYTE) return `${mb.toFixed(1)} MB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
