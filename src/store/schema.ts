import type { ColumnType, Generated } from 'kysely';

/** The tables as Kysely sees them. JSON columns are stored as text on both dialects. */
export interface DocumentsTable {
  id: Generated<number>;
  /** Absolute path (or other source id) of the file the document came from. */
  source_id: string;
  /** '' for a whole file; the split country (ISO2, or heading name) for a part of a whole report. */
  part: string;
  /** Path as given on the command line. */
  path: string;
  country: string;
  year: number | null;
  kind: string;
  title: string | null;
  hash: string;
  claims_hash: string;
  reader: string;
  bytes: number;
  page_start: number | null;
  page_end: number | null;
  /** JSON: PageRange[] re-based to this document's text. */
  pages: string;
  text: string;
  claim_count: number;
  ingested_at: string;
  /** EXTRACTOR_VERSION of the claims ('' when unknown: re-extracted on the next ingest). */
  extractor_version: string;
}

export interface ClaimsTable {
  id: Generated<number>;
  document_id: number;
  ord: number;
  type: string;
  form: string | null;
  from_area: string | null;
  to_area: string | null;
  country: string | null;
  role: string | null;
  sex: string | null;
  age: string | null;
  sector: string | null;
  commodity: string | null;
  actor: string | null;
  name: string | null;
  place: string | null;
  value: number | null;
  qualifier: string | null;
  stat_year: number | null;
  subject: string | null;
  rule_id: string;
  span_start: number;
  span_end: number;
  evidence: string;
  hedged: number;
  /** JSON: ClaimContext. */
  context: string;
  /** factGroupKey of the fact: what views group by. */
  fact_key: string;
  /** The context's victim words joined by TERM_SEPARATOR ('' when none). */
  victim_terms: string;
  /** sourceKey of the context's attribution (null when none). */
  source_key: string | null;
  /** factGroupKey of the victim claims of the same document whose evidence overlaps this claim's, joined by TERM_SEPARATOR. */
  overlapping_victims: string;
}

/** One row (id 1): a counter bumped by every transaction that changes documents or claims. */
export interface StoreRevisionTable {
  id: number;
  /** bigint: PostgreSQL returns it as a string. */
  revision: ColumnType<number | string, number, number | string>;
}

export interface Database {
  documents: DocumentsTable;
  claims: ClaimsTable;
  store_revision: StoreRevisionTable;
}
