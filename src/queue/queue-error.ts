import { redactUrl } from '../store/store-error.js';

/** The job queue could not be set up, fed or run. Names the database (password redacted), what was being done and why. */
export class QueueError extends Error {
  readonly url: string;
  readonly operation: string;
  constructor(url: string, operation: string, reason: string, options?: { cause?: unknown }) {
    const safe = redactUrl(url);
    super(`queue ${safe}: ${operation}: ${redactUrl(reason)}`, options);
    this.name = 'QueueError';
    this.url = safe;
    this.operation = operation;
  }
}

/** Wraps any thrown value into a QueueError naming the database and the operation. */
export function queueError(url: string, operation: string, error: unknown): QueueError {
  if (error instanceof QueueError) return error;
  return new QueueError(url, operation, error instanceof Error ? error.message : String(error), { cause: error });
}

/** The message of any thrown value. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
