import type pg from 'pg';
import { extractDocument } from '../extract/extract-document.js';
import { EXTRACTOR_VERSION } from '../extract/extractor-version.js';
import type { DocumentInput, PutOutcome, Store } from '../store/store.js';
import { table, type QueueConfig } from './queue-config.js';
import { isDocumentJob, jobKey, jobSourceDocument, type DocumentJob } from './document-job.js';
import { errorMessage, QueueError } from './queue-error.js';

/** What a worker needs to run extraction jobs. */
export interface JobContext {
  readonly store: Store;
  readonly pool: pg.Pool;
  readonly config: QueueConfig;
  /** The worker process's id (recorded on the items it runs, so that its death can be detected). */
  readonly workerId: string;
}

/** The graphile-worker job fields the task uses. */
export interface JobAttempt {
  readonly id: string;
  readonly attempts: number;
  readonly max_attempts: number;
}

export type JobResult =
  | { readonly kind: 'stored'; readonly job: DocumentJob; readonly outcome: PutOutcome; readonly documentId: number; readonly claims: number }
  /** A newer enqueue of the same document replaced this job while it was locked: the newer job stores it. */
  | { readonly kind: 'superseded'; readonly job: DocumentJob };

/**
 * Runs one document's job: reads its text by hash, extracts, and stores it through the Store (one
 * transaction). The job runs under a PostgreSQL advisory lock on the document and goes on only if it
 * is still the document's latest job, so two jobs of one document never race and an older text
 * never overwrites a newer one. A failure is recorded on the item (queued again
 * while attempts remain, failed after the last) and rethrown for graphile-worker to retry.
 */
export async function runExtractJob(ctx: JobContext, payload: unknown, attempt: JobAttempt): Promise<JobResult> {
  if (!isDocumentJob(payload)) {
    throw new QueueError(ctx.config.url, `job ${attempt.id}`, `expected a document job payload (sourceId, part, path, hash…); got ${JSON.stringify(payload)?.slice(0, 200)}`);
  }
  const job = payload;
  const items = table(ctx.config, 'items');
  const key = [job.sourceId, job.part, attempt.id] as const;
  const lock = lockName(ctx, job);
  const client = await ctx.pool.connect();
  let locked = false;
  let broken = false;
  try {
    // The document's lock first: what follows sees the item as the last enqueue left it.
    await client.query(`select ${LOCK}`, [lock]);
    locked = true;
    // Mark the item running (only if this job is still its latest) and fetch the text, in one round trip.
    const started = await client.query<{ started: boolean; text: string | null }>(
      `with started as (
         update ${items} set state = 'running', worker = $4, attempts = $5, max_attempts = $6, started_at = now(), finished_at = null
         where source_id = $1 and part = $2 and job_id = $3 returning 1)
       select exists (select 1 from started) as started, (select text from ${table(ctx.config, 'texts')} where hash = $7) as text`,
      [...key, ctx.workerId, attempt.attempts, attempt.max_attempts, job.hash]);
    if (!started.rows[0].started) return { kind: 'superseded', job };
    try {
      const text = started.rows[0].text;
      if (text === null) {
        throw new QueueError(ctx.config.url, `job of ${label(job)}`, `its text (sha256 ${job.hash.slice(0, 12)}…) is not in ${ctx.config.schema}.texts; enqueue the file again`);
      }
      const extraction = extractDocument(jobSourceDocument(job, text), job.country ? { country: job.country } : {});
      const year = job.year ?? extraction.year;
      // The same fields in the same order as `ingest`, so that the store sees the same document.
      const input: DocumentInput = {
        sourceId: job.sourceId, part: job.part, path: job.path, country: extraction.country || job.fallbackCountry, kind: job.kind,
        ...(year ? { year } : {}), title: job.title, reader: job.reader, bytes: job.bytes, pages: job.pages, text,
        extractorVersion: EXTRACTOR_VERSION,
      };
      const put = await ctx.store.putDocument(input, extraction.claims);
      // Mark done and release the lock in one round trip.
      await client.query(
        `with done as (update ${items} set state = 'done', outcome = $4, document_id = $5, claims = $6, last_error = null, finished_at = now()
           where source_id = $1 and part = $2 and job_id = $3)
         select ${UNLOCK.replace('$1', '$7')}`,
        [...key, put.outcome, put.id, extraction.claims.length, lock]);
      locked = false;
      return { kind: 'stored', job, outcome: put.outcome, documentId: put.id, claims: extraction.claims.length };
    } catch (error) {
      await client.query(
        `update ${items} set state = case when attempts >= max_attempts then 'failed' else 'queued' end, last_error = $4, finished_at = now()
         where source_id = $1 and part = $2 and job_id = $3`,
        [...key, errorMessage(error)]).catch(() => undefined);
      throw error;
    }
  } finally {
    if (locked) await client.query(`select ${UNLOCK}`, [lock]).catch(() => { broken = true; });
    client.release(broken);
  }
}

/** A session advisory lock per document (and store schema), held from the job's start to its end; PostgreSQL releases it if the process dies. */
function lockName(ctx: JobContext, job: DocumentJob): string {
  return `tip-atlas-document:${ctx.config.storeSchema ?? ''}:${jobKey(job.sourceId, job.part)}`;
}

const LOCK = 'pg_advisory_lock(hashtextextended($1, 0))';
const UNLOCK = 'pg_advisory_unlock(hashtextextended($1, 0))';

export function label(job: Pick<DocumentJob, 'path' | 'part'>): string {
  return job.part ? `${job.path} (${job.part})` : job.path;
}
