import { extractDocument, type ExtractOptions, type Extraction } from '../extract/extract-document.js';
import type { SourceDocument } from '../read/source-document.js';

/** What ingest keeps of an extraction: the claims and the document's subject and year. */
export type ExtractResult = Pick<Extraction, 'country' | 'year' | 'claims'>;

/** Runs the extraction pipeline for ingest: here, or on other threads (thread-extractor.ts). */
export interface Extractor {
  readonly kind: 'inline' | 'threads';
  extract(doc: SourceDocument, options: Pick<ExtractOptions, 'country'>): Promise<ExtractResult>;
  close(): Promise<void>;
}

/** The extraction on the calling thread (the default: no thread to start, errors thrown as they are). */
export function inlineExtractor(): Extractor {
  return {
    kind: 'inline',
    extract: async (doc, options) => {
      const { country, year, claims } = extractDocument(doc, options);
      return { country, claims, ...(year !== undefined ? { year } : {}) };
    },
    close: async () => undefined,
  };
}
