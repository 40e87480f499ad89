import pg from 'pg';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type { Database as Schema } from '../schema.js';
import { KyselyStore } from '../kysely-store.js';
import { createSchema, migrate, type SchemaTraits } from '../migrations.js';
import { CLAIM_TEXT_INDEX } from './claim-text-index.js';
import { redactUrl, storeError } from '../store-error.js';

export const POSTGRES_TRAITS: SchemaTraits = {
  idType: 'serial',
  idColumn: (c) => c.primaryKey(),
  realType: 'double precision',
  fullTextIndex: CLAIM_TEXT_INDEX,
};

/** Opens a PostgreSQL database (optionally one schema of it, created when missing) and migrates it. */
export async function openPostgresStore(url: string, options: { readonly schema?: string } = {}): Promise<KyselyStore> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/i.test(schema)) {
    throw storeError(url, 'opening', `schema name must be a plain identifier; got '${schema}'`);
  }
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  // an idle connection dropped (the server restarted, an administrator ended it): the pool discards
  // it and the next query opens a new one; without a listener the 'error' event would end the process
  pool.on('error', () => undefined);
  const db = new Kysely<Schema>({
    dialect: new PostgresDialect({
      pool,
      ...(schema ? { onCreateConnection: async (conn) => { await conn.executeQuery(sql`set search_path to ${sql.id(schema)}`.compile(db)); } } : {}),
    }),
  });
  try {
    if (schema) {
      const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
      try {
        await createSchema(admin, schema);
      } finally {
        await admin.destroy();
      }
    }
    await migrate(db as Kysely<unknown>, POSTGRES_TRAITS, url, undefined, schema);
  } catch (error) {
    await db.destroy().catch(() => undefined);
    throw storeError(url, 'opening the PostgreSQL database', error);
  }
  return new KyselyStore(db, 'postgres', redactUrl(url));
}
