/**
 * SQLite's full-text index of the text a claim search looks in: an FTS5 table of trigrams (external
 * content: the claims rows themselves, kept in step by triggers) over the columns `ClaimFilter.text`
 * searches. A search asks it for the claims holding every trigram of the text, a superset of the claims
 * that contain it, and the usual LIKE keeps the exact matches: the same answer as a scan of every claim.
 *
 * Migration 0005 created it, 0006 dropped it (it costs each document transaction about 1 ms, 10-20% of an
 * ingest), and 0007 creates it again: searches that differ each time (no cached answer) read every claim
 * without it, and fell behind under load (issue 13).
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';

/** At most this many trigrams are asked for (any subset gives a superset; more only narrows it). */
const MAX_TRIGRAMS = 24;

/** The columns a text search looks in (ClaimFilter.text). */
const SEARCHED_COLUMNS = ['evidence', 'commodity', 'name', 'place', 'subject', 'sector', 'form'] as const;

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
    for (const t of ['claims_text_update', 'claims_text_delete', 'claims_text_insert']) await sql.raw(`drop trigger if exists ${t}`).execute(db);
    await sql.raw('drop table if exists claims_text').execute(db);
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
export function claimTextPrefilter(text: string): Expression<SqlBool> | undefined {
  const q = trigramQuery(text);
  return q === undefined ? undefined : sql<SqlBool>`claims.id in (select rowid from claims_text where claims_text match ${q})`;
}
