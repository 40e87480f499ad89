/**
 * Groups claims in the database (SQLite and PostgreSQL alike). One aggregate query gives, per group,
 * how many claims there are, whether all are hedged, which claims of which documents state it and (on
 * request) their forms, victim words and overlapping victims. Only each group's first claim and the
 * claims chosen as evidence are then read, so a view over the whole store never loads every claim.
 */
import { sql, type Kysely } from 'kysely';
import type { Form } from '../facts/fact.js';
import type { Database } from './schema.js';
import { DEFAULT_EVIDENCE_LIMIT, type ClaimGroup, type DocumentRef, type Evidence, type FactFields, type GroupQuery, type VictimFields } from './store.js';
import { DOCUMENT_REF_COLUMNS, documentRef, storedClaim } from './claim-query.js';
import { rowFact } from './claim-row.js';
import type { DialectSql } from './dialect-sql.js';
import { TERM_SEPARATOR, victimOfKey } from './fact-group-key.js';
import { matchedRows, overlapRows, ruleRows } from './group-extras.js';
import { claimsOf, groupKeyOf, groupWhere, keyColumn, keyColumns, keyPartsOf } from './group-source.js';

/** Ids per query (one parameter each way; chunks keep a statement's answer moderate). */
const ID_CHUNK = 5000;
const NULL = sql<string | null>`null`;
const NONE: ReadonlySet<never> = new Set();

/**
 * Per group: the claim count, whether all claims are hedged, every claim as `document:id`, and the
 * requested lists. Grouped by plain key columns, so that SQLite reads the claims in index order.
 */
function groupRows(db: Kysely<Database>, dsql: DialectSql, q: GroupQuery) {
  const cols = keyColumns(q.by);
  return claimsOf(db, q)
    .where((eb) => groupWhere(eb, q))
    .select((eb) => [keyColumn(eb, q.by, 0).as('k0'), keyColumn(eb, q.by, 1).as('k1'), keyColumn(eb, q.by, 2).as('k2'),
      eb.fn.countAll().as('n'), eb.fn.min('claims.hedged').as('hedged_min'),
      dsql.listAgg(sql`${eb.ref('claims.document_id')} || ${sql.lit(':')} || ${eb.ref('claims.id')}`, ',').as('pairs'),
      (q.forms ? dsql.distinctListAgg(eb.ref('claims.form')) : NULL).as('forms'),
      // Most claims have no victim words nor overlapping victims: nullif leaves them out of the lists (aggregates skip nulls).
      (q.victimTerms ? dsql.listAgg(sql`nullif(${eb.ref('claims.victim_terms')}, '')`, TERM_SEPARATOR) : NULL).as('terms'),
      // Victim keys (`victim|form|sex|age`) hold no ','; each claim's list repeats across a group, hence DISTINCT.
      (q.victims ? dsql.distinctListAgg(sql`nullif(${eb.ref('claims.overlapping_victims')}, '')`) : NULL).as('victims')])
    .groupBy([...cols])
    .execute();
}

/** The documents claims are stated in, by id. */
async function documentRefs(db: Kysely<Database>, dsql: DialectSql, ids: readonly number[]): Promise<Map<number, DocumentRef>> {
  const out = new Map<number, DocumentRef>();
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    const rows = await db.selectFrom('documents').select(['id', 'country as doc_country', 'year as doc_year', 'kind as doc_kind', 'path as doc_path'])
      .where((eb) => dsql.idIn(eb.ref('documents.id'), ids.slice(i, i + ID_CHUNK))).execute();
    for (const r of rows) out.set(r.id, documentRef(r.id, r));
  }
  return out;
}

/** Whole claims by id, in chunks. */
async function fullClaims(db: Kysely<Database>, dsql: DialectSql, ids: readonly number[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    out.push(...await db.selectFrom('claims').innerJoin('documents', 'documents.id', 'claims.document_id')
      .selectAll('claims').select(DOCUMENT_REF_COLUMNS).where((eb) => dsql.idIn(eb.ref('claims.id'), ids.slice(i, i + ID_CHUNK))).execute());
  }
  return out;
}

