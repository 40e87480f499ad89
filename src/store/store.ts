import type { Claim } from '../extract/claim.js';
import type { Fact, FactType, Form } from '../facts/fact.js';
import type { PageRange, ReaderKind } from '../read/source-document.js';

/** Where a report comes from: the TIP report, a Human Rights Report, a Factbook entry, or something else. */
export type SourceKind = 'tip' | 'hrr' | 'factbook' | 'other';
export const SOURCE_KINDS: readonly SourceKind[] = ['tip', 'hrr', 'factbook', 'other'];

/** A document to store: its text and metadata; `claims` index `text`. */
export interface DocumentInput {
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
  readonly pages: readonly PageRange[];
  readonly text: string;
}

/** A document's metadata as stored (no text). */
export interface DocumentSummary {
  readonly id: number;
  readonly sourceId: string;
  readonly part: string;
  readonly path: string;
  readonly country: string;
  readonly year?: number;
  readonly kind: SourceKind;
  readonly title?: string;
  /** sha256 of the text, hex. */
  readonly hash: string;
  readonly reader: ReaderKind;
  readonly bytes: number;
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
  readonly document: { readonly id: number; readonly country: string; readonly year?: number; readonly kind: SourceKind; readonly path: string };
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
  readonly year?: number;
  readonly years?: readonly number[];
  readonly kind?: SourceKind;
  readonly sector?: string;
  readonly commodity?: string;
  readonly actor?: string;
  readonly hedged?: boolean;
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
