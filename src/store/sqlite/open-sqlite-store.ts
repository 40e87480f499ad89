import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteAdapter, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type DialectAdapter } from 'kysely';
import type { Database as Schema } from '../schema.js';
import { KyselyStore } from '../kysely-store.js';
import { migrate, type SchemaTraits } from '../migrations.js';
import { storeError } from '../store-error.js';
import { CLAIM_TEXT_INDEX } from './claim-text-index.js';

export const SQLITE_TRAITS: SchemaTraits = {
  idType: 'integer',
  idColumn: (c) => c.primaryKey().autoIncrement(),
  realType: 'real',
  claimTextIndex: CLAIM_TEXT_INDEX,
  fullTextIndex: CLAIM_TEXT_INDEX,
};

/**
 * How long a writer waits for another process's write transaction to end before giving up
 * ("database is locked"). Each document is one short transaction, so waits are short; the margin
 * is for a loaded machine.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 30_000;

/**
 * Transactions begin with BEGIN IMMEDIATE: the write lock is taken (waiting up to the busy timeout)
 * before the first read. A deferred BEGIN reads first and then upgrades to a writer, and SQLite
 * refuses that upgrade at once (SQLITE_BUSY, no waiting) when another process committed in
 * between: two ingests on one file then lose documents with "database is locked".
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite has transactional DDL: migrations then run in one BEGIN IMMEDIATE transaction, so two processes opening a new file migrate it once. */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

class SafeSqliteDialect extends SqliteDialect {
  constructor(private readonly database: Database.Database) {
    super({ database });
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.database });
  }
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter();
  }
}

/** Opens an SQLite file (`:memory:` for a throwaway store) in WAL mode and migrates it; safe for several processes at once. */
export async function openSqliteStore(file: string): Promise<KyselyStore> {
  let database: Database.Database;
  try {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    database = new Database(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    // The busy timeout first: switching to WAL needs a lock another process may hold.
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    throw storeError(file, 'opening the SQLite file', error);
  }
  const db = new Kysely<Schema>({ dialect: new SafeSqliteDialect(database) });
  try {
    await migrate(db as Kysely<unknown>, SQLITE_TRAITS, file);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyStore(db, 'sqlite', file);
}