/** The evidence columns of claims by id, in chunks (in a document, ids grow with the position: no `ord`). */
async function evidenceClaims(db: Kysely<Database>, dsql: DialectSql, ids: readonly number[]) {
  const out = [];
  for (let i = 0; i < ids.length; i += ID_CHUNK) {
    out.push(...await db.selectFrom('claims').select(['id', 'document_id', 'span_start', 'span_end', 'evidence'])
      .where((eb) => dsql.idIn(eb.ref('claims.id'), ids.slice(i, i + ID_CHUNK))).execute());
  }
  return out;
}

/** A document that states a group: its first claim of the group. */
interface DocEntry { readonly did: number; readonly firstId: number }

interface Acc {
  readonly keyParts: readonly string[];
  readonly count: number;
  readonly hedgedOnly: boolean;
  /** By document id. */
  readonly docs: readonly DocEntry[];
  /** Every claim id of the group in document order. */
  readonly ordered: readonly number[];
  readonly terms: ReadonlySet<string>;
  readonly forms: ReadonlySet<Form>;
  readonly victims: Map<string, VictimFields>;
  readonly rules: { rule: string; pos: number }[];
  readonly overlapping: Map<string, FactFields>;
  readonly matched: Set<string>;
}

/**
 * The evidence of a group: the first statement of each document, the documents of each country in
 * turn (so a flow stated in both countries' reports shows both), then further statements in document
 * order; at most `limit`. Claim ids grow with the position inside a document (claims are inserted in order).
 */
export function pickEvidence(docs: readonly { readonly country: string; readonly firstId: number }[], ordered: readonly number[], limit: number): number[] {
  const perCountry = new Map<string, number>();
  const firsts = docs.map((d, i) => {
    const rank = perCountry.get(d.country) ?? 0;
    perCountry.set(d.country, rank + 1);
    return { id: d.firstId, rank, i };
  }).sort((a, b) => a.rank - b.rank || a.i - b.i);
  const picks = new Set<number>();
  for (const f of firsts) if (picks.size < limit) picks.add(f.id);
  for (const id of ordered) if (picks.size < limit) picks.add(id);
  return [...picks];
}

/**
 * `document:claim,document:claim,…` (digits read in place: a view over every flow parses ten thousand
 * pairs) into the claim ids in document order and each document's first claim.
 */
function parsePairs(s: string): { readonly ordered: number[]; readonly docs: DocEntry[] } {
  const pairs: number[] = [];
  let sorted = true;
  for (let i = 0; i < s.length; i++) {
    let did = 0;
    for (let c = s.charCodeAt(i); i < s.length && c !== 58; c = s.charCodeAt(++i)) did = did * 10 + c - 48;
    let id = 0;
    for (let c = s.charCodeAt(++i); i < s.length && c !== 44; c = s.charCodeAt(++i)) id = id * 10 + c - 48;
    const n = pairs.length;
    if (n > 0 && (pairs[n - 2] > did || (pairs[n - 2] === did && pairs[n - 1] > id))) sorted = false;
    pairs.push(did, id);
  }
  const count = pairs.length / 2;
  // SQLite reads a group's claims in index order (by document): most lists need no sort.
  const order = Array.from({ length: count }, (_, k) => k);
  if (!sorted) order.sort((a, b) => pairs[2 * a] - pairs[2 * b] || pairs[2 * a + 1] - pairs[2 * b + 1]);
  const ordered = new Array<number>(count);
  const docs: DocEntry[] = [];
  for (let j = 0; j < count; j++) {
    const k = order[j];
    const did = pairs[2 * k];
    ordered[j] = pairs[2 * k + 1];
    if (docs.length === 0 || docs[docs.length - 1].did !== did) docs.push({ did, firstId: ordered[j] });
  }
  return { ordered, docs };
}

const splitList = (s: string | null, sep: string): string[] => (s ? s.split(sep).filter((x) => x !== '') : []);

