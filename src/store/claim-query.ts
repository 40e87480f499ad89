/** The SQL building blocks shared by the store's queries: filters as WHERE clauses, rows as results. */
import { sql, type Expression, type ExpressionBuilder, type Selectable, type SqlBool } from 'kysely';
import type { ReaderKind } from '../read/source-document.js';
import { rowClaim } from './claim-row.js';
import type { ClaimsTable, Database, DocumentsTable } from './schema.js';
import type { DialectSql } from './dialect-sql.js';
import type { ClaimFilter, DocumentFilter, DocumentRef, DocumentSummary, SourceKind, StoredClaim } from './store.js';

export type ClaimEB = ExpressionBuilder<Database, 'claims' | 'documents'>;

/** The document columns a claim query selects beside the claim's. */
export const DOCUMENT_REF_COLUMNS = ['documents.country as doc_country', 'documents.year as doc_year', 'documents.kind as doc_kind', 'documents.path as doc_path'] as const;

export interface DocumentRefRow {
  readonly doc_country: string;
  readonly doc_year: number | null;
  readonly doc_kind: string;
  readonly doc_path: string;
}

export function documentRef(id: number, r: DocumentRefRow): DocumentRef {
  return { id, country: r.doc_country, ...(r.doc_year !== null ? { year: r.doc_year } : {}), kind: r.doc_kind as SourceKind, path: r.doc_path };
}

export function summary(r: Omit<Selectable<DocumentsTable>, 'text' | 'pages' | 'claims_hash'>): DocumentSummary {
  return {
    id: r.id, sourceId: r.source_id, part: r.part, path: r.path, country: r.country,
    ...(r.year !== null ? { year: r.year } : {}), kind: r.kind as SourceKind,
    ...(r.title !== null ? { title: r.title } : {}), hash: r.hash, extractorVersion: r.extractor_version, reader: r.reader as ReaderKind, bytes: r.bytes,
    ...(r.page_start !== null ? { pageStart: r.page_start } : {}), ...(r.page_end !== null ? { pageEnd: r.page_end } : {}),
    claimCount: r.claim_count, ingestedAt: r.ingested_at,
  };
}

type ClaimRowFields = Pick<Selectable<ClaimsTable>, 'id' | 'document_id' | 'span_start' | 'span_end' | 'evidence' | 'hedged'> & Parameters<typeof rowClaim>[0];

export function storedClaim(r: ClaimRowFields & DocumentRefRow): StoredClaim {
  return {
    id: Number(r.id),
    claim: rowClaim(r),
    evidence: { documentId: r.document_id, start: r.span_start, end: r.span_end, text: r.evidence },
    hedged: Number(r.hedged) === 1,
    document: documentRef(r.document_id, r),
  };
}

export function documentWhere(eb: ExpressionBuilder<Database, 'documents'>, f: DocumentFilter): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [];
  if (f.country !== undefined) c.push(eb('documents.country', '=', f.country));
  if (f.year !== undefined) c.push(eb('documents.year', '=', f.year));
  if (f.kind !== undefined) c.push(eb('documents.kind', '=', f.kind));
  if (f.sourceId !== undefined) c.push(eb('documents.source_id', '=', f.sourceId));
  return eb.and(c);
}

/** `%text%` for a case-insensitive LIKE, with LIKE's wildcards escaped. */
export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/** `lower(col) like '%word%'` for any of the words. */
export function containsAny(eb: ClaimEB, col: 'claims.evidence', words: readonly string[]): Expression<SqlBool> {
  return eb.or(words.map((w) => sql<SqlBool>`lower(${eb.ref(col)}) like ${likePattern(w)} escape '\\'`));
}

/**
 * The WHERE of a claim filter. With the dialect's SQL (`dsql`), a text filter first narrows the claims
 * with the dialect's full-text index, and is spelled the dialect's cheapest way; the rows are the same.
 */
export function claimWhere(eb: ClaimEB, f: ClaimFilter, dsql?: DialectSql): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [];
  if (f.documentId !== undefined) c.push(eb('claims.document_id', '=', f.documentId));
  if (f.types !== undefined && f.types.length) c.push(eb('claims.type', 'in', [...f.types]));
  if (f.form !== undefined) c.push(eb('claims.form', '=', f.form));
  if (f.documentCountry !== undefined) c.push(eb('documents.country', '=', f.documentCountry));
  if (f.area !== undefined) {
    c.push(eb.or([eb('claims.from_area', '=', f.area), eb('claims.to_area', '=', f.area), eb('claims.country', '=', f.area), eb('documents.country', '=', f.area)]));
  }
  if (f.from !== undefined) c.push(eb('claims.from_area', '=', f.from));
  if (f.to !== undefined) c.push(eb('claims.to_area', '=', f.to));
  if (f.endpoint !== undefined) c.push(eb.or([eb('claims.from_area', '=', f.endpoint), eb('claims.to_area', '=', f.endpoint)]));
  if (f.year !== undefined) c.push(eb('documents.year', '=', f.year));
  if (f.years !== undefined) c.push(f.years.length ? eb('documents.year', 'in', [...f.years]) : eb.lit(false).$castTo<SqlBool>());
  if (f.kind !== undefined) c.push(eb('documents.kind', '=', f.kind));
  if (f.sector !== undefined) c.push(eb('claims.sector', '=', f.sector));
  if (f.commodity !== undefined) c.push(eb('claims.commodity', '=', f.commodity));
  if (f.actor !== undefined) c.push(eb('claims.actor', '=', f.actor));
  if (f.hedged !== undefined) c.push(eb('claims.hedged', '=', f.hedged ? 1 : 0));
  if (f.withVictimTerms) c.push(eb('claims.victim_terms', '<>', ''));
  if (f.attributed) c.push(eb('claims.source_key', 'is not', null));
  if (f.text !== undefined && f.text !== '') {
    const p = likePattern(f.text);
    const cols = ['claims.evidence', 'claims.commodity', 'claims.name', 'claims.place', 'claims.subject', 'claims.sector', 'claims.form'] as const;
    const narrowed = dsql?.textPrefilter(f.text);
    if (narrowed) c.push(narrowed);
    c.push(eb.or(cols.map((col) => (dsql ? dsql.containsLike(eb.ref(col), p) : sql<SqlBool>`lower(${eb.ref(col)}) like ${p} escape '\\'`))));
  }
  return eb.and(c);
}
