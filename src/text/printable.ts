/**
 * Text safe to print on a terminal: control characters are shown escaped instead of acting. A file name
 * may hold ESC sequences (colours, window titles, cursor moves), a newline (breaking "one line per file"),
 * C1 controls (a one-character CSI) or bidirectional overrides (text shown in another order than stored).
 */

/** C0 controls, DEL, C1 controls, line and paragraph separators, bidirectional embeddings, overrides and isolates. */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(ch: string): string {
  const code = ch.charCodeAt(0);
  return NAMED[ch] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}

/** `s` with every control character written as an escape (\n, \r, \t, \x1b, \u202e); the rest unchanged. */
export function printable(s: string): string {
  return s.replace(CONTROL, escapeControl);
}

/** Controls JSON.stringify leaves as they are (it escapes only C0): DEL, C1, separators, bidirectional controls. */
const JSON_UNESCAPED_CONTROL = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** JSON.stringify, with every control character written as a \u escape: the same JSON value, safe to print. */
export function printableJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(JSON_UNESCAPED_CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
