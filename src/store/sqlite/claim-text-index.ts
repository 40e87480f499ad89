/**
 * SQLite's index of the text a claim search looks in: an FTS5 table of trigrams (external content: the
 * claims rows themselves, kept in step by triggers) over the columns `ClaimFilter.text` searches. A search
 * asks it for the claims holding every trigram of the text, a superset of the claims that contain the
 * text, and the usual LIKE then keeps the exact matches: the answer is the same as a scan of every claim.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/** The columns a text search looks in (ClaimFilter.text). */
export const SEARCHED_COLUMNS = ['evidence', 'commodity', 'name', 'place', 'subject', 'sector', 'form'] as const;

/** At most this many trigrams are asked for (any subset gives a superset; more only narrows it). */
const MAX_TRIGRAMS = 24;

export const CLAIM_TEXT_INDEX = {
  async up(db: Kysely<unknown>): Promise<void> {
    const cols = SEARCHED_COLUMNS.join(', ');
    const values = (row: 'new' | 'old') => SEARCHED_COLUMNS.map((c) => `${row}.${c}`).join(', ');
    // detail=none: no positions (a third of the size); the trigrams are asked for with AND, not as a phrase.
    await sql.raw(`create virtual table claims_text using fts5(${cols}, content='claims', content_rowid='id', tokenize='trigram', detail=none)`).execute(db);
    await sql.raw(`create trigger claims_text_insert after insert on claims begin
      insert into claims_text(rowid, ${cols}) values (new.id, ${values('new')}); end`).execute(db);
    await sql.raw(`create trigger claims_text_delete after delete on claims begin
      insert into claims_text(claims_text, rowid, ${cols}) values ('delete', old.id, ${values('old')}); end`).execute(db);
    await sql.raw(`create trigger claims_text_update after update of ${cols} on claims begin
      insert into claims_text(claims_text, rowid, ${cols}) values ('delete', old.id, ${values('old')});
      insert into claims_text(rowid, ${cols}) values (new.id, ${values('new')}); end`).execute(db);
    await sql.raw(`insert into claims_text(claims_text) values ('rebuild')`).execute(db);
  },
  async down(db: Kysely<unknown>): Promise<void> {
    for (const t of ['claims_text_update', 'claims_text_delete', 'claims_text_insert']) await sql.raw(`drop trigger ${t}`).execute(db);
    await sql.raw('drop table claims_text').execute(db);
  },
};

/**
 * The FTS5 query of the trigrams of `text` as the LIKE compares it (lower case), each quoted, joined by
 * AND; undefined under three characters (the trigram index cannot narrow those).
 */
export function trigramQuery(text: string): string | undefined {
  const chars = Array.from(text.toLowerCase());
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i++) grams.add(chars.slice(i, i + 3).join(''));
  if (grams.size === 0) return undefined;
  const all = [...grams];
  // Spread over the text when capped (its start and its end both narrow).
  const picked = all.length <= MAX_TRIGRAMS ? all : Array.from({ length: MAX_TRIGRAMS }, (_, k) => all[Math.floor((k * (all.length - 1)) / (MAX_TRIGRAMS - 1))]);
  return picked.map((g) => `"${g.replace(/"/g, '""')}"`).join(' AND ');
}

/** `claims.id in (the claims whose searched columns hold every trigram of text)`; undefined when the index cannot help. */
export function claimTextPrefilter(id: Expression<number>, text: string): Expression<SqlBool> | undefined {
  const q = trigramQuery(text);
  return q === undefined ? undefined : sql<SqlBool>`${id} in (select rowid from claims_text where claims_text match ${q})`;
}
