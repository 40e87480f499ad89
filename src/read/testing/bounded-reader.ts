/** Reads and extracts documents in a worker thread with a time bound per document: a hang is a failure naming the input, never a stuck test. */
import { Worker } from 'node:worker_threads';
import type { FuzzReply, FuzzRequest } from './read-extract-worker.js';

const WORKER_URL = new URL('./read-extract-worker.ts', import.meta.url).href;

export class DocumentTimeout extends Error {
  constructor(readonly path: string, readonly limitMs: number) {
    super(`${path}: not read and extracted within ${limitMs} ms (the worker was stopped)`);
    this.name = 'DocumentTimeout';
  }
}

export interface BoundedReader {
  /** Reads and extracts `path` within `limitMs`, or rejects with a DocumentTimeout. */
  check(path: string): Promise<FuzzReply>;
  /** Resolves when every check asked for so far has ended. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The per-document bound: TIP_ATLAS_FUZZ_DOC_MS, else 20 s (a hang, not a speed target: a fixture report takes well under 2 s, but a 2-core CI machine may be busy). */
export const DOCUMENT_LIMIT_MS = Number(process.env.TIP_ATLAS_FUZZ_DOC_MS ?? 20000);

/** `textOnly`: the worker skips loading pdf.js and the HTML parser before its first document (quicker to start; for text files). */
export function boundedReader(limitMs = DOCUMENT_LIMIT_MS, options: { readonly textOnly?: boolean } = {}): BoundedReader {
  let worker: Worker | undefined;
  let ready: Promise<void> | undefined;
  let next = 1;
  const start = (): Promise<void> => {
    // A worker does not inherit the test's TypeScript loader: register tsx in it, then load the worker module.
    const boot = `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};\nregister();\nawait import(${JSON.stringify(WORKER_URL)});`;
    const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { textOnly: options.textOnly === true } });
    worker = w;
    w.unref();
    // a worker that dies between two checks (an uncaught error after its reply) is replaced at the next
    // check: posting to a dead worker would wait for a reply until the bound and blame the wrong input
    w.once('exit', () => {
      if (worker === w) worker = undefined;
    });
    ready = new Promise((resolve, reject) => {
      w.once('message', () => resolve());
      w.once('error', reject);
    });
    return ready;
  };
  /** Reads one document; the clock starts when the worker takes it. */
  const checkNow = async (path: string): Promise<FuzzReply> => {
    if (!worker) await start();
    await ready;
    const w = worker as Worker;
    const id = next++;
    return new Promise<FuzzReply>((resolve, reject) => {
      const timer = setTimeout(() => {
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        worker = undefined;
        void w.terminate();
        reject(new DocumentTimeout(path, limitMs));
      }, limitMs);
      const onMessage = (reply: FuzzReply): void => {
        if (reply.id !== id) return;
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('error', onError);
        w.off('exit', onExit);
        resolve(reply);
      };
      const onError = (error: Error): void => {
        clearTimeout(timer);
        w.off('message', onMessage);
        w.off('exit', onExit);
        worker = undefined;
        reject(new Error(`${path}: the worker died: ${error.stack ?? error.message}`));
      };
      const onExit = (code: number): void => onError(new Error(`worker exited with code ${code}`));
      w.on('message', onMessage);
      w.once('error', onError);
      w.once('exit', onExit);
      w.postMessage({ id, path } satisfies FuzzRequest);
    });
  };
  // One document at a time: a check abandoned by its caller (fast-check's time limit) still ends, at the
  // latest at its own bound, before the next one starts its clock.
  let last: Promise<unknown> = Promise.resolve();
  return {
    check(path) {
      const result = last.catch(() => undefined).then(() => checkNow(path));
      last = result;
      return result;
    },
    async idle() {
      await last.catch(() => undefined);
    },
    async close() {
      await worker?.terminate();
      worker = undefined;
    },
  };
}
