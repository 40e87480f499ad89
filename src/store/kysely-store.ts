import { createHash } from 'node:crypto';
import { sql, type ExpressionBuilder, type Expression, type Kysely, type SqlBool, type Selectable } from 'kysely';
import type { Claim } from '../extract/claim.js';
import type { PageRange, ReaderKind } from '../read/source-document.js';
import type { ClaimsTable, Database, DocumentsTable } from './schema.js';
import type {
  ClaimFilter, DocumentFilter, DocumentInput, DocumentSummary, FacetCount, FacetField, PutResult,
  SourceKind, Store, StoredClaim, StoredDocument,
} from './store.js';
import { claimRow, rowClaim } from './claim-row.js';
import { storeError } from './store-error.js';

const CLAIM_BATCH = 200;

type EB = ExpressionBuilder<Database, 'claims' | 'documents'>;

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The Store over Kysely: the same SQL for SQLite and PostgreSQL; dialect folders only open the connection. */
export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: 'sqlite' | 'postgres',
    readonly url: string,
  ) {}

  async putDocument(doc: DocumentInput, claims: readonly Claim[]): Promise<PutResult> {
    const hash = sha256(doc.text);
    const { text: _text, sourceId: _s, part: _p, ...meta } = doc;
    const claimsHash = sha256(JSON.stringify([meta, claims]));
    const pageNumbers = doc.pages.map((p) => p.page);
    const row = {
      source_id: doc.sourceId, part: doc.part, path: doc.path, country: doc.country, year: doc.year ?? null,
      kind: doc.kind, title: doc.title ?? null, hash, claims_hash: claimsHash, reader: doc.reader, bytes: doc.bytes,
      page_start: pageNumbers.length ? Math.min(...pageNumbers) : null,
      page_end: pageNumbers.length ? Math.max(...pageNumbers) : null,
      pages: JSON.stringify(doc.pages), text: doc.text, claim_count: claims.length, ingested_at: new Date().toISOString(),
    };
    try {
      return await this.db.transaction().execute(async (trx) => {
        const old = await trx.selectFrom('documents').select(['id', 'hash', 'claims_hash'])
          .where('source_id', '=', doc.sourceId).where('part', '=', doc.part).executeTakeFirst();
        if (old && old.hash === hash && old.claims_hash === claimsHash) return { id: old.id, outcome: 'unchanged' as const };
        let id: number;
        if (old) {
          id = old.id;
          await trx.deleteFrom('claims').where('document_id', '=', id).execute();
          await trx.updateTable('documents').set(row).where('id', '=', id).execute();
        } else {
          id = Number((await trx.insertInto('documents').values(row).returning('id').executeTakeFirstOrThrow()).id);
        }
        for (let i = 0; i < claims.length; i += CLAIM_BATCH) {
          const rows = claims.slice(i, i + CLAIM_BATCH).map((c, j) => claimRow(c, doc.text, id, i + j));
          await trx.insertInto('claims').values(rows).execute();
        }
        return { id, outcome: old ? ('replaced' as const) : ('inserted' as const) };
      });
    } catch (error) {
      throw storeError(this.url, `storing ${doc.path}${doc.part ? ` (${doc.part})` : ''}`, error);
    }
  }

  async removeStaleParts(sourceId: string, keepParts: readonly string[]): Promise<number> {
    return this.#run('removing stale parts', async () => {
      const ids = (await this.db.selectFrom('documents').select('id').where('source_id', '=', sourceId)
        .$if(keepParts.length > 0, (s) => s.where('part', 'not in', [...keepParts])).execute()).map((r) => r.id);
      if (ids.length === 0) return 0;
      await this.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('claims').where('document_id', 'in', ids).execute();
        await trx.deleteFrom('documents').where('id', 'in', ids).execute();
      });
      return ids.length;
    });
  }

  async getDocument(id: number): Promise<StoredDocument | undefined> {
    return this.#run(`reading document ${id}`, async () => {
      const r = await this.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
      return r ? { ...summary(r), text: r.text, pages: JSON.parse(r.pages) as PageRange[] } : undefined;
    });
  }

  async listDocuments(filter: DocumentFilter = {}): Promise<readonly DocumentSummary[]> {
    return this.#run('listing documents', async () => {
      const rows = await this.db.selectFrom('documents')
        .select(['id', 'source_id', 'part', 'path', 'country', 'year', 'kind', 'title', 'hash', 'reader', 'bytes', 'page_start', 'page_end', 'claim_count', 'ingested_at'])
        .where((eb) => documentWhere(eb, filter))
        .orderBy('path').orderBy('part').orderBy('id')
        .$if(filter.limit !== undefined, (q) => q.limit(filter.limit!))
        .$if(filter.offset !== undefined, (q) => q.offset(filter.offset!).$if(filter.limit === undefined, (q2) => q2.limit(1e9)))
        .execute();
      return rows.map(summary);
    });
  }

  async countDocuments(filter: DocumentFilter = {}): Promise<number> {
    return this.#run('counting documents', async () => {
      const r = await this.db.selectFrom('documents').select((eb) => eb.fn.countAll().as('n'))
        .where((eb) => documentWhere(eb, filter)).executeTakeFirstOrThrow();
      return Number(r.n);
    });
  }

  async queryClaims(filter: ClaimFilter = {}): Promise<readonly StoredClaim[]> {
    return this.#run('querying claims', async () => {
      const rows = await this.db.selectFrom('claims')
        .innerJoin('documents', 'documents.id', 'claims.document_id')
        .selectAll('claims')
        .select(['documents.country as doc_country', 'documents.year as doc_year', 'documents.kind as doc_kind', 'documents.path as doc_path'])
        .where((eb) => claimWhere(eb, filter))
        .orderBy('claims.document_id').orderBy('claims.ord')
        .$if(filter.limit !== undefined, (q) => q.limit(filter.limit!))
        .$if(filter.offset !== undefined, (q) => q.offset(filter.offset!).$if(filter.limit === undefined, (q2) => q2.limit(1e9)))
        .execute();
      return rows.map((r) => storedClaim(r));
    });
  }

  async countClaims(filter: ClaimFilter = {}): Promise<number> {
    return this.#run('counting claims', async () => {
      const r = await this.db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id')
        .select((eb) => eb.fn.countAll().as('n')).where((eb) => claimWhere(eb, filter)).executeTakeFirstOrThrow();
      return Number(r.n);
    });
  }

  async facetClaims(filter: ClaimFilter, field: FacetField, limit = 50): Promise<readonly FacetCount[]> {
    return this.#run(`faceting claims by ${field}`, async () => {
      const col = FACET_COLUMNS[field];
      const rows = await this.db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id')
        .select((eb) => [eb.ref(col).as('value'), eb.fn.countAll().as('n')])
        .where((eb) => eb.and([claimWhere(eb, filter), eb(col, 'is not', null)]))
        .groupBy(col).orderBy('n', 'desc').orderBy(col).limit(limit).execute();
      return rows.map((r) => ({ value: field === 'hedged' ? String(Number(r.value) === 1) : String(r.value), count: Number(r.n) }));
    });
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  async #run<T>(operation: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw storeError(this.url, operation, error);
    }
  }
}

