import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import pg from 'pg';
import { runTaskList, type TaskList, type WorkerPool, type WorkerPoolOptions } from 'graphile-worker';
import { openStore, type Store } from '../store/store.js';
import { EXTRACT_TASK, table, type QueueConfig } from './queue-config.js';
import { openQueue, type QueueConnection } from './open-queue.js';
import { label, runExtractJob, type JobContext, type JobResult } from './extract-job.js';
import { reapDeadWorkers, slotIds } from './reap-dead-workers.js';
import { errorMessage, queueError } from './queue-error.js';
import { quietLogger } from './worker-logger.js';

export interface WorkerOptions {
  readonly config: QueueConfig;
  /** Jobs run at once in this process (default 1). Extraction is CPU-bound: one per core is the useful maximum. */
  readonly concurrency?: number;
  /** How often idle slots look for jobs besides notifications, in ms (default 2000). */
  readonly pollIntervalMs?: number;
  /** How often to look for dead workers whose jobs must be released, in ms (default 5000). */
  readonly reapIntervalMs?: number;
  /** Install SIGTERM/SIGINT handlers: the first finishes the jobs in hand and stops, the second releases them. */
  readonly handleSignals?: boolean;
  /** Log one line per document and graphile-worker's info lines. */
  readonly verbose?: boolean;
  /** Where log lines go (default stderr). */
  readonly log?: (line: string) => void;
  readonly onJob?: (result: JobResult) => void;
}

export interface WorkerHandle {
  readonly id: string;
  /** Settles when the worker has stopped and closed its connections. */
  readonly done: Promise<void>;
  /** Graceful: stop taking jobs, finish those in hand. Force: release the jobs in hand (each counts as a failed attempt). */
  stop(options?: { readonly force?: boolean }): Promise<void>;
}

/** Starts a worker process's slots on the queue; it runs extraction jobs until stopped. */
export async function startWorker(options: WorkerOptions): Promise<WorkerHandle> {
  const { config } = options;
  const slots = Math.max(1, Math.floor(options.concurrency ?? 1));
  const log = options.log ?? ((line: string) => void process.stderr.write(line));
  const id = `w${randomBytes(5).toString('hex')}`;
  const queue = await openQueue(config, { maxConnections: 3 * slots + 3 });
  let store: Store | undefined;
  const live = new pg.Client({ connectionString: config.url, keepAlive: true });
  try {
    store = await openStore(config.url, config.storeSchema ? { schema: config.storeSchema } : {});
    await live.connect();
    const lockKey = randomBytes(8).readBigInt64BE().toString();
    await live.query('select pg_advisory_lock($1::bigint)', [lockKey]);
    await live.query(`insert into ${table(config, 'workers')} (id, lock_key, host, pid, slots) values ($1, $2, $3, $4, $5)`,
      [id, lockKey, hostname(), process.pid, slots]);
    await reapDeadWorkers(live, config, id);
  } catch (error) {
    await Promise.allSettled([store?.close(), live.end(), queue.close()]);
    throw queueError(config.url, 'starting a worker', error);
  }
  return runSlots(options, { id, slots, queue, store, live, log });
}

interface Resources {
  readonly id: string;
  readonly slots: number;
  readonly queue: QueueConnection;
  readonly store: Store;
  readonly live: pg.Client;
  readonly log: (line: string) => void;
}

function runSlots(options: WorkerOptions, r: Resources): WorkerHandle {
  const { config } = options;
  const ctx: JobContext = { store: r.store, pool: r.queue.pool, config, workerId: r.id };
  const tasks: TaskList = {
    [EXTRACT_TASK]: async (payload, helpers) => {
      const result = await runExtractJob(ctx, payload, helpers.job);
      if (options.verbose) {
        r.log(result.kind === 'stored' ? `${label(result.job)}: ${result.outcome}, ${result.claims} claims\n` : `${label(result.job)}: superseded by a newer enqueue\n`);
      }
      options.onJob?.(result);
    },
  };
  const logger = quietLogger({ verbose: options.verbose, write: r.log });
  const pools: WorkerPool[] = slotIds(r.id, r.slots).map((workerId) => {
    // One pool per slot so that each slot has a known worker id (graphile-worker allows a workerId only with concurrency 1).
    const poolOptions: WorkerPoolOptions & { readonly workerId: string } = {
      schema: config.workerSchema, concurrency: 1, workerId, noHandleSignals: true, pollInterval: options.pollIntervalMs ?? 2000, logger,
    };
    return runTaskList(poolOptions, tasks, r.queue.pool);
  });
  let reaping = false; // one look at a time on the liveness connection
  const reaper = setInterval(() => {
    if (reaping) return;
    reaping = true;
    reapDeadWorkers(r.live, config, r.id)
      .catch((error: unknown) => r.log(`worker ${r.id}: looking for dead workers failed: ${errorMessage(error)}\n`))
      .finally(() => { reaping = false; });
  }, options.reapIntervalMs ?? 5000);

  let stopping: Promise<void> | undefined;
  let forced = false;
  let resolveDone: () => void = () => undefined;
  const done = new Promise<void>((res) => { resolveDone = res; });

  const shutdown = async (): Promise<void> => {
    clearInterval(reaper);
    await Promise.allSettled(pools.map((p) => p.promise));
    if (forced) {
      await r.queue.pool.query(
        `update ${table(config, 'items')} set state = case when attempts >= max_attempts then 'failed' else 'queued' end,
           last_error = 'released: worker stopped before finishing', finished_at = now()
         where worker = $1 and state = 'running'`, [r.id]).catch(() => undefined);
    }
    await r.live.query(`delete from ${table(config, 'workers')} where id = $1`, [r.id]).catch(() => undefined);
    await Promise.allSettled([r.live.end(), r.store.close()]);
    await r.queue.close().catch(() => undefined);
    removeSignals();
    resolveDone();
  };
  const stop = (how: { readonly force?: boolean } = {}): Promise<void> => {
    if (how.force && !forced) {
      forced = true;
      for (const p of pools) void p.forcefulShutdown('released: worker stopped before finishing').catch(() => undefined);
    } else if (!stopping) {
      for (const p of pools) void p.gracefulShutdown('worker stopping').catch(() => undefined);
    }
    stopping ??= shutdown();
    return stopping;
  };
  r.live.on('error', (error) => {
    r.log(`worker ${r.id}: lost its liveness connection (${errorMessage(error)}); stopping\n`);
    void stop();
  });
  for (const p of pools) {
    p.promise.catch((error: unknown) => {
      r.log(`worker ${r.id}: a slot stopped with an error: ${errorMessage(error)}\n`);
      void stop();
    });
  }

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals++;
    r.log(signals === 1
      ? `worker ${r.id}: ${signal}: finishing the job in hand, then stopping (send it again to release the job instead)\n`
      : `worker ${r.id}: ${signal}: releasing the job in hand and stopping\n`);
    void stop(signals === 1 ? {} : { force: true });
  };
  const removeSignals = (): void => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  };
  if (options.handleSignals) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }
  return { id: r.id, done, stop };
}
