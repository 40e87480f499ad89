import type pg from 'pg';
import { table, type QueueConfig } from './queue-config.js';
import { printable } from '../text/printable.js';

export type ItemState = 'queued' | 'running' | 'done' | 'failed';
export const ITEM_STATES: readonly ItemState[] = ['queued', 'running', 'done', 'failed'];

export interface FailedItem {
  readonly sourceId: string;
  readonly part: string;
  readonly path: string;
  readonly attempts: number;
  readonly error: string;
  readonly finishedAt?: string;
}

export interface LiveWorker {
  readonly id: string;
  readonly host: string;
  readonly pid: number;
  readonly slots: number;
  readonly startedAt: string;
  /** False when the process is gone without stopping (killed): a live worker releases its jobs within seconds. */
  readonly alive: boolean;
}

/** The queue at a glance: documents per state, how stored ones came out, who works, what failed. */
export interface JobStatus {
  readonly counts: Readonly<Record<ItemState, number>>;
  readonly total: number;
  /** Queued documents whose previous attempt failed (waiting for a retry). */
  readonly retrying: number;
  /** Store outcome of done documents. */
  readonly outcomes: Readonly<Record<'inserted' | 'replaced' | 'unchanged', number>>;
  readonly claims: number;
  readonly workers: readonly LiveWorker[];
  /** Failed documents, most recent first (at most `failedLimit`). */
  readonly failed: readonly FailedItem[];
}

/** Whether the queue's tables exist (something was enqueued or a worker started). */
export async function queueExists(pool: pg.Pool, config: QueueConfig): Promise<boolean> {
  const r = await pool.query<{ t: string | null }>('select to_regclass($1) as t', [`"${config.schema}".items`]);
  return r.rows[0].t !== null;
}

/** Reads the queue's status; read-only. */
export async function jobStatus(pool: pg.Pool, config: QueueConfig, options: { readonly failedLimit?: number } = {}): Promise<JobStatus> {
  const items = table(config, 'items');
  const byState = await pool.query<{ state: ItemState; n: string; retrying: string }>(
    `select state, count(*) as n, count(*) filter (where last_error is not null) as retrying from ${items} group by state`);
  const counts: Record<ItemState, number> = { queued: 0, running: 0, done: 0, failed: 0 };
  let retrying = 0;
  for (const r of byState.rows) {
    counts[r.state] = Number(r.n);
    if (r.state === 'queued') retrying = Number(r.retrying);
  }
  const byOutcome = await pool.query<{ outcome: string; n: string; claims: string | null }>(
    `select outcome, count(*) as n, sum(claims) as claims from ${items} where state = 'done' group by outcome`);
  const outcomes = { inserted: 0, replaced: 0, unchanged: 0 };
  let claims = 0;
  for (const r of byOutcome.rows) {
    if (r.outcome === 'inserted' || r.outcome === 'replaced' || r.outcome === 'unchanged') outcomes[r.outcome] = Number(r.n);
    claims += Number(r.claims ?? 0);
  }
  // A worker is alive while its session holds its lock: try it, and give it back at once when it was free.
  const workers = await pool.query<{ id: string; host: string; pid: number; slots: number; started_at: Date; alive: boolean }>(
    `select id, host, pid, slots, started_at,
       case when pg_try_advisory_lock(lock_key) then not pg_advisory_unlock(lock_key) else true end as alive
     from ${table(config, 'workers')} order by started_at, id`);
  const failed = await pool.query<{ source_id: string; part: string; path: string; attempts: number; last_error: string | null; finished_at: Date | null }>(
    `select source_id, part, path, attempts, last_error, finished_at from ${items} where state = 'failed'
     order by finished_at desc nulls last, path, part limit $1`, [options.failedLimit ?? 20]);
  return {
    counts, total: ITEM_STATES.reduce((n, s) => n + counts[s], 0), retrying, outcomes, claims,
    workers: workers.rows.map((w) => ({ id: w.id, host: w.host, pid: w.pid, slots: w.slots, startedAt: w.started_at.toISOString(), alive: w.alive })),
    failed: failed.rows.map((f) => ({
      sourceId: f.source_id, part: f.part, path: f.path, attempts: f.attempts, error: f.last_error ?? '(no error recorded)',
      ...(f.finished_at ? { finishedAt: f.finished_at.toISOString() } : {}),
    })),
  };
}

/** The status as a few readable lines. */
export function formatJobStatus(s: JobStatus): string {
  const lines = [
    `documents: ${s.total}  queued ${s.counts.queued}${s.retrying ? ` (${s.retrying} retrying)` : ''}  running ${s.counts.running}  done ${s.counts.done}  failed ${s.counts.failed}`,
    `stored: ${s.outcomes.inserted} new, ${s.outcomes.replaced} replaced, ${s.outcomes.unchanged} unchanged; ${s.claims} claims`,
    `workers: ${s.workers.filter((w) => w.alive).length}${s.workers.length ? ` (${s.workers.map((w) => `${w.id} ${w.host}:${w.pid} ×${w.slots}${w.alive ? '' : ' gone'}`).join(', ')})` : ''}`,
  ];
  if (s.workers.some((w) => !w.alive)) lines.push('a gone worker\'s jobs return to the queue as soon as a live worker looks (every 5 s, and when one starts)');
  if (s.failed.length) {
    lines.push(`failed${s.counts.failed > s.failed.length ? ` (latest ${s.failed.length} of ${s.counts.failed})` : ''}:`);
    for (const f of s.failed) lines.push(`  ${printable(`${f.part ? `${f.path} (${f.part})` : f.path}: ${f.error}`)} [${f.attempts} attempts]`);
  }
  return lines.join('\n');
}

/** The advisory lock that enqueue takes shared and prune exclusive, so that prune never removes a text being enqueued. */
export function textsLockName(config: QueueConfig): string {
  return `tip-atlas-queue-texts:${config.schema}`;
}

/**
 * Removes the texts that no queued or running document needs any more (the store keeps each
 * document's text; a failed document's file is enqueued again to retry it). Returns the texts and
 * bytes removed.
 */
export async function pruneTexts(pool: pg.Pool, config: QueueConfig): Promise<{ readonly texts: number; readonly bytes: number }> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [textsLockName(config)]);
    const r = await client.query<{ n: string; bytes: string | null }>(
      `with gone as (delete from ${table(config, 'texts')} t
         where not exists (select 1 from ${table(config, 'items')} i where i.hash = t.hash and i.state in ('queued', 'running'))
         returning t.bytes)
       select count(*) as n, sum(bytes) as bytes from gone`);
    await client.query('commit');
    return { texts: Number(r.rows[0].n), bytes: Number(r.rows[0].bytes ?? 0) };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
