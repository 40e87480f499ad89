import type { Claim } from '../extract/claim.js';
import type { Fact, FactType, Form } from '../facts/fact.js';
import type { ClaimGroup, GroupQuery } from './group-query.js';
import type { ClaimSummary } from './claim-summary.js';

export type { ClaimSummary } from './claim-summary.js';
export { DEFAULT_EVIDENCE_LIMIT, type ClaimGroup, type ClaimGrouping, type GroupQuery, type VictimFields } from './group-query.js';
import type { PageRange, ReaderKind } from '../read/source-document.js';

/** Where a report comes from: the TIP report, a Human Rights Report, a Factbook entry, or something else. */
export type SourceKind = 'tip' | 'hrr' | 'factbook' | 'other';
export const SOURCE_KINDS: readonly SourceKind[] = ['tip', 'hrr', 'factbook', 'other'];

/** The metadata a document is stored with, as given on input and as read back. */
export interface DocumentMeta {
  /** Stable id of the source file (its absolute path). With `part`, the key of the document. */
  readonly sourceId: string;
  /** '' for a whole file; the split country for one narrative of a whole report. */
  readonly part: string;
  readonly path: string;
  readonly country: string;
  readonly year?: number;
  readonly kind: SourceKind;
  readonly title?: string;
  readonly reader: ReaderKind;
  readonly bytes: number;
  /** The extractor version (EXTRACTOR_VERSION) that produced the claims; '' when unknown. */
  readonly extractorVersion?: string;
}

/** A document to store: its text and metadata; `claims` index `text`. */
export interface DocumentInput extends DocumentMeta {
  readonly pages: readonly PageRange[];
  readonly text: string;
}

/** A document's metadata as stored (no text). */
export interface DocumentSummary extends DocumentMeta {
  readonly id: number;
  /** sha256 of the text, hex. */
  readonly hash: string;
  readonly extractorVersion: string;
  readonly pageStart?: number;
  readonly pageEnd?: number;
  readonly claimCount: number;
  readonly ingestedAt: string;
}

export interface StoredDocument extends DocumentSummary {
  readonly text: string;
  readonly pages: readonly PageRange[];
}

/** A fact without its evidence (distributes over the union). */
export type FactFields = Fact extends infer F ? (F extends Fact ? Omit<F, 'evidence'> : never) : never;

/** Where a claim is stated: the document, the span and its text. */
export interface Evidence {
  readonly documentId: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** A claim as stored, with its evidence and the metadata of its document that views need. */
export interface StoredClaim {
  readonly id: number;
  readonly claim: Claim;
  readonly evidence: Evidence;
  /** True when the claim's context has at least one hedge ("reportedly", "allegedly"). */
  readonly hedged: boolean;
  readonly document: DocumentRef;
}

/** A document a claim or a view item was stated in. */
export interface DocumentRef {
  readonly id: number;
  readonly country: string;
  readonly year?: number;
  readonly kind: SourceKind;
  readonly path: string;
}

/** Filters on claims; every field narrows (AND). */
export interface ClaimFilter {
  readonly documentId?: number;
  readonly types?: readonly FactType[];
  readonly form?: Form;
  /** The subject country of the claim's document. */
  readonly documentCountry?: string;
  /** The fact mentions this country: flow from/to, role/place country, or the document's subject. */
  readonly area?: string;
  readonly from?: string;
  readonly to?: string;
  /** A flow from or to this country or region. */
  readonly endpoint?: string;
  readonly year?: number;
  readonly years?: readonly number[];
  readonly kind?: SourceKind;
  readonly sector?: string;
  readonly commodity?: string;
  readonly actor?: string;
  readonly hedged?: boolean;
  /** Only claims stated with victim words ("Malian", "refugees"). */
  readonly withVictimTerms?: boolean;
  /** Only claims attributed to a source ("an NGO reported"). */
  readonly attributed?: boolean;
  /** Case-insensitive substring of the evidence or of the fact's values (names, places, subject, commodity). */
  readonly text?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export type FacetField = 'type' | 'form' | 'sector' | 'commodity' | 'actor' | 'country' | 'year' | 'hedged' | 'kind';
export const FACET_FIELDS: readonly FacetField[] = ['type', 'form', 'sector', 'commodity', 'actor', 'country', 'year', 'hedged', 'kind'];

export interface FacetCount {
  readonly value: string;
  readonly count: number;
}

export interface DocumentFilter {
  readonly country?: string;
  readonly year?: number;
  readonly kind?: SourceKind;
  readonly sourceId?: string;
  readonly limit?: number;
  readonly offset?: number;
}

export type PutOutcome = 'inserted' | 'replaced' | 'unchanged';

export interface PutResult {
  readonly id: number;
  readonly outcome: PutOutcome;
}

/** The one storage interface: views, exports, ingest and the HTTP API depend only on this. */
export interface Store {
  readonly dialect: 'sqlite' | 'postgres';
  /** The store's URL or file, with any password redacted. */
  readonly url: string;
  /** Stores a document and its claims in one transaction; same text and claims again: unchanged. */
  putDocument(doc: DocumentInput, claims: readonly Claim[]): Promise<PutResult>;
  /** Removes the parts of a source not in `keepParts` (a whole report re-split with fewer narratives). Returns how many. */
  removeStaleParts(sourceId: string, keepParts: readonly string[]): Promise<number>;
  getDocument(id: number): Promise<StoredDocument | undefined>;
  listDocuments(filter?: DocumentFilter): Promise<readonly DocumentSummary[]>;
  countDocuments(filter?: DocumentFilter): Promise<number>;
  queryClaims(filter?: ClaimFilter): Promise<readonly StoredClaim[]>;
  countClaims(filter?: ClaimFilter): Promise<number>;
  /** Counts of matching claims by one field, most frequent first. */
  facetClaims(filter: ClaimFilter, field: FacetField, limit?: number): Promise<readonly FacetCount[]>;
  /** countClaims and facetClaims of several fields together, reading the matching claims once. */
  summarizeClaims(filter: ClaimFilter, fields: readonly FacetField[], limit?: number): Promise<ClaimSummary>;
  /** Groups matching claims in the database, in the order their first claims are seen (document id, then position). */
  groupClaims(query: GroupQuery): Promise<readonly ClaimGroup[]>;
  /** A token that changes whenever a document is stored, replaced or removed (for caches of views). */
  revision(): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL only: use (and create) this schema instead of `public`, e.g. one per test. */
  readonly schema?: string;
}

/** The default store: an SQLite file in the working directory. */
export const DEFAULT_STORE = './tip-atlas.db';

/** Opens (creating and migrating) a store: `postgres://…` is PostgreSQL, anything else an SQLite file (`sqlite:` prefix optional). */
export async function openStore(url: string = DEFAULT_STORE, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { openPostgresStore } = await import('./postgres/open-postgres-store.js');
    return openPostgresStore(url, options);
  }
  const { openSqliteStore } = await import('./sqlite/open-sqlite-store.js');
  return openSqliteStore(url.replace(/^sqlite:(\/\/)?/i, ''));
}

/** The store URL a command uses: `--db`, else DATABASE_URL, else the default SQLite file. */
export function storeUrl(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.DATABASE_URL ?? DEFAULT_STORE;
}
