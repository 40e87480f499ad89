import { printable } from '../text/printable.js';

/** A plain text table: a header row and aligned columns; cells are cut to `maxWidth`, on one line (whitespace as a space, other control characters escaped). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[], maxWidth = 60): string {
  const cut = (s: string | number) => {
    const t = printable(String(s).replace(/\s+/g, ' '));
    return t.length > maxWidth ? `${t.slice(0, maxWidth - 1)}…` : t;
  };
  const cells = [header.map(cut), ...rows.map((r) => r.map(cut))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

/** "doc 12 [340,402)" — where a fact is stated. */
export function evidenceRef(e: { readonly documentId: number; readonly start: number; readonly end: number }): string {
  return `doc ${e.documentId} [${e.start},${e.end})`;
}
