import { QueueError } from './queue-error.js';

/** Where the queue lives: one PostgreSQL database holds the store, the queue's own tables and graphile-worker's. */
export interface QueueConfig {
  /** postgres://… of the database. */
  readonly url: string;
  /** Schema of the queue's own tables (texts by content hash, one item per document, live workers). */
  readonly schema: string;
  /** Schema of graphile-worker's tables and functions. */
  readonly workerSchema: string;
  /** Schema of the store (documents and claims); undefined: the database's default (`public`). */
  readonly storeSchema?: string;
}

export const DEFAULT_QUEUE_SCHEMA = 'tip_atlas_queue';

/** graphile-worker's task name for one document's extraction. */
export const EXTRACT_TASK = 'tip_atlas_extract';

/** Attempts per document before it is marked failed (the first try included). */
export const DEFAULT_MAX_ATTEMPTS = 5;

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,50}$/;

/** The queue's configuration: the queue schema `schema` (default tip_atlas_queue) and graphile-worker's `<schema>_jobs`. */
export function queueConfig(url: string, options: { readonly schema?: string; readonly storeSchema?: string } = {}): QueueConfig {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new QueueError(url, 'opening', 'the job queue needs a PostgreSQL database: expected --db postgres://…; got an SQLite store');
  }
  const schema = options.schema ?? DEFAULT_QUEUE_SCHEMA;
  for (const [what, name] of [['queue schema', schema], ['store schema', options.storeSchema]] as const) {
    if (name !== undefined && !IDENTIFIER.test(name)) {
      throw new QueueError(url, 'opening', `${what} must be a lower-case identifier (letters, digits, _; at most 51 characters); got '${name}'`);
    }
  }
  return { url, schema, workerSchema: `${schema}_jobs`, ...(options.storeSchema ? { storeSchema: options.storeSchema } : {}) };
}

/** A schema-qualified table name of the queue, quoted for SQL (the schema is a checked identifier). */
export function table(config: QueueConfig, name: 'texts' | 'items' | 'workers' | 'migrations'): string {
  return `"${config.schema}"."${name}"`;
}
