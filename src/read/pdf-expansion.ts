import { createInflate } from 'node:zlib';
import type { Messages } from '../text/message.js';
import { formatSize } from './read-options.js';

/** A compressed stream of a PDF: where its data lies, and whether pdf.js decodes it to read text. */
interface FlateStream {
  readonly start: number;
  readonly end: number;
  /** How many times its data is deflated (`/Filter [/FlateDecode /FlateDecode]` is 2). */
  readonly layers: number;
}

/** How far back from a `stream` keyword its dictionary is looked for. */
const DICTIONARY_WINDOW = 4096;

/**
 * The /FlateDecode streams of a PDF's raw bytes, images excepted (pdf.js never decodes an image to
 * read text). Found by their keywords, not by parsing: a stream this misses (in a PDF that needs
 * repairing, or encrypted) is bounded by the reader thread's memory limit instead.
 */
export function flateStreams(bytes: Uint8Array): readonly FlateStream[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const out: FlateStream[] = [];
  const keyword = />>\s*stream(\r\n|\n|\r)/g;
  for (let m = keyword.exec(text); m !== null; m = keyword.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    const objStart = text.lastIndexOf(' obj', m.index);
    const dictionary = text.slice(Math.max(objStart, m.index - DICTIONARY_WINDOW, 0), m.index + 2);
    keyword.lastIndex = end;
    const layers = dictionary.match(/\/(FlateDecode|Fl)\b/g)?.length ?? 0;
    if (layers === 0 || /\/Subtype\s*\/Image\b/.test(dictionary)) continue;
    out.push({ start, end, layers });
  }
  return out;
}

/**
 * Bytes `data` inflates to through `layers` inflaters in a row, counted as they stream (nothing
 * kept), stopping past `limit` (then returns a number above it). A stream zlib cannot decode counts
 * what it gave before the error.
 */
async function inflatedSize(data: Uint8Array, layers: number, limit: number): Promise<number> {
  const inflaters = Array.from({ length: layers }, () => createInflate({ chunkSize: 256 * 1024 }));
  for (let i = 0; i + 1 < inflaters.length; i++) inflaters[i].pipe(inflaters[i + 1]);
  const last = inflaters[inflaters.length - 1];
  let size = 0;
  inflaters[0].end(data);
  try {
    for await (const chunk of last as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > limit) break;
    }
  } catch {
    // corrupt or truncated: pdf.js decides what to make of it
  } finally {
    for (const inflater of inflaters) inflater.destroy();
  }
  return size;
}

/**
 * Refuses a PDF whose compressed streams (images excepted) decode to more than `limit` bytes in all,
 * before pdf.js decodes any (`read:pdf-expansion`): a decompression bomb of 600 KB holding 600 MB of
 * text operators took 3.8 GB to read.
 */
export async function checkPdfExpansion(bytes: Uint8Array, limit: number, messages: Messages): Promise<void> {
  if (limit === Infinity) return;
  let total = 0;
  for (const s of flateStreams(bytes)) {
    total += await inflatedSize(bytes.subarray(s.start, s.end), s.layers, limit - total);
    if (total > limit) {
      messages.fail(`PDF expands past ${formatSize(limit, true)} (its compressed streams decode to more than the limit; option maxPdfExpandedBytes)`, 'read:pdf-expansion');
    }
  }
}