const FACET_COLUMNS = {
  type: 'claims.type', form: 'claims.form', sector: 'claims.sector', commodity: 'claims.commodity', actor: 'claims.actor',
  country: 'documents.country', year: 'documents.year', hedged: 'claims.hedged', kind: 'documents.kind',
} as const;

function summary(r: Omit<Selectable<DocumentsTable>, 'text' | 'pages' | 'claims_hash'>): DocumentSummary {
  return {
    id: r.id, sourceId: r.source_id, part: r.part, path: r.path, country: r.country,
    ...(r.year !== null ? { year: r.year } : {}), kind: r.kind as SourceKind,
    ...(r.title !== null ? { title: r.title } : {}), hash: r.hash, reader: r.reader as ReaderKind, bytes: r.bytes,
    ...(r.page_start !== null ? { pageStart: r.page_start } : {}), ...(r.page_end !== null ? { pageEnd: r.page_end } : {}),
    claimCount: r.claim_count, ingestedAt: r.ingested_at,
  };
}

function storedClaim(r: Selectable<ClaimsTable> & { doc_country: string; doc_year: number | null; doc_kind: string; doc_path: string }): StoredClaim {
  return {
    id: r.id,
    claim: rowClaim(r),
    evidence: { documentId: r.document_id, start: r.span_start, end: r.span_end, text: r.evidence },
    hedged: Number(r.hedged) === 1,
    document: { id: r.document_id, country: r.doc_country, ...(r.doc_year !== null ? { year: r.doc_year } : {}), kind: r.doc_kind as SourceKind, path: r.doc_path },
  };
}

function documentWhere(eb: ExpressionBuilder<Database, 'documents'>, f: DocumentFilter): Expression<SqlBool> {
  const c: Expression<SqlBool>[] = [];
  if (f.country !== undefined) c.push(eb('documents.country', '=', f.country));
  if (f.year !== undefined) c.push(eb('documents.year', '=', f.year));
  if (f.kind !== undefined) c.push(eb('documents.kind', '=', f.kind));
  if (f.sourceId !== undefined) c.push(eb('documents.source_id', '=', f.sourceId));
  return eb.and(c);
}

/** `%text%` for a case-insensitive LIKE, with LIKE's wildcards escaped. */
function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

function claimWhere(eb: EB, f: ClaimFilter): Expression<SqlBool> {
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
  if (f.year !== undefined) c.push(eb('documents.year', '=', f.year));
  if (f.years !== undefined) c.push(f.years.length ? eb('documents.year', 'in', [...f.years]) : eb.lit(false).$castTo<SqlBool>());
  if (f.kind !== undefined) c.push(eb('documents.kind', '=', f.kind));
  if (f.sector !== undefined) c.push(eb('claims.sector', '=', f.sector));
  if (f.commodity !== undefined) c.push(eb('claims.commodity', '=', f.commodity));
  if (f.actor !== undefined) c.push(eb('claims.actor', '=', f.actor));
  if (f.hedged !== undefined) c.push(eb('claims.hedged', '=', f.hedged ? 1 : 0));
  if (f.text !== undefined && f.text !== '') {
    const p = likePattern(f.text);
    const cols = ['claims.evidence', 'claims.commodity', 'claims.name', 'claims.place', 'claims.subject', 'claims.sector', 'claims.form'] as const;
    c.push(eb.or(cols.map((col) => sql<SqlBool>`lower(${eb.ref(col)}) like ${p} escape '\\'`)));
  }
  return eb.and(c);
}
