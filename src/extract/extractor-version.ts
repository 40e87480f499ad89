/**
 * The version of what extraction produces. Stored with every document: `ingest` does not extract a
 * document again when its text and this version are unchanged. Bump it whenever a change to the
 * rules, vocabularies or gazetteers can change the claims of some text (any string will do; the
 * store only compares it for equality).
 */
export const EXTRACTOR_VERSION = '2026.12.08a';
