import { UsageError } from '../command.js';
import { str, type ParsedArgs } from '../args.js';
import { DEFAULT_QUEUE_SCHEMA, queueConfig, type QueueConfig } from '../../queue/queue-config.js';
import { QueueError } from '../../queue/queue-error.js';

/** Options every queue command takes. */
export const QUEUE_OPTIONS = { db: { type: 'string' }, 'queue-schema': { type: 'string' } } as const;

export const QUEUE_HELP = `  --db URL     the team's PostgreSQL database, postgres://… (default DATABASE_URL)
  --queue-schema NAME   schema of the queue's tables (default ${DEFAULT_QUEUE_SCHEMA}; graphile-worker uses NAME_jobs)`;

/** The queue configuration from --db / DATABASE_URL and --queue-schema; usage errors when it is not PostgreSQL. */
export function queueConfigArgs(command: string, values: ParsedArgs['values'], env: NodeJS.ProcessEnv): QueueConfig {
  const url = str(values, 'db') ?? env.DATABASE_URL;
  if (!url) throw new UsageError(command, 'expected --db postgres://… (or DATABASE_URL): the job queue lives in PostgreSQL');
  const schema = str(values, 'queue-schema');
  try {
    return queueConfig(url, schema ? { schema } : {});
  } catch (error) {
    if (error instanceof QueueError) throw new UsageError(command, error.message);
    throw error;
  }
}

/** A positive integer option, or `fallback`. */
export function positiveInt(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(command, `--${flag} must be a positive integer; got '${value}'`);
  return Number(value);
}
