import { sha256 } from '../store/content-hash.js';
import { resolve } from 'node:path';
import type { PageRange, ReaderKind, SourceDocument } from '../read/source-document.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import { detectKind, detectTitle, detectYear, fileCountryName } from '../ingest/metadata.js';
import { firstLine, splitPieces } from '../ingest/split-pieces.js';
import type { DocumentSummary, SourceKind } from '../store/store.js';
import { EXTRACTOR_VERSION } from '../extract/extractor-version.js';

/**
 * One document's extraction job: everything the worker needs besides the text, which is stored once
 * by its sha256 (`hash`) in the queue's texts table. Built from a file the way `ingest` builds its
 * documents (a whole annual report becomes one job per country narrative), so a queued ingest
 * stores exactly what a single-process ingest stores.
 */
export interface DocumentJob {
  readonly sourceId: string;
  /** '' for a whole file; the split country (or heading) for one narrative of a whole report. */
  readonly part: string;
  readonly path: string;
  readonly hash: string;
  readonly kind: SourceKind;
  /** The year found in the whole file's text or path; else extraction's year is used. */
  readonly year?: number;
  readonly title?: string;
  readonly reader: ReaderKind;
  readonly bytes: number;
  readonly pages: readonly PageRange[];
  /** Subject country known from the narrative's heading: given to extraction. */
  readonly country?: string;
  /** Subject country when extraction finds none: the heading's, else the file name's, else ''. */
  readonly fallbackCountry: string;
}

/** A job with its text, as enqueue stores it. */
export interface DocumentJobWithText {
  readonly job: DocumentJob;
  readonly text: string;
}

/** The graphile-worker job key of a document: one pending job per document, a newer enqueue replaces it. */
export function jobKey(sourceId: string, part: string): string {
  return `doc:${sha256(`${sourceId}\u0000${part}`)}`;
}

/** The jobs of one file read: one per document, in the order of `ingest` (mirrors its splitting and metadata). */
export function documentJobs(file: string, source: SourceDocument, resolver: CountryResolver): DocumentJobWithText[] {
  const sourceId = resolve(file);
  const kind = detectKind(source.text, file);
  const year = detectYear(source.text, file);
  const fileCountry = resolver.code(fileCountryName(file)) ?? '';
  const base = { sourceId, path: file, kind, ...(year !== undefined ? { year } : {}), reader: source.reader };
  return splitPieces(source, resolver).map((p) => ({
    text: p.doc.text,
    job: {
      ...base, part: p.part, hash: sha256(p.doc.text),
      title: p.part ? firstLine(p.doc.text) : detectTitle(source.text, file, source.title),
      bytes: p.part ? p.doc.bytes : source.bytes, pages: p.doc.pages,
      ...(p.country ? { country: p.country } : {}), fallbackCountry: p.country || fileCountry,
    },
  }));
}

/** The document that extraction reads for a job (what `ingest` passes to extractDocument). */
export function jobSourceDocument(job: DocumentJob, text: string): SourceDocument {
  return { path: job.path, text, reader: job.reader, pages: job.pages, bytes: job.bytes, messages: [] };
}

/** Checks a payload read back from the queue (it crossed a process boundary as JSON). */
export function isDocumentJob(value: unknown): value is DocumentJob {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.sourceId === 'string' && typeof v.part === 'string' && typeof v.path === 'string' && typeof v.hash === 'string'
    && typeof v.kind === 'string' && typeof v.reader === 'string' && typeof v.bytes === 'number' && Array.isArray(v.pages)
    && typeof v.fallbackCountry === 'string';
}

/**
 * True when the store already holds this document as the job would store it: same text, same
 * extractor version, same metadata (what `ingest` checks before extracting again).
 */
export function storedUnchanged(before: DocumentSummary | undefined, job: DocumentJob): boolean {
  if (!before) return false;
  const pages = job.pages.map((p) => p.page);
  return before.extractorVersion === EXTRACTOR_VERSION && before.hash === job.hash
    && before.path === job.path && before.kind === job.kind && before.title === job.title && before.reader === job.reader
    && before.bytes === job.bytes && (job.year === undefined || before.year === job.year)
    && before.pageStart === (pages.length ? Math.min(...pages) : undefined) && before.pageEnd === (pages.length ? Math.max(...pages) : undefined);
}
