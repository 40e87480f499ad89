import { Migrator, sql, type Kysely, type Migration, type MigrationProvider, type ColumnDefinitionBuilder } from 'kysely';
import { storeError } from './store-error.js';
import type { Database } from './schema.js';
import { derivedColumns, rowClaim } from './claim-row.js';

/** What differs between dialects in the schema: how an auto-increment primary key is declared. */
export interface SchemaTraits {
  readonly idType: 'integer' | 'serial';
  readonly idColumn: (col: ColumnDefinitionBuilder) => ColumnDefinitionBuilder;
  readonly realType: 'real' | 'double precision';
  /** An index of the text claim searches look in (SQLite: created by migration 0005, dropped by 0006). */
  readonly claimTextIndex?: {
    up(db: Kysely<unknown>): Promise<void>;
    down(db: Kysely<unknown>): Promise<void>;
  };
  /** The full-text index of claim text searches use (migration 0007; see each dialect's claim-text-index.ts). */
  readonly fullTextIndex: {
    up(db: Kysely<unknown>): Promise<void>;
    down(db: Kysely<unknown>): Promise<void>;
  };
}

/** The schema's migrations, in order. Add new ones with a new key; never edit a released one. */
function migrations(traits: SchemaTraits): Record<string, Migration> {
  return {
    '0001_documents_and_claims': {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable('documents')
          .addColumn('id', traits.idType, traits.idColumn)
          .addColumn('source_id', 'text', (c) => c.notNull())
          .addColumn('part', 'text', (c) => c.notNull())
          .addColumn('path', 'text', (c) => c.notNull())
          .addColumn('country', 'text', (c) => c.notNull())
          .addColumn('year', 'integer')
          .addColumn('kind', 'text', (c) => c.notNull())
          .addColumn('title', 'text')
          .addColumn('hash', 'text', (c) => c.notNull())
          .addColumn('claims_hash', 'text', (c) => c.notNull())
          .addColumn('reader', 'text', (c) => c.notNull())
          .addColumn('bytes', 'integer', (c) => c.notNull())
          .addColumn('page_start', 'integer')
          .addColumn('page_end', 'integer')
          .addColumn('pages', 'text', (c) => c.notNull())
          .addColumn('text', 'text', (c) => c.notNull())
          .addColumn('claim_count', 'integer', (c) => c.notNull())
          .addColumn('ingested_at', 'text', (c) => c.notNull())
          .addUniqueConstraint('documents_source_part', ['source_id', 'part'])
          .execute();
        await db.schema.createIndex('documents_country_year').on('documents').columns(['country', 'year']).execute();
        let claims = db.schema
          .createTable('claims')
          .addColumn('id', traits.idType, traits.idColumn)
          .addColumn('document_id', 'integer', (c) => c.notNull().references('documents.id').onDelete('cascade'))
          .addColumn('ord', 'integer', (c) => c.notNull())
          .addColumn('type', 'text', (c) => c.notNull());
        for (const col of ['form', 'from_area', 'to_area', 'country', 'role', 'sex', 'age', 'sector', 'commodity', 'actor', 'name', 'place', 'qualifier', 'subject']) {
          claims = claims.addColumn(col, 'text');
        }
        await claims
          .addColumn('value', traits.realType)
          .addColumn('stat_year', 'integer')
          .addColumn('rule_id', 'text', (c) => c.notNull())
          .addColumn('span_start', 'integer', (c) => c.notNull())
          .addColumn('span_end', 'integer', (c) => c.notNull())
          .addColumn('evidence', 'text', (c) => c.notNull())
          .addColumn('hedged', 'integer', (c) => c.notNull())
          .addColumn('context', 'text', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('claims_document').on('claims').columns(['document_id', 'ord']).execute();
        await db.schema.createIndex('claims_type_flow').on('claims').columns(['type', 'from_area', 'to_area']).execute();
        await db.schema.createIndex('claims_type_country').on('claims').columns(['type', 'country']).execute();
        await db.schema.createIndex('claims_form').on('claims').columns(['form']).execute();
        await db.schema.createIndex('claims_commodity').on('claims').columns(['commodity']).execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('claims').execute();
        await db.schema.dropTable('documents').execute();
      },
    },
    '0002_grouping_columns_and_extractor_version': {
      async up(db: Kysely<unknown>) {
        await db.schema.alterTable('documents').addColumn('extractor_version', 'text', (c) => c.notNull().defaultTo('')).execute();
        await db.schema.alterTable('claims').addColumn('fact_key', 'text', (c) => c.notNull().defaultTo('')).execute();
        await db.schema.alterTable('claims').addColumn('victim_terms', 'text', (c) => c.notNull().defaultTo('')).execute();
        await db.schema.alterTable('claims').addColumn('source_key', 'text').execute();
        await db.schema.alterTable('claims').addColumn('overlapping_victims', 'text', (c) => c.notNull().defaultTo('')).execute();
        await backfillDerivedColumns(db as unknown as Kysely<Database>);
        // Flows are grouped by (from, to) over every flow claim: an index that covers the whole aggregate.
        await db.schema.dropIndex('claims_type_flow').execute();
        await db.schema.createIndex('claims_flow_cover').on('claims')
          .columns(['type', 'from_area', 'to_area', 'document_id', 'hedged', 'form', 'victim_terms', 'overlapping_victims']).execute();
        await db.schema.createIndex('claims_type_to').on('claims').columns(['type', 'to_area']).execute();
        await db.schema.createIndex('claims_document_type').on('claims').columns(['document_id', 'type']).execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('claims_document_type').execute();
        await db.schema.dropIndex('claims_type_to').execute();
        await db.schema.dropIndex('claims_flow_cover').execute();
        await db.schema.createIndex('claims_type_flow').on('claims').columns(['type', 'from_area', 'to_area']).execute();
        for (const col of ['overlapping_victims', 'source_key', 'victim_terms', 'fact_key']) await db.schema.alterTable('claims').dropColumn(col).execute();
        await db.schema.alterTable('documents').dropColumn('extractor_version').execute();
      },
    },
    '0003_documents_ingested_at': {
      // Store.revision() reads max(ingested_at) on every cached API request: without an index, SQLite walks every document's text to reach it.
      async up(db: Kysely<unknown>) {
        await db.schema.createIndex('documents_ingested_at').on('documents').column('ingested_at').execute();
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropIndex('documents_ingested_at').execute();
      },
    },
    '0004_store_revision': {
      // One row counting writes: every document transaction bumps it just before commit, so Store.revision()
      // is a primary-key read that changes whatever process (or machine) wrote, exactly when the write is visible.
      async up(db: Kysely<unknown>) {
        await db.schema.createTable('store_revision')
          .addColumn('id', 'integer', (c) => c.primaryKey())
          .addColumn('revision', 'bigint', (c) => c.notNull())
          .execute();
        await sql`insert into store_revision (id, revision) values (1, 0)`.execute(db);
      },
      async down(db: Kysely<unknown>) {
        await db.schema.dropTable('store_revision').execute();
      },
    },
    '0005_claim_text_index': {
      async up(db: Kysely<unknown>) {
        await traits.claimTextIndex?.up(db);
      },
      async down(db: Kysely<unknown>) {
        await traits.claimTextIndex?.down(db);
      },
    },
    '0006_drop_claim_text_index': {
      // Measured on the corpus: the index saved 10-20 ms per uncached search and cost 10-20% of an ingest.
      async up(db: Kysely<unknown>) {
        await traits.claimTextIndex?.down(db);
      },
      async down(db: Kysely<unknown>) {
        await traits.claimTextIndex?.up(db);
      },
    },
    '0007_full_text_index': {
      // Searches that differ each time (no cached answer) read every claim without an index, and fell
      // behind under load (issue 13): SQLite FTS5 trigrams, PostgreSQL a pg_trgm GIN index where available.
      async up(db: Kysely<unknown>) {
        await traits.fullTextIndex.up(db);
      },
      async down(db: Kysely<unknown>) {
        await traits.fullTextIndex.down(db);
      },
    },
  };
}

