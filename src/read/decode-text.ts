import type { Messages } from '../text/message.js';

/** Which encoding a text file was decoded from. */
export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

/** Share of control characters (other than tab, line feed, vertical tab, form feed, carriage return) above which a file is binary. */
export const MAX_CONTROL_RATIO = 0.05;

/** windows-1252 code points for bytes 0x80..0x9F (undefined bytes map to the C1 control of the same value, as browsers do). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8d, 0x017d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const end = Math.min(bytes.length, i + CHUNK);
    const codes = new Array<number>(end - i);
    for (let j = i; j < end; j++) {
      const b = bytes[j];
      codes[j - i] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b;
    }
    parts.push(String.fromCharCode(...codes));
  }
  return parts.join('');
}

/** Offset of the first byte that makes `bytes` invalid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0b && c !== 0x0c && c !== 0x0d) || c === 0x7f;
}

/** Counts control characters and finds the first one. */
function controlCount(text: string): { count: number; first: number } {
  let count = 0;
  let first = -1;
  for (let i = 0; i < text.length; i++) {
    if (isControl(text.charCodeAt(i))) {
      if (first < 0) first = i;
      count++;
    }
  }
  return { count, first };
}

/**
 * Decodes the bytes of a plain-text report. UTF-8 (BOM removed, nothing else changed),
 * UTF-16 with a BOM, otherwise windows-1252 with a warning. Binary and empty files fail.
 */
export function decodeText(bytes: Uint8Array, messages: Messages): DecodedText {
  if (bytes.length === 0) messages.fail('file is empty, not a text report', 'read:empty');
  let encoding: TextEncodingName;
  let text: string;
  const b0 = bytes[0];
  const b1 = bytes[1];
  if (b0 === 0xff && b1 === 0xfe && bytes[2] === 0 && bytes[3] === 0 && bytes.length >= 4) {
    messages.fail('file is UTF-32 (byte-order mark FF FE 00 00), which is not supported; convert it to UTF-8', 'read:encoding');
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    encoding = b0 === 0xff ? 'utf-16le' : 'utf-16be';
    try {
      text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    } catch {
      messages.fail(`file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, 'read:encoding');
    }
    if (text.includes('\u0000')) messages.fail('binary file, not a text report (NUL characters)', 'read:binary');
  } else {
    const nul = bytes.indexOf(0);
    if (nul >= 0) {
      const hint = looksLikeUtf16WithoutBom(bytes) ? '; it may be UTF-16 without a byte-order mark: convert it to UTF-8' : '';
      messages.fail(`binary file, not a text report (NUL byte at offset ${nul})${hint}`, 'read:binary');
    }
    let bad = -1;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // strips a leading BOM only
      encoding = 'utf-8';
    } catch {
      bad = Math.max(0, firstInvalidUtf8(bytes));
      encoding = 'windows-1252';
      text = decodeWindows1252(bytes);
    }
    checkControls(text, messages);
    if (bad >= 0) {
      messages.warn(`not valid UTF-8 (byte 0x${bytes[bad].toString(16).toUpperCase()} at offset ${bad}); decoded as windows-1252 (Latin-1)`, 'read:encoding');
    }
    return finish(text, encoding, messages);
  }
  checkControls(text, messages);
  return finish(text, encoding, messages);
}

function finish(text: string, encoding: TextEncodingName, messages: Messages): DecodedText {
  if (text.trim() === '') messages.fail(text.length === 0 ? 'file is empty, not a text report' : 'file holds only whitespace, not a text report', 'read:empty');
  return { text, encoding };
}

function checkControls(text: string, messages: Messages): void {
  const { count, first } = controlCount(text);
  if (count === 0) return;
  if (count / text.length > MAX_CONTROL_RATIO) {
    messages.fail(`binary file, not a text report (${count} control characters in ${text.length})`, 'read:binary');
  }
  messages.warn(`${count} control character${count === 1 ? '' : 's'} in the text (first U+${text.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0')})`, 'read:control', { start: first, end: first + 1 });
}

/** Many NULs at one parity and few at the other: typical of UTF-16 text without a BOM. */
function looksLikeUtf16WithoutBom(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) (i & 1 ? odd++ : even++);
  const half = n / 2;
  return (odd > half * 0.6 && even < half * 0.05) || (even > half * 0.6 && odd < half * 0.05);
}
