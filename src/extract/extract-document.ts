import type { SourceDocument } from '../read/source-document.js';
import type { Fact } from '../facts/fact.js';
import type { Message } from '../text/message.js';
import type { Claim } from './claim.js';

export interface ExtractOptions {
  /** Subject country (ISO2) when known; otherwise detected from the text, then the file name. */
  readonly country?: string;
}

/** Everything extraction learns from one document. */
export interface Extraction {
  /** Subject country, ISO2 ('' when it could not be determined). */
  readonly country: string;
  /** Report year when the text or path states it. */
  readonly year?: number;
  readonly claims: readonly Claim[];
  /** The facts contract view of the claims, deduplicated by key (first evidence kept). */
  readonly facts: readonly Fact[];
  readonly messages: readonly Message[];
}

/** Placeholder until the extraction pipeline lands (issue 2): no claims. */
export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): Extraction {
  return { country: options.country ?? '', claims: [], facts: [], messages: [] };
}
