import type { Expression, RawBuilder, SqlBool } from 'kysely';
import { POSTGRES_SQL } from './postgres/postgres-sql.js';
import { SQLITE_SQL } from './sqlite/sqlite-sql.js';

/** The few SQL functions whose name differs between the dialects; each dialect folder spells them. */
export interface DialectSql {
  /** The values of a group joined by `separator` (in no guaranteed order); null for no rows. */
  listAgg(value: Expression<unknown>, separator: string): RawBuilder<string | null>;
  /** The distinct values of a group joined by ',' (values must not contain ','); null for no rows. */
  distinctListAgg(value: Expression<unknown>): RawBuilder<string | null>;
  /** `value` contains the LIKE pattern `pattern` (lower case, `\` escapes), case-insensitively as `lower(value) like pattern`. */
  containsLike(value: Expression<unknown>, pattern: string): RawBuilder<SqlBool>;
  /** `value in (ids)` with the ids as one parameter (a list of thousands of ids costs a parameter each to build, compile and bind). */
  idIn(value: Expression<unknown>, ids: readonly number[]): RawBuilder<SqlBool>;
  /**
   * A condition on the claim that keeps every claim whose searched columns contain `text` (and may keep
   * others), answered from the dialect's full-text index (migration 0007); undefined when it cannot narrow.
   */
  textPrefilter(text: string): Expression<SqlBool> | undefined;
}

export function dialectSql(dialect: 'sqlite' | 'postgres'): DialectSql {
  return dialect === 'postgres' ? POSTGRES_SQL : SQLITE_SQL;
}
