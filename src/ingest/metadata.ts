import { basename } from 'node:path';
import type { SourceKind } from '../store/store.js';

/** Text markers of each source kind, checked in the first lines of a document. */
const KIND_MARKERS: readonly { readonly kind: SourceKind; readonly pattern: RegExp }[] = [
  { kind: 'tip', pattern: /Trafficking in Persons Report/i },
  { kind: 'hrr', pattern: /Country Reports? on Human Rights Practices/i },
  { kind: 'factbook', pattern: /^\s*current situation:|World Factbook|\|\s*tier rating:/im },
];

/** Year markers in the text; the earliest in the first lines wins; the last (a Factbook entry's trailing year) is checked last. */
const YEAR_MARKERS: readonly RegExp[] = [
  /\b((?:19|20)\d{2}) Trafficking in Persons Report\b/i,
  /\bTrafficking in Persons Report,? ((?:19|20)\d{2})\b/i,
  /\b((?:19|20)\d{2}) Country Reports? on Human Rights Practices\b/i,
  /\(((?:19|20)\d{2})\)\s*$/,
];

const HEAD = 3000;

/** The source kind from the text's first lines, else a path segment (tip/, hrr/, factbook/), else `other`. */
export function detectKind(text: string, path: string): SourceKind {
  // The title zone first: HRR texts cite the TIP report further down.
  const first = earliestKind(text.slice(0, 300));
  if (first) return first;
  const segments = path.toLowerCase().split(/[\\/]+/);
  const file = segments.pop() ?? '';
  for (const kind of ['tip', 'hrr', 'factbook'] as const) {
    if (new RegExp(`(^|[-_.])${kind}([-_.]|$)`).test(file.replace(/\.[^.]+$/, ''))) return kind;
  }
  // The nearest folder named tip, hrr or factbook (exact name only: 'tip-atlas' is not a TIP folder).
  for (const seg of segments.reverse()) if (seg === 'tip' || seg === 'hrr' || seg === 'factbook') return seg;
  return earliestKind(text.slice(0, HEAD)) ?? 'other';
}

/** The kind whose marker occurs first in `zone`. */
function earliestKind(zone: string): SourceKind | undefined {
  let best: { index: number; kind: SourceKind } | undefined;
  for (const m of KIND_MARKERS) {
    const hit = m.pattern.exec(zone);
    if (hit && (!best || hit.index < best.index)) best = { index: hit.index, kind: m.kind };
  }
  return best?.kind;
}

/** The report year from the text ("2021 Trafficking in Persons Report", a Factbook entry's "(2015)"), else the path. */
export function detectYear(text: string, path: string): number | undefined {
  const head = text.slice(0, HEAD);
  let best: { index: number; year: number } | undefined;
  for (const re of YEAR_MARKERS.slice(0, -1)) {
    const m = re.exec(head);
    if (m && (!best || m.index < best.index)) best = { index: m.index, year: Number(m[1]) };
  }
  if (best) return best.year;
  const trailing = YEAR_MARKERS[YEAR_MARKERS.length - 1].exec(text.trimEnd());
  if (trailing) return Number(trailing[1]);
  const p = path.replace(/\\/g, '/');
  const m = /(?:^|\/|[-_])((?:19|20)\d{2})(?=\/|[-_.])/.exec(p);
  return m ? Number(m[1]) : undefined;
}

/** A title: the reader's (HTML <title>, PDF metadata), else the first non-empty line when short, else the file name. */
export function detectTitle(text: string, path: string, readerTitle?: string): string {
  if (readerTitle && readerTitle.trim()) return readerTitle.trim();
  const first = text.slice(0, 400).split(/\r?\n/).map((l) => l.trim()).find((l) => l.length > 0);
  if (first && first.length <= 160) return first;
  return basename(path);
}

/** The country part of a file name: "2021-mali.txt" → "mali", "Burkina_Faso.txt" → "Burkina Faso". */
export function fileCountryName(path: string): string {
  return basename(path).replace(/\.[^.]+$/, '').replace(/(^|[-_])(19|20)\d{2}(?=$|[-_])/g, ' ').replace(/[-_]+/g, ' ').trim();
}
