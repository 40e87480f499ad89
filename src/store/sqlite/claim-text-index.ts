/**
 * The FTS5 trigram index of claim text that migration 0005 created on SQLite and migration 0006 drops.
 * It narrowed text searches (about 10-20 ms less per uncached search of the corpus than reading every
 * claim's searched columns), but keeping it up to date cost each document transaction about 1 ms (one
 * FTS segment per transaction), some 10-20% of an ingest of the corpus: searches read the claims again,
 * once per search (summarizeClaims), and the server caches their answers per store revision.
 */
import { sql, type Kysely } from 'kysely';

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
