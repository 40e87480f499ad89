import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type pg from 'pg';
import { collectInputs, type SkippedInput } from '../read/collect-inputs.js';
import { readDocument } from '../read/read-document.js';
import type { SourceDocument } from '../read/source-document.js';
import { DocumentError } from '../text/message.js';
import { loadCountryResolver, type CountryResolver } from '../ingest/country-resolver.js';
import type { IngestFailure, IngestProgress } from '../ingest/ingest.js';
import type { DocumentSummary, Store } from '../store/store.js';
import { DEFAULT_MAX_ATTEMPTS, EXTRACT_TASK, table, type QueueConfig } from './queue-config.js';
import { documentJobs, jobKey, storedUnchanged, type DocumentJobWithText } from './document-job.js';
import type { QueueConnection } from './open-queue.js';
import { textsLockName } from './job-status.js';
import { errorMessage } from './queue-error.js';

export interface EnqueueOptions {
  /** Attempts per document before it is marked failed (default 5). */
  readonly maxAttempts?: number;
  readonly onProgress?: (p: IngestProgress) => void;
  readonly resolver?: CountryResolver;
  /** Reads one file (default: readDocument). */
  readonly read?: (path: string) => Promise<SourceDocument>;
  /** Globs of files to leave out of folders (see collectInputs). */
  readonly exclude?: readonly string[];
}

export interface EnqueueSummary {
  readonly files: number;
  /** Documents read (a whole report counts each narrative): queued, or found unchanged in the store. */
  readonly documents: number;
  /** Documents already stored with the same text, metadata and extractor version, and not in flight: not queued. */
  readonly unchanged: number;
  /** Texts stored for the first time (the others were already in the queue, by content hash). */
  readonly newTexts: number;
  /** Narratives removed from the store (and the queue) because a changed whole report no longer holds them. */
  readonly removed: number;
  readonly bytes: number;
  readonly elapsedMs: number;
  readonly failures: readonly IngestFailure[];
  /** Files in folders not read: named like project files (README, LICENSE…) or matched by `exclude`. */
  readonly skipped: readonly SkippedInput[];
}

/**
 * Reads and splits files like `ingest`, stores each document's text once by content hash and queues
 * one extraction job per document, in one transaction per file; returns without extracting.
 * Narratives that a changed whole report no longer holds are removed from the store.
 */
export async function enqueue(store: Store, queue: QueueConnection, inputs: readonly string[], options: EnqueueOptions = {}): Promise<EnqueueSummary> {
  const started = performance.now();
  const resolver = options.resolver ?? (await loadCountryResolver());
  const read = options.read ?? readDocument;
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const { files, problems, skipped } = await collectInputs(inputs, options.exclude ? { exclude: options.exclude } : {});
  const failures: IngestFailure[] = problems.map((p) => ({ path: p.path, reason: p.reason }));
  const sizes = await Promise.all(files.map(async (f) => (await stat(f).catch(() => undefined))?.size ?? 0));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  let documents = 0;
  let unchanged = 0;
  let newTexts = 0;
  let removed = 0;
  let bytesDone = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    options.onProgress?.({ filesDone: i, filesTotal: files.length, bytesDone, bytesTotal, elapsedMs: performance.now() - started, current: file });
    bytesDone += sizes[i];
    let source: SourceDocument;
    try {
      source = await read(file);
    } catch (error) {
      failures.push({ path: file, reason: error instanceof DocumentError ? error.message.replace(`${file}: `, '') : errorMessage(error) });
      continue;
    }
    const jobs = documentJobs(file, source, resolver);
    try {
      const stored = new Map((await store.listDocuments({ sourceId: resolve(file) })).map((d) => [d.part, d]));
      const result = await queueFile(queue.pool, queue.config, resolve(file), jobs, stored, maxAttempts);
      documents += jobs.length;
      unchanged += result.unchanged;
      newTexts += result.newTexts;
      removed += await store.removeStaleParts(resolve(file), jobs.map((j) => j.job.part));
    } catch (error) {
      failures.push({ path: file, reason: errorMessage(error) });
    }
  }
  const elapsedMs = performance.now() - started;
  options.onProgress?.({ filesDone: files.length, filesTotal: files.length, bytesDone, bytesTotal, elapsedMs });
  return { files: files.length, documents, unchanged, newTexts, removed, bytes: bytesDone, elapsedMs, failures, skipped };
}

