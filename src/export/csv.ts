/** The one CSV writer of the project (CLI `export --format csv` and `/api/export?format=csv`). */

/** A text a spreadsheet would run as a formula: it starts with =, +, -, @, a tab or a carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. A text that
 * starts like a formula gets a leading apostrophe first (OWASP CSV injection), so a spreadsheet shows it
 * as text instead of running it; numbers are values and are written as they are.
 */
export function csvField(v: unknown): string {
  const s = v === undefined || v === null ? '' : String(v);
  const safe = typeof v === 'string' && FORMULA_START.test(s) ? `'${s}` : s;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A CSV text with a header row; lines end with CRLF (RFC 4180). */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, unknown>>[]): string {
  return [columns.map(csvField).join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].join('\r\n') + '\r\n';
}
