import { createHash } from 'node:crypto';

/** sha256 of a text, hex: the content hash documents are compared by. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
