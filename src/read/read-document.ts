import { readFile, stat } from 'node:fs/promises';
import { DocumentError } from '../text/message.js';
import type { SourceDocument } from './source-document.js';

/** Reads one report file into its text. Throws DocumentError (naming the file) when it cannot. */
export async function readDocument(path: string): Promise<SourceDocument> {
  const info = await stat(path).catch((cause: unknown) => {
    throw new DocumentError(path, 'cannot read the file: it does not exist or is not accessible', 'read:missing', { cause });
  });
  if (!info.isFile()) throw new DocumentError(path, 'expected a file, found a directory or special file', 'read:not-file');
  const bytes = await readFile(path);
  let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return { path, text, reader: 'text', pages: [], bytes: bytes.length, messages: [] };
}
