import type { SourceDocument } from '../read/source-document.js';
import type { CountryResolver } from './country-resolver.js';
import { findNarrativeHeadings, partPages, splitReport } from './split-report.js';

/** One document of a file read: the whole file (part ''), or one country narrative of a whole report. */
export interface Piece {
  readonly part: string;
  readonly doc: SourceDocument;
  readonly country?: string;
}

/** The first line of a narrative: its title. */
export function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl < 0 ? text : text.slice(0, nl)).trim();
}

/** A whole report becomes one piece per narrative (part = ISO2, or the heading name when unknown); anything else one piece. */
export function splitPieces(source: SourceDocument, resolver: CountryResolver): Piece[] {
  const parts = splitReport(source.text);
  if (parts.length === 0) {
    const heading = findNarrativeHeadings(source.text.slice(0, 5000))[0];
    const country = heading ? resolver.code(heading.name) : undefined;
    return [{ part: '', doc: source, ...(country ? { country } : {}) }];
  }
  const seen = new Map<string, number>();
  return parts.map((p) => {
    const code = resolver.code(p.heading.name);
    let part = code ?? p.heading.name;
    const n = (seen.get(part) ?? 0) + 1;
    seen.set(part, n);
    if (n > 1) part = `${part}#${n}`;
    const text = source.text.slice(p.start, p.end);
    const doc: SourceDocument = {
      path: source.path, text, reader: source.reader, pages: partPages(source.pages, p.start, p.end),
      bytes: Buffer.byteLength(text), messages: [], ...(source.title ? { title: source.title } : {}),
    };
    return { part, doc, ...(code ? { country: code } : {}) };
  });
}
