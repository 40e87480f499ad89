import pg from 'pg';
import type { QueueConfig } from './queue-config.js';
import { migrateQueue } from './queue-schema.js';
import { queueError } from './queue-error.js';

/** A connection pool to the queue's database, with the queue's schema migrated. */
export interface QueueConnection {
  readonly config: QueueConfig;
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/** Connects to the queue's database and creates or updates its schema. */
export async function openQueue(config: QueueConfig, options: { readonly maxConnections?: number } = {}): Promise<QueueConnection> {
  const pool = new pg.Pool({ connectionString: config.url, max: options.maxConnections ?? 4, keepAlive: true });
  pool.on('error', () => undefined); // an idle client's connection dropped: the next query reports it
  try {
    await migrateQueue(pool, config);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw queueError(config.url, 'opening', error);
  }
  return { config, pool, close: () => pool.end() };
}
