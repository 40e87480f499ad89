import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database as Schema } from '../schema.js';
import { KyselyStore } from '../kysely-store.js';
import { migrate, type SchemaTraits } from '../migrations.js';
import { storeError } from '../store-error.js';

export const SQLITE_TRAITS: SchemaTraits = {
  idType: 'integer',
  idColumn: (c) => c.primaryKey().autoIncrement(),
  realType: 'real',
};

/** Opens an SQLite file (`:memory:` for a throwaway store) in WAL mode and migrates it. */
export async function openSqliteStore(file: string): Promise<KyselyStore> {
  let database: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    database = new Database(file);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
    database.pragma('busy_timeout = 5000');
  } catch (error) {
    throw storeError(file, 'opening the SQLite file', error);
  }
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database }) });
  try {
    await migrate(db as Kysely<unknown>, SQLITE_TRAITS, file);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, 'sqlite', file);
}
