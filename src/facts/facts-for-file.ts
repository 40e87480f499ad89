import { readDocument } from '../read/read-document.js';
import type { SourceDocument } from '../read/source-document.js';
import { extractDocument, type ExtractOptions, type Extraction } from '../extract/extract-document.js';
import { toContractJson } from './contract-json.js';
import type { FactsDocument } from './fact.js';

/** One report read and extracted: what `tip-atlas facts FILE` prints, with what it was made from. */
export interface FileFacts {
  readonly document: SourceDocument;
  readonly extraction: Extraction;
  /** The facts contract object (its `doc` is the path as given). */
  readonly facts: FactsDocument;
}

/** Reads one report file and extracts its facts. Throws DocumentError (naming the file) when it cannot be read. */
export async function factsForFile(path: string, options: ExtractOptions = {}): Promise<FileFacts> {
  const document = await readDocument(path);
  const extraction = extractDocument(document, options);
  return { document, extraction, facts: toContractJson(path, extraction.country, extraction.facts) };
}
