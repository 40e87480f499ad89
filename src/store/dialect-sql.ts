import type { Expression, RawBuilder } from 'kysely';
import { POSTGRES_SQL } from './postgres/postgres-sql.js';
import { SQLITE_SQL } from './sqlite/sqlite-sql.js';

/** The few SQL functions whose name differs between the dialects; each dialect folder spells them. */
export interface DialectSql {
  /** The values of a group joined by `separator` (in no guaranteed order); null for no rows. */
  listAgg(value: Expression<unknown>, separator: string): RawBuilder<string | null>;
  /** The distinct values of a group joined by ',' (values must not contain ','); null for no rows. */
  distinctListAgg(value: Expression<unknown>): RawBuilder<string | null>;
}

export function dialectSql(dialect: 'sqlite' | 'postgres'): DialectSql {
  return dialect === 'postgres' ? POSTGRES_SQL : SQLITE_SQL;
}
