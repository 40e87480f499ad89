/**
 * Key folding exactly as shared/tools/score_facts.py does it (Python semantics):
 * `str(v)` → NFKD → drop characters whose canonical combining class is not 0 → `lower()` → `strip()`.
 */

/** Python's `str.strip()` whitespace (str.isspace), which differs from JavaScript's `trim()`. */
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const PY_STRIP = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g');

/**
 * Python's `str(v)` for a value parsed from JSON. JSON.parse cannot tell `3` from `3.0`, so an
 * integral number prints as an int (what `fold` does anyway: it turns integral floats into ints).
 */
export function pyStr(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : pyFloatRepr(v);
  if (v === null || v === undefined) return 'None';
  return JSON.stringify(v);
}

/** Python's repr of a non-integral float: shortest round-trip digits, exponent form below 1e-4 (two-digit exponent). */
function pyFloatRepr(v: number): string {
  if (!Number.isFinite(v)) return Number.isNaN(v) ? 'nan' : v > 0 ? 'inf' : '-inf';
  const a = Math.abs(v);
  if (a < 1e-4) {
    const [mant = '', exp = ''] = v.toExponential().split('e');
    const sign = exp.startsWith('-') ? '-' : '+';
    const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
    return `${mant}e${sign}${digits}`;
  }
  return String(v);
}

const combiningCache = new Map<string, boolean>();

/**
 * Whether a character has a non-zero canonical combining class (Python's `unicodedata.combining(c) != 0`).
 * Found without a table: canonical reordering moves a mark of class c > 1 after U+0334 (class 1),
 * and a mark of class 0 < c < 240 before U+0345 (class 240).
 */
export function isCombining(ch: string): boolean {
  if (ch.codePointAt(0)! < 0x300) return false;
  let known = combiningCache.get(ch);
  if (known === undefined) {
    const d = ch.normalize('NFD');
    if (d !== ch) {
      // not reached by `fold` (NFKD output is decomposed); U+0340 → U+0300 keeps the class
      known = isCombining(String.fromCodePoint(d.codePointAt(0)!));
    } else {
      const a = ch + '\u0334';
      const b = '\u0345' + ch;
      known = a.normalize('NFD') !== a || b.normalize('NFD') !== b;
    }
    combiningCache.set(ch, known);
  }
  return known;
}

/** `fold(v)` of score_facts.py: '' for null/absent. */
export function fold(v: unknown): string {
  if (v === null || v === undefined) return '';
  return foldString(pyStr(v));
}

function foldString(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFKD')) if (!isCombining(ch)) out += ch;
  return out.toLowerCase().replace(PY_STRIP, '');
}

/** `alts(v)` of score_facts.py: the folded alternatives of "A|B" ([''] for null/absent). */
export function alternatives(v: unknown): string[] {
  if (v === null || v === undefined) return [''];
  return pyStr(v).split('|').map(foldString);
}
