/**
 * PostgreSQL's full-text index of the text a claim search looks in, where pg_trgm is available: a GIN
 * trigram index of one expression, the searched columns (lower case) joined. A search asks it for the
 * claims whose joined text is LIKE the pattern, a superset of the claims with a column that is (the
 * text may straddle two columns), and the usual LIKE over each column keeps the exact matches.
 *
 * Without pg_trgm (not installed on the server, or no right to create it) the migration creates no
 * index and the same condition is answered by reading the claims: the same rows, no faster.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { likePattern } from '../claim-query.js';

/** The columns a text search looks in (ClaimFilter.text). */
const SEARCHED_COLUMNS = ['evidence', 'commodity', 'name', 'place', 'subject', 'sector', 'form'] as const;

/** The indexed expression (columns prefixed by `table`); a query must spell it the same for the planner to use the index. */
function joinedText(table: string): string {
  return SEARCHED_COLUMNS.map((c) => `coalesce(lower(${table}${c}), '')`).join(` || '|' || `);
}

const INDEX_NAME = 'claims_text_trgm';

/** The schema pg_trgm is installed in, after trying to install it; undefined when it cannot be. */
async function trigramSchema(db: Kysely<unknown>): Promise<string | undefined> {
  const installed = async () => (await sql<{ schema: string }>`select extnamespace::regnamespace::text as schema from pg_extension where extname = 'pg_trgm'`.execute(db)).rows[0]?.schema;
  const found = await installed();
  if (found !== undefined) return found;
  // In a savepoint: a refusal (not available, no right) must not abort the migration's transaction.
  await sql`savepoint pg_trgm_install`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm with schema public`.execute(db);
    await sql`release savepoint pg_trgm_install`.execute(db);
  } catch {
    await sql`rollback to savepoint pg_trgm_install`.execute(db);
    return undefined;
  }
  return installed();
}

export const CLAIM_TEXT_INDEX = {
  async up(db: Kysely<unknown>): Promise<void> {
    const schema = await trigramSchema(db);
    if (schema === undefined) return;
    await sql`create index ${sql.id(INDEX_NAME)} on claims using gin ((${sql.raw(joinedText(''))}) ${sql.id(schema, 'gin_trgm_ops')})`.execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    await sql.raw(`drop index if exists ${INDEX_NAME}`).execute(db);
  },
};

/** The claims whose joined searched text contains `text` (a superset of the matches); undefined for an empty text. */
export function claimTextPrefilter(text: string): Expression<SqlBool> | undefined {
  if (text === '') return undefined;
  return sql<SqlBool>`(${sql.raw(joinedText('claims.'))}) like ${likePattern(text)} escape '\\'`;
}
