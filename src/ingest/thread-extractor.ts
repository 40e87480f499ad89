import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { SourceDocument } from '../read/source-document.js';
import type { ExtractResult, Extractor } from './extractor.js';

/** A document sent to an extraction thread. */
export interface ThreadRequest {
  readonly id: number;
  readonly doc: SourceDocument;
  readonly country?: string;
}

/** An extraction thread's answer: the result, or the message of the error it met. */
export type ThreadReply =
  | { readonly id: number; readonly result: ExtractResult; readonly error?: undefined }
  | { readonly id: number; readonly error: string; readonly result?: undefined };

interface Pending {
  readonly path: string;
  resolve(r: ExtractResult): void;
  reject(e: Error): void;
}

/** Extraction threads by default: one fewer than the cores (the main thread reads and stores), at most 4. */
export function defaultThreads(): number {
  return Math.min(4, Math.max(0, availableParallelism() - 1));
}

/** Run from source (under tsx) or built. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
/** The thread's module beside this one. */
const THREAD_URL = new URL(`./extract-thread${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/** A thread running the module; from source it registers tsx's loader first (workers do not inherit it). */
function newThread(): Worker {
  if (!FROM_SOURCE) return new Worker(THREAD_URL);
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(THREAD_URL.href)}); });`, { eval: true });
}

/** Fails every document a thread still had, each error naming its file. */
function failPending(pending: Map<number, Pending>, reason: string): void {
  for (const p of pending.values()) p.reject(new Error(`extraction thread ${reason} while extracting ${p.path}`));
  pending.clear();
}

/**
 * Extraction on `threads` worker threads, so that reading and storing (the caller's thread) overlap
 * with it. Documents go to the thread with the fewest waiting; a thread that dies fails its
 * documents (each error names the file) and is started again for the next ones.
 */
export function threadExtractor(threads: number): Extractor {
  if (!Number.isInteger(threads) || threads < 1) throw new RangeError(`threadExtractor: threads must be a positive integer; got ${threads}`);
  const slots: { worker: Worker | undefined; pending: Map<number, Pending> }[] = Array.from({ length: threads }, () => ({ worker: undefined, pending: new Map() }));
  let next = 0;
  const start = (slot: (typeof slots)[number]): Worker => {
    const worker = newThread();
    worker.on('message', (reply: ThreadReply) => {
      const p = slot.pending.get(reply.id);
      if (p === undefined) return;
      slot.pending.delete(reply.id);
      if (reply.error !== undefined) p.reject(new Error(reply.error));
      else p.resolve(reply.result);
    });
    const fail = (reason: string): void => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      failPending(slot.pending, reason);
    };
    worker.on('error', (error) => fail(`failed (${error.message})`));
    worker.on('exit', (code) => fail(`exited with code ${code}`));
    // an idle thread does not keep the process alive
    worker.unref();
    slot.worker = worker;
    return worker;
  };
  return {
    kind: 'threads',
    extract(doc, options) {
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const worker = slot.worker ?? start(slot);
      const id = next++;
      return new Promise<ExtractResult>((resolve, reject) => {
        slot.pending.set(id, { path: doc.path, resolve, reject });
        const req: ThreadRequest = { id, doc, ...(options.country ? { country: options.country } : {}) };
        worker.ref();
        worker.postMessage(req);
      }).finally(() => {
        if (slot.pending.size === 0) slot.worker?.unref();
      });
    },
    async close() {
      await Promise.all(slots.map(async (slot) => {
        const w = slot.worker;
        slot.worker = undefined;
        failPending(slot.pending, 'closed');
        if (w) await w.terminate();
      }));
    },
  };
}
