/** Replaces the password of a database URL with `***` so that errors and logs never show it. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}

/** A store could not be opened, migrated, read or written. Names the store (URL redacted) and the operation. */
export class StoreError extends Error {
  readonly url: string;
  readonly operation: string;
  constructor(url: string, operation: string, reason: string, options?: { cause?: unknown }) {
    const safe = redactUrl(url);
    super(`store ${safe}: ${operation}: ${redactUrl(reason)}`, options);
    this.name = 'StoreError';
    this.url = safe;
    this.operation = operation;
  }
}

/** Wraps any thrown value into a StoreError naming the store and operation. */
export function storeError(url: string, operation: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const reason = error instanceof Error ? error.message : String(error);
  return new StoreError(url, operation, reason, { cause: error });
}
