import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { collectInputs, type SkippedInput } from '../read/collect-inputs.js';
import { readDocument } from '../read/read-document.js';
import type { SourceDocument } from '../read/source-document.js';
import { EXTRACTOR_VERSION } from '../extract/extractor-version.js';
import { DocumentError } from '../text/message.js';
import { sha256 } from '../store/content-hash.js';
import type { DocumentInput, DocumentSummary, PutOutcome, SourceKind, Store } from '../store/store.js';
import { loadCountryResolver, type CountryResolver } from './country-resolver.js';
import { detectKind, detectTitle, detectYear, fileCountryName } from './metadata.js';
import { firstLine, splitPieces, type Piece } from './split-pieces.js';
import { inlineExtractor, type ExtractResult, type Extractor } from './extractor.js';

export interface IngestFailure {
  /** The file, with the narrative's heading name when one part of a whole report failed. */
  readonly path: string;
  readonly reason: string;
}

/** A document stored with a warning: no subject country was found, so it is stored with country '' (unknown). */
export interface IngestFlag {
  readonly path: string;
  readonly reason: string;
  readonly ruleId: 'ingest:no-subject-country';
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
  /** Files in folders not read: named like project files (README, LICENSE…) or matched by `exclude`. */
  readonly skipped: readonly SkippedInput[];
  /** Documents stored with no subject country found (country ''). */
  readonly flagged: readonly IngestFlag[];
}

export interface IngestOptions {
  readonly onProgress?: (p: IngestProgress) => void;
  readonly resolver?: CountryResolver;
  /** Reads one file (default: readDocument). */
  readonly read?: (path: string) => Promise<SourceDocument>;
  /** The stable id and the path to store for a file (default: its absolute path, and the path as given). */
  readonly identify?: (file: string) => { readonly sourceId: string; readonly path: string };
  /** Where extraction runs (default: this thread). The caller closes an extractor it gives. */
  readonly extractor?: Extractor;
  /** Files read and extracted ahead of the one being stored (default: 8 with a thread extractor, else 0). */
  readonly lookahead?: number;
  /** Globs of files to leave out of folders (see collectInputs). */
  readonly exclude?: readonly string[];
}


/** One piece of a file, ready to store: unchanged, or with its extraction under way. */
interface ReadyPiece {
  readonly piece: Piece;
  readonly title: string;
  readonly unchanged?: DocumentSummary;
  readonly extraction?: Promise<Settled<ExtractResult>>;
}

/** A file read, split and sent to extraction; or why it could not be. */
type ReadyFile =
  | { readonly kind: 'failed'; readonly failure: IngestFailure }
  | { readonly kind: 'ready'; readonly sourceId: string; readonly path: string; readonly docKind: SourceKind; readonly year?: number; readonly reader: SourceDocument['reader']; readonly pieces: readonly ReadyPiece[] };

type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };
const settle = <T>(p: Promise<T>): Promise<Settled<T>> => p.then((value) => ({ ok: true as const, value }), (error: unknown) => ({ ok: false as const, error }));

/**
 * Reads, splits, extracts and stores files and folders; each document is one transaction; failures are data.
 * With a thread extractor, the next files are read and extracted while one is stored (`lookahead`).
 */
