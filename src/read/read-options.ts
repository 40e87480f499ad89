import { DocumentError } from '../text/message.js';

/** Options of the reading stage. */
export interface ReadOptions {
  /** Files larger than this many bytes are refused before they are read (default 64 MB). */
  readonly maxBytes?: number;
}

export interface ResolvedReadOptions {
  readonly maxBytes: number;
}

export const MEGABYTE = 1024 * 1024;
export const DEFAULT_MAX_BYTES = 64 * MEGABYTE;

/** Checks the options once; a bad option is a DocumentError (`read:options`) naming the option and what was found. */
export function resolveReadOptions(path: string, options: ReadOptions = {}): ResolvedReadOptions {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof maxBytes !== 'number' || !(maxBytes > 0) || !(Number.isSafeInteger(maxBytes) || maxBytes === Infinity)) {
    throw new DocumentError(path, `option maxBytes must be a positive whole number of bytes (or Infinity); got ${String(options.maxBytes)}`, 'read:options');
  }
  return { maxBytes };
}

/** File size for messages: "200.0 MB" from 1 MB up, "512 bytes" below; `limit` prints whole megabytes as "64 MB". */
export function formatSize(bytes: number, limit = false): string {
  if (bytes === Infinity) return 'unlimited';
  const mb = bytes / MEGABYTE;
  if (limit && Number.isInteger(mb)) return `${mb} MB`;
  if (bytes >= MEGABYTE) return `${mb.toFixed(1)} MB`;
  return `${bytes} byte${bytes === 1 ? '' : 's'}`;
}
