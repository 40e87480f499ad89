import type pg from 'pg';
import { runMigrations } from 'graphile-worker';
import { table, type QueueConfig } from './queue-config.js';
import { queueError } from './queue-error.js';
import { quietLogger } from './worker-logger.js';

/** The queue's own migrations, in order. Add new ones with a new key; never edit a released one. */
function migrations(config: QueueConfig): Record<string, string> {
  return {
    '0001_texts_items_workers': `
      create table ${table(config, 'texts')} (
        hash text primary key,
        text text not null,
        bytes integer not null,
        created_at timestamptz not null default now()
      );
      create table ${table(config, 'items')} (
        source_id text not null,
        part text not null,
        path text not null,
        hash text not null,
        job_id bigint,
        state text not null check (state in ('queued', 'running', 'done', 'failed')),
        attempts integer not null default 0,
        max_attempts integer not null,
        last_error text,
        outcome text,
        document_id integer,
        claims integer,
        worker text,
        enqueued_at timestamptz not null default now(),
        started_at timestamptz,
        finished_at timestamptz,
        primary key (source_id, part)
      );
      create index on ${table(config, 'items')} (state);
      create index on ${table(config, 'items')} (worker) where state = 'running';
      create table ${table(config, 'workers')} (
        id text primary key,
        lock_key bigint not null,
        host text not null,
        pid integer not null,
        slots integer not null,
        started_at timestamptz not null default now()
      );`,
  };
}

/**
 * Creates or updates the queue's schema (its own tables, then graphile-worker's), safely when several
 * processes start at once: the queue's migrations run in one transaction under an advisory lock.
 */
export async function migrateQueue(pool: pg.Pool, config: QueueConfig): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`tip-atlas-queue-migrate:${config.schema}`]);
    await client.query(`create schema if not exists "${config.schema}"`);
    await client.query(`create table if not exists ${table(config, 'migrations')} (name text primary key, applied_at timestamptz not null default now())`);
    const done = new Set((await client.query<{ name: string }>(`select name from ${table(config, 'migrations')}`)).rows.map((r) => r.name));
    for (const [name, ddl] of Object.entries(migrations(config))) {
      if (done.has(name)) continue;
      await client.query(ddl);
      await client.query(`insert into ${table(config, 'migrations')} (name) values ($1)`, [name]);
    }
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw queueError(config.url, `migrating the queue schema ${config.schema}`, error);
  } finally {
    client.release();
  }
  try {
    await runMigrations({ pgPool: pool, schema: config.workerSchema, logger: quietLogger() });
  } catch (error) {
    throw queueError(config.url, `migrating graphile-worker's schema ${config.workerSchema}`, error);
  }
}

/** Drops the queue's schemas (tests and `jobs --drop`): its own tables and graphile-worker's. */
export async function dropQueue(pool: pg.Pool, config: QueueConfig): Promise<void> {
  await pool.query(`drop schema if exists "${config.schema}" cascade; drop schema if exists "${config.workerSchema}" cascade`);
}