export async function ingest(store: Store, inputs: readonly string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const resolver = options.resolver ?? (await loadCountryResolver());
  const read = options.read ?? readDocument;
  const extractor = options.extractor ?? inlineExtractor();
  const lookahead = options.lookahead ?? (extractor.kind === 'threads' ? 8 : 0);
  const { files, problems, skipped } = await collectInputs(inputs, options.exclude ? { exclude: options.exclude } : {});
  const flagged: IngestFlag[] = [];
  const failures: IngestFailure[] = problems.map((p) => ({ path: p.path, reason: p.reason }));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f).catch(() => undefined))?.size ?? 0));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const counts: Record<PutOutcome, number> = { inserted: 0, replaced: 0, unchanged: 0 };
  let documents = 0;
  let removed = 0;
  let claims = 0;
  let bytesDone = 0;

  const prepare = async (file: string): Promise<ReadyFile> => {
    let source: SourceDocument;
    try {
      source = await read(file);
    } catch (error) {
      return { kind: 'failed', failure: { path: file, reason: error instanceof DocumentError ? error.message.replace(`${file}: `, '') : String(error) } };
    }
    const { sourceId, path } = options.identify?.(file) ?? { sourceId: resolve(file), path: file };
    const docKind = detectKind(source.text, file);
    const year = detectYear(source.text, file);
    let stored: Map<string, DocumentSummary>;
    try {
      stored = new Map((await store.listDocuments({ sourceId })).map((d) => [d.part, d]));
    } catch (error) {
      return { kind: 'failed', failure: { path: file, reason: error instanceof Error ? error.message : String(error) } };
    }
    const pieces = splitPieces(source, resolver).map((piece): ReadyPiece => {
      const title = piece.part ? firstLine(piece.doc.text) : detectTitle(source.text, file, source.title);
      const before = stored.get(piece.part);
      if (before && isUnchanged(before, { path, kind: docKind, year, title, reader: source.reader, doc: piece.doc })) return { piece, title, unchanged: before };
      return { piece, title, extraction: settle(extractor.extract(piece.doc, piece.country ? { country: piece.country } : {})) };
    });
    return { kind: 'ready', sourceId, path, docKind, ...(year !== undefined ? { year } : {}), reader: source.reader, pieces };
  };

  const ahead: Promise<ReadyFile>[] = [];
  let queued = 0;
  try {
    for (let i = 0; i < files.length; i++) {
      const file = files[i];
      options.onProgress?.({ filesDone: i, filesTotal: files.length, bytesDone, bytesTotal, elapsedMs: performance.now() - started, current: file });
      while (queued < files.length && ahead.length <= lookahead) ahead.push(prepare(files[queued++]));
      const ready = await ahead.shift()!;
      if (ready.kind === 'failed') {
        failures.push(ready.failure);
        bytesDone += sizes[i];
        continue;
      }
      const { sourceId, path, docKind: kind, year, reader } = ready;
      const keep: string[] = [];
      for (const { piece, title, unchanged, extraction } of ready.pieces) {
        keep.push(piece.part);
        if (unchanged) {
          counts.unchanged++;
          documents++;
          claims += unchanged.claimCount;
          if (unchanged.country === '') flagged.push(noSubjectCountry(piece.part ? `${file} (${piece.part})` : file));
          continue;
        }
        const label = piece.part ? `${file} (${piece.part})` : file;
        try {
          const settled = await extraction!;
          if (!settled.ok) throw settled.error;
          const result = settled.value;
          const country = result.country || piece.country || resolver.code(fileCountryName(file)) || '';
          const input: DocumentInput = {
            sourceId, part: piece.part, path, country, kind,
            ...(year ?? result.year ? { year: year ?? result.year } : {}),
            title, reader, bytes: piece.doc.bytes, pages: piece.doc.pages, text: piece.doc.text,
            extractorVersion: EXTRACTOR_VERSION,
          };
          const put = await store.putDocument(input, result.claims);
          if (country === '') flagged.push(noSubjectCountry(label));
          counts[put.outcome]++;
          documents++;
          claims += result.claims.length;
        } catch (error) {
          failures.push({ path: label, reason: error instanceof Error ? error.message : String(error) });
        }
      }
      try {
        removed += await store.removeStaleParts(sourceId, keep);
      } catch (error) {
        failures.push({ path: file, reason: error instanceof Error ? error.message : String(error) });
      }
      bytesDone += sizes[i];
    }
  } finally {
    // files read ahead of a failure that stopped the run: let their reads and extractions settle quietly
    for (const p of ahead) void p.catch(() => undefined);
    if (options.extractor === undefined) await extractor.close();
  }
  const elapsedMs = performance.now() - started;
  options.onProgress?.({ filesDone: files.length, filesTotal: files.length, bytesDone, bytesTotal, elapsedMs });
  return { files: files.length, documents, ...counts, removed, claims, bytes: bytesDone, elapsedMs, failures, skipped, flagged };
}

/** The flag of a document stored without a subject country: not from its heading, its name or its text. */
function noSubjectCountry(path: string): IngestFlag {
  return { path, reason: "no subject country found (not in its heading, its file name or its text); stored with country unknown ('')", ruleId: 'ingest:no-subject-country' };
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