/** Runs the queries a GroupQuery needs and assembles the groups, in the order their first claims are seen. */
export async function groupClaimsQuery(db: Kysely<Database>, dsql: DialectSql, q: GroupQuery): Promise<ClaimGroup[]> {
  const limit = Math.max(0, q.evidenceLimit ?? DEFAULT_EVIDENCE_LIMIT);
  const [rows, rules, matched, overlaps] = await Promise.all([
    groupRows(db, dsql, q),
    q.ruleIds ? ruleRows(db, q) : [],
    q.evidenceWords?.length ? matchedRows(db, q, q.evidenceWords) : [],
    q.overlapping ? overlapRows(db, q, q.overlapping) : [],
  ]);
  if (rows.length === 0) return [];
  const groups = new Map<string, Acc>();
  const docIds = new Set<number>();
  const victimKeys = new Map<string, VictimFields | null>();
  for (const r of rows) {
    const { ordered, docs } = parsePairs(r.pairs ?? '');
    for (const d of docs) docIds.add(d.did);
    // Collections only for what was asked (a view over every flow has hundreds of groups).
    const a: Acc = {
      keyParts: keyPartsOf(q.by, r), count: Number(r.n), hedgedOnly: Number(r.hedged_min) === 1, docs, ordered,
      terms: q.victimTerms ? new Set(splitList(r.terms, TERM_SEPARATOR)) : NONE, forms: q.forms ? new Set(splitList(r.forms, ',') as Form[]) : NONE,
      victims: new Map(), rules: [], overlapping: new Map(), matched: new Set(),
    };
    if (q.victims) {
      for (const list of splitList(r.victims, ',')) {
        for (const k of list.split(TERM_SEPARATOR)) {
          if (a.victims.has(k)) continue;
          // A handful of distinct victim keys across every group: each parsed once.
          let v = victimKeys.get(k);
          if (v === undefined) victimKeys.set(k, (v = victimOfKey(k) ?? null));
          if (v) a.victims.set(k, v);
        }
      }
    }
    groups.set(groupKeyOf(q.by, r), a);
  }
  for (const r of rules) groups.get(groupKeyOf(q.by, r))?.rules.push({ rule: r.rule_id, pos: Number(r.pos) });
  for (const r of matched) groups.get(groupKeyOf(q.by, r))?.matched.add(r.evidence);
  for (const r of overlaps) {
    const { evidence: _e, ...fields } = rowFact(r, { start: 0, end: 0 });
    groups.get(groupKeyOf(q.by, r))?.overlapping.set(r.fact_key, fields as FactFields);
  }

  const refs = await documentRefs(db, dsql, [...docIds]);
  const picks = new Map<string, number[]>();
  for (const [key, a] of groups) picks.set(key, pickEvidence(a.docs.map((d) => ({ country: refs.get(d.did)?.country ?? '', firstId: d.firstId })), a.ordered, limit));
  const [firstRows, evidenceRows] = await Promise.all([
    q.withFirst === false ? [] : fullClaims(db, dsql, [...groups.values()].map((a) => a.docs[0].firstId)),
    evidenceClaims(db, dsql, [...new Set([...picks.values()].flat())]),
  ]);
  const firstById = new Map(firstRows.map((r) => [Number(r.id), r]));
  const evidenceById = new Map(evidenceRows.map((r) => [Number(r.id), r]));

  // Groups in the order of their first claims: first document, then claim id (ids grow with the position in a document).
  const out: { group: ClaimGroup; pos: readonly [number, number] }[] = [];
  for (const [key, a] of groups) {
    const firstId = a.docs[0].firstId;
    const firstRow = firstById.get(firstId);
    const evidence: Evidence[] = (picks.get(key) ?? []).map((id) => evidenceById.get(id)).filter((r) => r !== undefined)
      .sort((x, y) => x.document_id - y.document_id || Number(x.id) - Number(y.id))
      .map((r) => ({ documentId: r.document_id, start: r.span_start, end: r.span_end, text: r.evidence }));
    out.push({
      pos: [a.docs[0].did, firstId],
      group: {
        key, keyParts: a.keyParts, ...(firstRow ? { first: storedClaim(firstRow) } : {}), count: a.count, hedgedOnly: a.hedgedOnly,
        documents: a.docs.flatMap((d) => refs.get(d.did) ?? []), evidence,
        ruleIds: a.rules.sort((x, y) => x.pos - y.pos).map((r) => r.rule),
        victimTerms: [...a.terms].sort(), forms: [...a.forms].sort(), victims: [...a.victims.values()],
        overlapping: [...a.overlapping.values()], matchedEvidence: [...a.matched],
      },
    });
  }
  return out.sort((x, y) => x.pos[0] - y.pos[0] || x.pos[1] - y.pos[1]).map((o) => o.group);
}
