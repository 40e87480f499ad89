import type pg from 'pg';
import { table, type QueueConfig } from './queue-config.js';

/** The graphile-worker ids of a worker process's slots (one worker pool of concurrency 1 per slot). */
export function slotIds(workerId: string, slots: number): string[] {
  return Array.from({ length: slots }, (_, i) => `${workerId}-${i}`);
}

/**
 * Frees the jobs of worker processes that died without shutting down (SIGKILL, a lost machine).
 * Each live worker holds a session advisory lock on its `lock_key` for its whole life; when
 * `pg_try_advisory_lock` on that key succeeds from `client`, its session is gone, so its jobs are
 * unlocked for another worker (graphile-worker's force_unlock_workers) and its running items
 * return to the queue (or fail when that was their last attempt). Returns the workers reaped.
 */
export async function reapDeadWorkers(client: pg.Client | pg.PoolClient, config: QueueConfig, selfId: string): Promise<readonly string[]> {
  const workers = await client.query<{ id: string; lock_key: string; slots: number }>(
    `select id, lock_key, slots from ${table(config, 'workers')} where id <> $1`, [selfId]);
  const reaped: string[] = [];
  for (const w of workers.rows) {
    const free = await client.query<{ ok: boolean }>('select pg_try_advisory_lock($1::bigint) as ok', [w.lock_key]);
    if (!free.rows[0].ok) continue;
    try {
      await client.query(`select "${config.workerSchema}".force_unlock_workers($1::text[])`, [slotIds(w.id, w.slots)]);
      await client.query(
        `update ${table(config, 'items')} set state = case when attempts >= max_attempts then 'failed' else 'queued' end,
           last_error = $2, finished_at = now()
         where worker = $1 and state = 'running'`,
        [w.id, `worker ${w.id} stopped during the job (killed or lost); the job was released for another worker`]);
      await client.query(`delete from ${table(config, 'workers')} where id = $1`, [w.id]);
      reaped.push(w.id);
    } finally {
      await client.query('select pg_advisory_unlock($1::bigint)', [w.lock_key]);
    }
  }
  if (reaped.length > 0) await client.query(`select pg_notify('jobs:insert', $1)`, [JSON.stringify({ r: Math.random(), count: reaped.length })]);
  return reaped;
}
