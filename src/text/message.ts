import type { Span } from './span.js';

/** A problem found while reading or extracting a document: data, not an exception. */
export interface Message {
  readonly reason: string;
  /** Where in the document text; undefined when the problem concerns the whole file. */
  readonly place?: Span;
  /** Which stage or rule noticed it, e.g. `read:pdf`, `extract:statistic-range`. */
  readonly ruleId: string;
  readonly fatal: boolean;
}

/** Thrown only for a fatal message; carries the file and the message. */
export class DocumentError extends Error {
  readonly path: string;
  readonly ruleId: string;
  constructor(path: string, reason: string, ruleId: string, options?: { cause?: unknown }) {
    super(`${path}: ${reason}`, options);
    this.name = 'DocumentError';
    this.path = path;
    this.ruleId = ruleId;
  }
}

/** Collects messages for one document (vfile style). Only `fail` throws. */
export class Messages {
  readonly list: Message[] = [];
  constructor(readonly path: string) {}

  warn(reason: string, ruleId: string, place?: Span): Message {
    const m: Message = { reason, ruleId, fatal: false, ...(place ? { place } : {}) };
    this.list.push(m);
    return m;
  }

  fail(reason: string, ruleId: string, place?: Span): never {
    this.list.push({ reason, ruleId, fatal: true, ...(place ? { place } : {}) });
    throw new DocumentError(this.path, reason, ruleId);
  }
}
