import zlib from 'node:zlib';
import { pipeline } from 'node:stream/promises';
import { decodeWindows1252 } from './decode-text.js';

/**
 * Builds small, valid PDF files by hand for tests: Helvetica text layer, one
 * content stream per page, a correct cross-reference table. Not a general PDF writer.
 */
export interface TestPdfOptions {
  /**
   * One entry per page: the lines of text on that page (an empty array makes a page without text),
   * or `{ stream }`, a raw content stream using font /F1 (Helvetica), for tests of text positioning,
   * or `{ deflated, layers }`, the bytes of a content stream already compressed with zlib (/FlateDecode),
   * `layers` times (default 1).
   */
  readonly pages: readonly (readonly string[] | { readonly stream: string } | { readonly deflated: Uint8Array; readonly layers?: number })[];
  /** Written to the document information dictionary as /Title. */
  readonly title?: string;
  /** Adds a standard-security /Encrypt dictionary whose password is not empty. */
  readonly encrypt?: boolean;
}

/** Unicode -> WinAnsiEncoding byte for the characters windows-1252 puts in 0x80..0x9F. */
const WIN_ANSI: ReadonlyMap<number, number> = new Map(
  [...decodeWindows1252(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))].map((ch, i) => [ch.charCodeAt(0), 0x80 + i]),
);

/** A PDF literal string: parentheses and backslashes escaped, characters above 0x7E as octal WinAnsi bytes. */
export function pdfString(s: string): string {
  let out = '(';
  for (const ch of s) {
    const c = WIN_ANSI.get(ch.codePointAt(0) ?? 0) ?? ch.codePointAt(0) ?? 0;
    if (c > 0xff) throw new RangeError(`test PDF text must be windows-1252; found U+${c.toString(16).toUpperCase()} in '${s}'`);
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (c < 0x20 || c > 0x7e) out += '\\' + c.toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + ')';
}

function contentStream(lines: readonly string[]): string {
  if (lines.length === 0) return '0 0 m 100 100 l S\n';
  const ops = ['BT', '/F1 12 Tf', '14 TL', '72 720 Td'];
  lines.forEach((line, i) => {
    if (i > 0) ops.push('T*');
    ops.push(`${pdfString(line)} Tj`);
  });
  ops.push('ET');
  return ops.join('\n') + '\n';
}

/** Returns the bytes of a PDF whose pages hold the given lines. */
export function buildTestPdf(options: TestPdfOptions): Uint8Array {
  const pageCount = options.pages.length;
  // Object numbers: 1 catalog, 2 pages, 3 font, then page/content pairs, then info, then encrypt.
  const objects: string[] = [];
  const kids: string[] = [];
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  options.pages.forEach((lines, i) => {
    const pageNum = 4 + i * 2;
    const contentNum = pageNum + 1;
    kids.push(`${pageNum} 0 R`);
    objects[pageNum] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentNum} 0 R >>`;
    if ('deflated' in lines) {
      const data = Buffer.from(lines.deflated.buffer, lines.deflated.byteOffset, lines.deflated.byteLength).toString('latin1');
      const filter = (lines.layers ?? 1) === 1 ? '/FlateDecode' : `[${Array.from({ length: lines.layers ?? 1 }, () => '/FlateDecode').join(' ')}]`;
      objects[contentNum] = `<< /Length ${lines.deflated.byteLength} /Filter ${filter} >>\nstream\n${data}\nendstream`;
      return;
    }
    const stream = 'stream' in lines ? lines.stream : contentStream(lines);
    objects[contentNum] = `<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}endstream`;
  });
  objects[2] = `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${pageCount} >>`;
  let infoNum: number | undefined;
  if (options.title !== undefined) {
    infoNum = objects.length;
    objects[infoNum] = `<< /Title ${pdfString(options.title)} /Producer (tip-atlas test) >>`;
  }
  let encryptNum: number | undefined;
  if (options.encrypt) {
    encryptNum = objects.length;
    const o = '<' + '4a'.repeat(32) + '>';
    const u = '<' + '7b'.repeat(32) + '>';
    objects[encryptNum] = `<< /Filter /Standard /V 1 /R 2 /Length 40 /O ${o} /U ${u} /P -4 >>`;
  }

  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  for (let n = 1; n < objects.length; n++) {
    offsets[n] = Buffer.byteLength(body, 'latin1');
    body += `${n} 0 obj\n${objects[n]}\nendobj\n`;
  }
  const xrefOffset = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length}\n0000000000 65535 f\r\n`;
  for (let n = 1; n < objects.length; n++) body += `${String(offsets[n]).padStart(10, '0')} 00000 n\r\n`;
  const trailer = [`/Size ${objects.length}`, '/Root 1 0 R'];
  if (infoNum !== undefined) trailer.push(`/Info ${infoNum} 0 R`);
  if (encryptNum !== undefined) trailer.push(`/Encrypt ${encryptNum} 0 R`);
  trailer.push('/ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]');
  body += `trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}

/**
 * A decompression bomb: one page whose content stream is `times` copies of `unit` (a text operator
 * such as `(x) Tj `), deflated (420 MB of `(x) Tj ` compress to about 600 KB). Compressed a megabyte at a
 * time: the whole text is never in memory. `layers` deflates it again (a filter array of as many /FlateDecode).
 */
export async function buildBombPdf(unit: string, times: number, layers = 1): Promise<Uint8Array> {
  const perChunk = Math.max(1, Math.floor((1 << 20) / unit.length));
  const chunk = Buffer.from(unit.repeat(perChunk), 'latin1');
  async function* text(): AsyncGenerator<Buffer> {
    yield Buffer.from('BT /F1 12 Tf 72 720 Td\n', 'latin1');
    for (let i = 0; i < Math.floor(times / perChunk); i++) yield chunk;
    yield Buffer.from(`${unit.repeat(times % perChunk)}\nET\n`, 'latin1');
  }
  const parts: Buffer[] = [];
  await pipeline(text, zlib.createDeflate({ level: 9 }), async (compressed: AsyncIterable<Buffer>) => {
    for await (const b of compressed) parts.push(b);
  });
  let deflated: Uint8Array = Buffer.concat(parts);
  for (let i = 1; i < layers; i++) deflated = zlib.deflateSync(deflated, { level: 9 });
  return buildTestPdf({ pages: [{ deflated: new Uint8Array(deflated), layers }] });
}
