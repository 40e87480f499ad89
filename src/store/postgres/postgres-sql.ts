import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DialectSql } from '../dialect-sql.js';
import { claimTextPrefilter } from './claim-text-index.js';

/** PostgreSQL's spelling of the SQL the shared queries need beyond the standard. */
export const POSTGRES_SQL: DialectSql = {
  listAgg: (value: Expression<unknown>, separator: string): RawBuilder<string | null> => sql<string | null>`string_agg(cast(${value} as text), ${sql.lit(separator)})`,
  distinctListAgg: (value: Expression<unknown>): RawBuilder<string | null> => sql<string | null>`string_agg(distinct cast(${value} as text), ',')`,
  containsLike: (value: Expression<unknown>, pattern: string): RawBuilder<SqlBool> => sql<SqlBool>`lower(${value}) like ${pattern} escape '\\'`,
  idIn: (value: Expression<unknown>, ids: readonly number[]): RawBuilder<SqlBool> => sql<SqlBool>`${value} = any(cast(${[...ids]} as integer[]))`,
  textPrefilter: claimTextPrefilter,
};
