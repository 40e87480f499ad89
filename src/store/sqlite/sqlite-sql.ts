import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectSql } from '../dialect-sql.js';
import { claimTextPrefilter } from './claim-text-index.js';

/** SQLite's spelling of the SQL the shared queries need beyond the standard. */
export const SQLITE_SQL: DialectSql = {
  listAgg: (value: Expression<unknown>, separator: string): RawBuilder<string | null> => sql<string | null>`group_concat(${value}, ${sql.lit(separator)})`,
  // SQLite's DISTINCT aggregates take one argument: the separator is then ','.
  distinctListAgg: (value: Expression<unknown>): RawBuilder<string | null> => sql<string | null>`group_concat(distinct ${value})`,
  // SQLite's LIKE ignores ASCII case and lower() folds ASCII only: without lower() the same rows, no copy of each text.
  containsLike: (value: Expression<unknown>, pattern: string): RawBuilder<SqlBool> => sql<SqlBool>`${value} like ${pattern} escape '\\'`,
  idIn: (value: Expression<unknown>, ids: readonly number[]): RawBuilder<SqlBool> => sql<SqlBool>`${value} in (select value from json_each(${JSON.stringify(ids)}))`,
  textPrefilter: claimTextPrefilter,
};