/**
 * One file's documents in one transaction: texts, jobs, items; stale parts of the file dropped from
 * the queue. A document the store already holds unchanged, with no job in flight, is recorded as
 * done without a job.
 */
async function queueFile(pool: pg.Pool, config: QueueConfig, sourceId: string, jobs: readonly DocumentJobWithText[],
  stored: ReadonlyMap<string, DocumentSummary>, maxAttempts: number): Promise<{ newTexts: number; unchanged: number }> {
  const client = await pool.connect();
  let newTexts = 0;
  let unchanged = 0;
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock_shared(hashtextextended($1, 0))', [textsLockName(config)]);
    const states = new Map((await client.query<{ part: string; state: string }>(
      `select part, state from ${table(config, 'items')} where source_id = $1 for update`, [sourceId])).rows.map((r) => [r.part, r.state]));
    for (const { job, text } of jobs) {
      const before = stored.get(job.part);
      const state = states.get(job.part);
      if (before && storedUnchanged(before, job) && state !== 'queued' && state !== 'running') {
        await client.query(
          `insert into ${table(config, 'items')} (source_id, part, path, hash, state, max_attempts, outcome, document_id, claims, finished_at)
           values ($1, $2, $3, $4, 'done', $5, 'unchanged', $6, $7, now())
           on conflict (source_id, part) do update set path = excluded.path, hash = excluded.hash, job_id = null, state = 'done',
             attempts = 0, max_attempts = excluded.max_attempts, last_error = null, outcome = 'unchanged', document_id = excluded.document_id,
             claims = excluded.claims, worker = null, enqueued_at = now(), started_at = null, finished_at = now()`,
          [job.sourceId, job.part, job.path, job.hash, maxAttempts, before.id, before.claimCount]);
        unchanged++;
        continue;
      }
      const inserted = await client.query(`insert into ${table(config, 'texts')} (hash, text, bytes) values ($1, $2, $3) on conflict (hash) do nothing`,
        [job.hash, text, Buffer.byteLength(text)]);
      newTexts += inserted.rowCount ?? 0;
      const key = jobKey(job.sourceId, job.part);
      const added = await client.query<{ id: string }>(
        `select id from "${config.workerSchema}".add_job(identifier => $1, payload => $2::json, max_attempts => $3, job_key => $4)`,
        [EXTRACT_TASK, JSON.stringify(job), maxAttempts, key]);
      await client.query(
        `insert into ${table(config, 'items')} (source_id, part, path, hash, job_id, state, max_attempts) values ($1, $2, $3, $4, $5, 'queued', $6)
         on conflict (source_id, part) do update set path = excluded.path, hash = excluded.hash, job_id = excluded.job_id, state = 'queued',
           attempts = 0, max_attempts = excluded.max_attempts, last_error = null, outcome = null, document_id = null, claims = null,
           worker = null, enqueued_at = now(), started_at = null, finished_at = null`,
        [job.sourceId, job.part, job.path, job.hash, added.rows[0].id, maxAttempts]);
    }
    const stale = await client.query<{ part: string }>(`delete from ${table(config, 'items')} where source_id = $1 and not (part = any($2::text[])) returning part`,
      [sourceId, jobs.map((j) => j.job.part)]);
    for (const { part } of stale.rows) await client.query(`select "${config.workerSchema}".remove_job($1)`, [jobKey(sourceId, part)]);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
  return { newTexts, unchanged };
}