/** Computes the grouping columns of claims stored before they existed, one document at a time (one transaction). */
async function backfillDerivedColumns(db: Kysely<Database>): Promise<void> {
  const fill = async (trx: Kysely<Database>) => {
    const ids = (await trx.selectFrom('documents').select('id').orderBy('id').execute()).map((d) => d.id);
    for (const id of ids) {
      const rows = await trx.selectFrom('claims').selectAll().where('document_id', '=', id).orderBy('ord').execute();
      const derived = derivedColumns(rows.map(rowClaim));
      for (let i = 0; i < rows.length; i++) await trx.updateTable('claims').set(derived[i]).where('id', '=', rows[i].id).execute();
    }
  };
  await (db.isTransaction ? fill(db) : db.transaction().execute(fill));
}

/**
 * Brings the schema up to date (or to the migration `target`, for tests of later migrations); runs on every open.
 * `schema`: the PostgreSQL schema the store lives in, so that the migration tables are looked for there
 * and not in another schema of the database (public) that holds a store too.
 */
export async function migrate(db: Kysely<unknown>, traits: SchemaTraits, url: string, target?: string, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrations(traits) };
  const migrator = new Migrator({ db, provider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await (target === undefined ? migrator.migrateToLatest() : migrator.migrateTo(target));
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw storeError(url, `migration ${failed}`, error);
  }
}

/**
 * Used by the PostgreSQL dialect to make sure a test schema exists before migrating into it. Two
 * processes creating it at once can both pass "if not exists" and one then fails on the catalog's
 * unique index (23505) or as a duplicate schema (42P06): the schema exists either way.
 */
export async function createSchema(db: Kysely<unknown>, schema: string): Promise<void> {
  try {
    await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code !== '23505' && code !== '42P06') throw error;
  }
}
