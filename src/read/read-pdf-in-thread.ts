import { Worker } from 'node:worker_threads';
import type { Message, Messages } from '../text/message.js';
import type { PdfLimits, PdfText } from './pdf-to-text.js';

/** A PDF sent to the reader thread. */
export interface PdfRequest {
  readonly id: number;
  readonly path: string;
  readonly bytes: Uint8Array;
  readonly limits: PdfLimits;
}

/** The reader thread's answer: the text, or the refusal; with the notes made while reading. */
export type PdfReply =
  | { readonly id: number; readonly messages: readonly Message[]; readonly pdf: PdfText; readonly refusal?: undefined }
  | { readonly id: number; readonly messages: readonly Message[]; readonly refusal: { readonly reason: string; readonly ruleId: string }; readonly pdf?: undefined };

/**
 * Heap of the PDF reader thread (V8 old generation), in MB. A PDF that needs more is refused
 * ("PDF expands past 512 MB in memory") and the thread is started again; the process goes on.
 */
export const PDF_THREAD_MEMORY_MB = 512;
/** An idle reader thread ends after this long, giving its memory back (a server keeps running). */
export const PDF_THREAD_IDLE_MS = 5000;

/** Run from source (under tsx) or built. */
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const THREAD_URL = new URL(`./pdf-thread${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

function newThread(): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: PDF_THREAD_MEMORY_MB, maxYoungGenerationSizeMb: 32 };
  if (!FROM_SOURCE) return new Worker(THREAD_URL, { resourceLimits });
  // workers do not inherit tsx's loader: register it first
  const tsx = import.meta.resolve('tsx/esm/api');
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(THREAD_URL.href)}); });`, { eval: true, resourceLimits });
}

interface Job {
  readonly request: PdfRequest;
  readonly done: (reply: PdfReply) => void;
}

/** One reader thread, one PDF at a time (a PDF that exhausts its memory takes no other one with it). */
class PdfThread {
  #worker: Worker | undefined;
  #current: Job | undefined;
  #idle: NodeJS.Timeout | undefined;
  readonly #queue: Job[] = [];
  #nextId = 1;

  read(path: string, bytes: Uint8Array, limits: PdfLimits): Promise<PdfReply> {
    return new Promise((done) => {
      this.#queue.push({ request: { id: this.#nextId++, path, bytes, limits }, done });
      this.#pump();
    });
  }

  #pump(): void {
    if (this.#current !== undefined) return;
    const job = this.#queue.shift();
    if (job === undefined) {
      this.#worker?.unref();
      this.#idle = setTimeout(() => this.#stop(), PDF_THREAD_IDLE_MS).unref();
      return;
    }
    clearTimeout(this.#idle);
    this.#current = job;
    const worker = this.#start();
    worker.ref();
    const copy = new Uint8Array(job.request.bytes); // sent, not shared: the caller keeps its bytes
    worker.postMessage({ ...job.request, bytes: copy }, [copy.buffer]);
  }

  #start(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const worker = newThread();
    worker.on('message', (reply: PdfReply) => this.#finish(reply.id, reply));
    worker.on('error', (error: Error & { code?: string }) => this.#lost(worker, error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? { reason: `PDF expands past ${PDF_THREAD_MEMORY_MB} MB in memory while being read (the reader thread's limit)`, ruleId: 'read:pdf-expansion' }
      : { reason: `the PDF reader thread failed (${error.message})`, ruleId: 'read:internal' }));
    worker.on('exit', (code) => this.#lost(worker, { reason: `the PDF reader thread stopped (exit code ${code})`, ruleId: 'read:internal' }));
    this.#worker = worker;
    return worker;
  }

  /** The thread died: its PDF is refused with `refusal`, and the next one gets a new thread. */
  #lost(worker: Worker, refusal: { readonly reason: string; readonly ruleId: string }): void {
    if (this.#worker !== worker) return;
    this.#worker = undefined;
    void worker.terminate();
    if (this.#current !== undefined) this.#finish(this.#current.request.id, { id: this.#current.request.id, messages: [], refusal });
  }

  #finish(id: number, reply: PdfReply): void {
    const job = this.#current;
    if (job === undefined || job.request.id !== id) return;
    this.#current = undefined;
    job.done(reply);
    this.#pump();
  }

  #stop(): void {
    const worker = this.#worker;
    this.#worker = undefined;
    if (worker !== undefined && this.#current === undefined) void worker.terminate();
  }
}

let shared: PdfThread | undefined;

/**
 * Reads a PDF with pdfToText in the PDF reader thread, off the caller's event loop (a server keeps
 * answering), with a memory limit (resourceLimits): notes are added to `messages`; a refusal is
 * `messages.fail` (a DocumentError naming the file), as if read here.
 */
export async function readPdfInThread(bytes: Uint8Array, messages: Messages, limits: PdfLimits): Promise<PdfText> {
  shared ??= new PdfThread();
  const reply = await shared.read(messages.path, bytes, limits);
  for (const m of reply.messages) messages.list.push(m);
  if (reply.refusal !== undefined) messages.fail(reply.refusal.reason, reply.refusal.ruleId);
  return reply.pdf;
}
