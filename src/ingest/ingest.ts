import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { collectInputs } from '../read/collect-inputs.js';
import { readDocument } from '../read/read-document.js';
import type { SourceDocument } from '../read/source-document.js';
import { extractDocument } from '../extract/extract-document.js';
import { EXTRACTOR_VERSION } from '../extract/extractor-version.js';
import { DocumentError } from '../text/message.js';
import { sha256 } from '../store/content-hash.js';
import type { DocumentInput, DocumentSummary, PutOutcome, Store } from '../store/store.js';
import { loadCountryResolver, type CountryResolver } from './country-resolver.js';
import { detectKind, detectTitle, detectYear, fileCountryName } from './metadata.js';
import { firstLine, splitPieces } from './split-pieces.js';

export interface IngestFailure {
  /** The file, with the narrative's heading name when one part of a whole report failed. */
  readonly path: string;
  readonly reason: string;
}

export interface IngestProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly bytesDone: number;
  readonly bytesTotal: number;
  readonly elapsedMs: number;
  readonly current?: string;
}

export interface IngestSummary {
  readonly files: number;
  /** Documents stored or checked (a whole report counts each narrative). */
  readonly documents: number;
  readonly inserted: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** Narratives removed because a changed whole report no longer holds them. */
  readonly removed: number;
  readonly claims: number;
  readonly bytes: number;
  readonly elapsedMs: number;
  readonly failures: readonly IngestFailure[];
}

export interface IngestOptions {
  readonly onProgress?: (p: IngestProgress) => void;
  readonly resolver?: CountryResolver;
  /** Reads one file (default: readDocument). */
  readonly read?: (path: string) => Promise<SourceDocument>;
  /** The stable id and the path to store for a file (default: its absolute path, and the path as given). */
  readonly identify?: (file: string) => { readonly sourceId: string; readonly path: string };
}


/** Reads, splits, extracts and stores files and folders; each document is one transaction; failures are data. */
export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const resolver = options.resolver ?? (await loadCountryResolver());
  const read = options.read ?? readDocument;
  const { files, problems } = await collectInputs(inputs);
  const failures: IngestFailure[] = problems.map((p) => ({ path: p.path, reason: p.reason }));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f).catch(() => undefined))?.size ?? 0));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const counts: Record<PutOutcome, number> = { inserted: 0, replaced: 0, unchanged: 0 };
  let documents = 0;
  let removed = 0;
  let claims = 0;
  let bytesDone = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    options.onProgress?.({ filesDone: i, filesTotal: files.length, bytesDone, bytesTotal, elapsedMs: performance.now() - started, current: file });
    let source: SourceDocument;
    try {
      source = await read(file);
    } catch (error) {
      failures.push({ path: file, reason: error instanceof DocumentError ? error.message.replace(`${file}: `, '') : String(error) });
      bytesDone += sizes[i];
      continue;
    }
    const { sourceId, path } = options.identify?.(file) ?? { sourceId: resolve(file), path: file };
    const kind = detectKind(source.text, file);
    const year = detectYear(source.text, file);
    const pieces = splitPieces(source, resolver);
    let stored: Map<string, DocumentSummary>;
    try {
      stored = new Map((await store.listDocuments({ sourceId })).map((d) => [d.part, d]));
    } catch (error) {
      failures.push({ path: file, reason: error instanceof Error ? error.message : String(error) });
      bytesDone += sizes[i];
      continue;
    }
    const keep: string[] = [];
    for (const piece of pieces) {
      const label = piece.part ? `${file} (${piece.part})` : file;
      const title = piece.part ? firstLine(piece.doc.text) : detectTitle(source.text, file, source.title);
      const before = stored.get(piece.part);
      if (before && isUnchanged(before, { path, kind, year, title, reader: source.reader, doc: piece.doc })) {
        counts.unchanged++;
        documents++;
        claims += before.claimCount;
        keep.push(piece.part);
        continue;
      }
      try {
        const extraction = extractDocument(piece.doc, piece.country ? { country: piece.country } : {});
        const country = extraction.country || piece.country || resolver.code(fileCountryName(file)) || '';
        const input: DocumentInput = {
          sourceId, part: piece.part, path, country, kind,
          ...(year ?? extraction.year ? { year: year ?? extraction.year } : {}),
          title, reader: source.reader, bytes: piece.doc.bytes, pages: piece.doc.pages, text: piece.doc.text,
          extractorVersion: EXTRACTOR_VERSION,
        };
        const put = await store.putDocument(input, extraction.claims);
        counts[put.outcome]++;
        documents++;
        claims += extraction.claims.length;
        keep.push(piece.part);
      } catch (error) {
        failures.push({ path: label, reason: error instanceof Error ? error.message : String(error) });
        keep.push(piece.part);
      }
    }
    try {
      removed += await store.removeStaleParts(sourceId, keep);
    } catch (error) {
      failures.push({ path: file, reason: error instanceof Error ? error.message : String(error) });
    }
    bytesDone += sizes[i];
  }
  const elapsedMs = performance.now() - started;
  options.onProgress?.({ filesDone: files.length, filesTotal: files.length, bytesDone, bytesTotal, elapsedMs });
  return { files: files.length, documents, ...counts, removed, claims, bytes: bytesDone, elapsedMs, failures };
}

/**
 * True when a stored document needs no new extraction: same text (hash), same extractor version, and
 * the same metadata as this run would store (a metadata change re-extracts and replaces it).
 */
function isUnchanged(before: DocumentSummary, now: { path: string; kind: string; year?: number; title: string; reader: string; doc: SourceDocument }): boolean {
  const pages = now.doc.pages.map((p) => p.page);
  return before.extractorVersion === EXTRACTOR_VERSION && before.hash === sha256(now.doc.text)
    && before.path === now.path && before.kind === now.kind && before.title === now.title && before.reader === now.reader
    && before.bytes === now.doc.bytes && (now.year === undefined || before.year === now.year)
    && before.pageStart === (pages.length ? Math.min(...pages) : undefined) && before.pageEnd === (pages.length ? Math.max(...pages) : undefined);
}


