import type { Insertable, Kysely } from 'kysely';
import type { Claim } from '../extract/claim.js';
import type { PageRange } from '../read/source-document.js';
import type { ClaimsTable, Database } from './schema.js';
import type {
  ClaimFilter, ClaimGroup, DocumentFilter, DocumentInput, DocumentSummary, FacetCount, FacetField, GroupQuery, PutResult,
  Store, StoredClaim, StoredDocument,
} from './store.js';
import { claimRows } from './claim-row.js';
import { claimWhere, DOCUMENT_REF_COLUMNS, documentWhere, storedClaim, summary } from './claim-query.js';
import { groupClaimsQuery } from './claim-groups.js';
import { FACET_COLUMNS, summarizeClaims, type ClaimSummary } from './claim-summary.js';
import { dialectSql, type DialectSql } from './dialect-sql.js';
import { sha256 } from './content-hash.js';
import { storeError } from './store-error.js';


const CLAIM_BATCH = 200;

/** One document's claims in order: claim ids then grow with `ord` inside a document (claim-groups relies on it). */
async function insertClaims(trx: Kysely<Database>, rows: readonly Insertable<ClaimsTable>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CLAIM_BATCH) await trx.insertInto('claims').values(rows.slice(i, i + CLAIM_BATCH)).execute();
}

/**
 * Counts a write: the last statement of a document transaction. The row stays locked until commit on
 * PostgreSQL (writers queue there only for their commit), and readers see the new revision exactly when
 * they can see the write.
 */
async function bumpRevision(trx: Kysely<Database>): Promise<void> {
  // An upsert: a store whose revision row went missing gets it back instead of never changing its revision again.
  await trx.insertInto('store_revision').values({ id: 1, revision: 1 })
    .onConflict((oc) => oc.column('id').doUpdateSet((eb) => ({ revision: eb('store_revision.revision', '+', 1) }))).execute();
}

/** The Store over Kysely: the same SQL for SQLite and PostgreSQL; dialect folders only open the connection. */
export class KyselyStore implements Store {
  readonly #dsql: DialectSql;

  constructor(
    readonly db: Kysely<Database>,
    readonly dialect: 'sqlite' | 'postgres',
    readonly url: string,
  ) {
    this.#dsql = dialectSql(dialect);
  }

  async putDocument(doc: DocumentInput, claims: readonly Claim[]): Promise<PutResult> {
    const hash = sha256(doc.text);
    // The extractor version is bookkeeping, not content: the same text and claims under a new version stay unchanged.
    const { text: _text, sourceId: _s, part: _p, extractorVersion: _v, ...meta } = doc;
    const claimsHash = sha256(JSON.stringify([meta, claims]));
    const pageNumbers = doc.pages.map((p) => p.page);
    const row = {
      source_id: doc.sourceId, part: doc.part, path: doc.path, country: doc.country, year: doc.year ?? null,
      kind: doc.kind, title: doc.title ?? null, hash, claims_hash: claimsHash, reader: doc.reader, bytes: doc.bytes,
      page_start: pageNumbers.length ? Math.min(...pageNumbers) : null,
      page_end: pageNumbers.length ? Math.max(...pageNumbers) : null,
      pages: JSON.stringify(doc.pages), text: doc.text, claim_count: claims.length, ingested_at: new Date().toISOString(),
      extractor_version: doc.extractorVersion ?? '',
    };
    try {
      return await this.db.transaction().execute(async (trx) => {
        // Another session may store the same document at the same time (two ingests of one folder). PostgreSQL:
        // the row is locked until commit, and an insert that loses the race finds the winner's row instead.
        // SQLite: transactions begin IMMEDIATE, so sessions never overlap.
        const find = () => trx.selectFrom('documents').select(['id', 'hash', 'claims_hash', 'extractor_version'])
          .where('source_id', '=', doc.sourceId).where('part', '=', doc.part)
          .$if(this.dialect === 'postgres', (q) => q.forUpdate()).executeTakeFirst();
        let old = await find();
        if (!old) {
          const inserted = await trx.insertInto('documents').values(row)
            .onConflict((oc) => oc.columns(['source_id', 'part']).doNothing()).returning('id').executeTakeFirst();
          if (inserted) {
            const id = Number(inserted.id);
            await insertClaims(trx, claimRows(claims, doc.text, id));
            await bumpRevision(trx);
            return { id, outcome: 'inserted' as const };
          }
          old = await find();
          if (!old) throw new Error(`document ${doc.sourceId} (${doc.part || 'whole'}) neither inserted nor found`);
        }
        if (old.hash === hash && old.claims_hash === claimsHash) {
          if (doc.extractorVersion !== undefined && old.extractor_version !== doc.extractorVersion) {
            await trx.updateTable('documents').set({ extractor_version: doc.extractorVersion }).where('id', '=', old.id).execute();
            await bumpRevision(trx);
          }
          return { id: old.id, outcome: 'unchanged' as const };
        }
        const id = old.id;
        await trx.deleteFrom('claims').where('document_id', '=', id).execute();
        await trx.updateTable('documents').set(row).where('id', '=', id).execute();
        await insertClaims(trx, claimRows(claims, doc.text, id));
        await bumpRevision(trx);
        return { id, outcome: 'replaced' as const };
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
        await bumpRevision(trx);
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
        .select(['id', 'source_id', 'part', 'path', 'country', 'year', 'kind', 'title', 'hash', 'reader', 'bytes', 'page_start', 'page_end', 'claim_count', 'ingested_at', 'extractor_version'])
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
        .select(DOCUMENT_REF_COLUMNS)
        .where((eb) => claimWhere(eb, filter, this.#dsql))
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
        .select((eb) => eb.fn.countAll().as('n')).where((eb) => claimWhere(eb, filter, this.#dsql)).executeTakeFirstOrThrow();
      return Number(r.n);
    });
  }

  async facetClaims(filter: ClaimFilter, field: FacetField, limit = 50): Promise<readonly FacetCount[]> {
    return this.#run(`faceting claims by ${field}`, async () => {
      const col = FACET_COLUMNS[field];
      const rows = await this.db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id')
        .select((eb) => [eb.ref(col).as('value'), eb.fn.countAll().as('n')])
        .where((eb) => eb.and([claimWhere(eb, filter, this.#dsql), eb(col, 'is not', null)]))
        .groupBy(col).orderBy('n', 'desc').orderBy(col).limit(limit).execute();
      return rows.map((r) => ({ value: field === 'hedged' ? String(Number(r.value) === 1) : String(r.value), count: Number(r.n) }));
    });
  }

  async summarizeClaims(filter: ClaimFilter, fields: readonly FacetField[], limit = 50): Promise<ClaimSummary> {
    return this.#run('summarizing claims', () => summarizeClaims(this.db, filter, fields, limit, this.#dsql));
  }

  async groupClaims(query: GroupQuery): Promise<readonly ClaimGroup[]> {
    return this.#run(`grouping claims by ${query.by}`, () => groupClaimsQuery(this.db, this.#dsql, query));
  }

  async revision(): Promise<string> {
    return this.#run('reading the revision', async () => {
      const r = await this.db.selectFrom('store_revision').select('revision').where('id', '=', 1).executeTakeFirst();
      return String(r?.revision ?? 0);
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
