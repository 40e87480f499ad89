import { readFile } from 'node:fs/promises';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { extname } from 'node:path';
import { DocumentError, Messages } from '../text/message.js';
import type { ReaderKind, SourceDocument } from './source-document.js';
import { resolveReadOptions, formatSize, type ReadOptions, type ResolvedReadOptions } from './read-options.js';
import { decodeText } from './decode-text.js';
import { htmlToText } from './html-to-text.js';
import { readPdfInThread } from './read-pdf-in-thread.js';

export type { ReadOptions } from './read-options.js';

/** Which reader each file extension selects; other extensions are sniffed from the content. */
export const READER_BY_EXTENSION: Readonly<Record<string, ReaderKind>> = {
  '.txt': 'text', '.text': 'text', '.md': 'text', '.markdown': 'text',
  '.html': 'html', '.htm': 'html', '.xhtml': 'html',
  '.pdf': 'pdf',
};

/**
 * Reads one report file into its text. `.txt`/`.md`: the file decoded (UTF-8, BOM removed, nothing
 * else changed; UTF-16 with BOM; otherwise windows-1252 with a warning). `.html`: visible text.
 * `.pdf`: the text layer, with page ranges. Rejects only with a DocumentError naming the file.
 */
export async function readDocument(path: string, options?: ReadOptions): Promise<SourceDocument> {
  try {
    return await read(path, resolveReadOptions(path, options));
  } catch (error) {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(path, `unexpected error while reading: ${error instanceof Error ? error.message : String(error)}`, 'read:internal', { cause: error });
  }
}

/** A reader with its options checked once, for reading many files. */
export function createDocumentReader(options?: ReadOptions): (path: string) => Promise<SourceDocument> {
  const resolved = resolveReadOptions('(read options)', options);
  return (path) => read(path, resolved).catch((error: unknown) => {
    if (error instanceof DocumentError) throw error;
    throw new DocumentError(path, `unexpected error while reading: ${error instanceof Error ? error.message : String(error)}`, 'read:internal', { cause: error });
  });
}

/** Turns a file-system error into a DocumentError with a plain reason. */
export function fileSystemError(path: string, error: unknown, doing: string): DocumentError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new DocumentError(path, 'no such file', 'read:missing', { cause: error });
    case 'EACCES':
    case 'EPERM':
      return new DocumentError(path, `permission denied (cannot ${doing})`, 'read:permission', { cause: error });
    case 'ELOOP':
      return new DocumentError(path, 'symbolic link loop', 'read:missing', { cause: error });
    case 'EISDIR':
      return new DocumentError(path, 'is a folder, expected a report file', 'read:not-file', { cause: error });
    default:
      return new DocumentError(path, `cannot ${doing} (${code ?? (error instanceof Error ? error.message : String(error))})`, 'read:io', { cause: error });
  }
}

/**
 * Files up to this size are read with synchronous calls: a report of a few hundred kilobytes is read in
 * tens of microseconds, while each asynchronous call (stat, open, read, close) waits for a turn on libuv's
 * thread pool; over a folder of a thousand reports that wait was more than half of the reading time.
 * Larger files are read asynchronously so that a server's event loop is never held for long.
 */
export const SYNC_READ_LIMIT = 4 * 1024 * 1024;

async function read(path: string, options: ResolvedReadOptions): Promise<SourceDocument> {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    throw fileSystemError(path, error, 'inspect it');
  }
  if (info.isDirectory()) throw new DocumentError(path, 'is a folder, expected a report file', 'read:not-file');
  if (!info.isFile()) throw new DocumentError(path, 'is not a regular file (device, socket or pipe), expected a report file', 'read:not-file');
  const tooLarge = (size: number): DocumentError =>
    new DocumentError(path, `file is ${formatSize(size)}, larger than the ${formatSize(options.maxBytes, true)} limit`, 'read:too-large');
  if (info.size > options.maxBytes) throw tooLarge(info.size);
  let buffer: Buffer;
  try {
    buffer = info.size <= SYNC_READ_LIMIT ? readFileSync(path) : await readFile(path);
  } catch (error) {
    throw fileSystemError(path, error, 'read it');
  }
  if (buffer.length > options.maxBytes) throw tooLarge(buffer.length); // grew since stat
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  const messages = new Messages(path);
  const reader = chooseReader(path, bytes, messages);
  const base = { path, bytes: bytes.length, messages: messages.list };
  if (reader === 'pdf') {
    const pdf = await readPdfInThread(bytes, messages, { maxPages: options.maxPdfPages, maxExpandedBytes: options.maxPdfExpandedBytes });
    return { ...base, reader, text: pdf.text, pages: pdf.pages, ...(pdf.title === undefined ? {} : { title: pdf.title }) };
  }
  if (reader === 'html') {
    // Decoding notes about the markup have no place in the visible text: keep them without a place.
    const decoding = new Messages(path);
    const source = decodeText(bytes, decoding).text;
    for (const m of decoding.list) messages.warn(m.reason, m.ruleId);
    const html = htmlToText(source);
    if (html.text.trim() === '') messages.fail('HTML page has no visible text', 'read:empty');
    return { ...base, reader, text: html.text, pages: [], ...(html.title === undefined ? {} : { title: html.title }) };
  }
  const { text } = decodeText(bytes, messages);
  return { ...base, reader, text, pages: [] };
}

const startsWith = (bytes: Uint8Array, ascii: string): boolean => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, ascii.length)).toString('latin1') === ascii;

function chooseReader(path: string, bytes: Uint8Array, messages: Messages): ReaderKind {
  const ext = extname(path).toLowerCase();
  const byName = READER_BY_EXTENSION[ext];
  const isPdf = startsWith(bytes, '%PDF-');
  if (byName === 'pdf' || (byName === undefined && isPdf)) return 'pdf';
  if (isPdf) {
    messages.warn(`named ${ext} but holds a PDF; read as PDF`, 'read:sniffed');
    return 'pdf';
  }
  if (byName) return byName;
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return /^(<!doctype html|<html|<head|<body)/.test(head) ? 'html' : 'text';
}
