/** TIP Atlas public API: the one entry point. */
export type { Span } from './text/span.js';
export type { Message } from './text/message.js';
export { DocumentError } from './text/message.js';
export { Location } from './text/location.js';
export type { SourceDocument, PageRange, ReaderKind } from './read/source-document.js';
export { readDocument } from './read/read-document.js';
export type * from './facts/fact.js';
export type { Claim, ClaimContext, Attribution } from './extract/claim.js';
export { extractDocument, type Extraction, type ExtractOptions } from './extract/extract-document.js';
