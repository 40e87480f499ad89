/**
 * /api/export without its old costs (issue 13): the answer is made once per filter and store revision,
 * page by page of claims into chunks of bytes (no one string of the whole answer, no copy per request),
 * shared by every request for it; each response reads the chunks as the client takes them (a stream
 * pulled by the socket: a client that does not read holds one chunk in flight, not the answer); and at
 * most `maxConcurrent` exports are answered at once, the rest get 503 with Retry-After.
 */
import { RevisionCache } from './revision-cache.js';
import type { Context } from 'hono';
import { csvField } from '../export/csv.js';
import type { ClaimFilter, Store, StoredClaim } from '../store/store.js';
import { publicJson, type PublicPath } from './public-path.js';
import { claimJson, CSV_COLUMNS, csvRecord } from './view-adapters.js';

export type ExportFormat = 'json' | 'csv' | 'facts';

/** At most this many claims in one export (as before). */
export const EXPORT_MAX_CLAIMS = 100_000;
/** Claims read from the store per query, and serialized per chunk. */
export const EXPORT_PAGE = 2_000;

/** One export answer: its bytes in chunks (each a page of claims). */
export interface ExportBody {
  readonly chunks: readonly Uint8Array[];
  readonly bytes: number;
}

const encoder = new TextEncoder();

/** The claims of `filter`, a page at a time, in the store's order (document, then position). */
async function* claimPages(store: Store, filter: Omit<ClaimFilter, 'limit' | 'offset'>): AsyncGenerator<readonly StoredClaim[]> {
  for (let offset = 0; offset < EXPORT_MAX_CLAIMS; offset += EXPORT_PAGE) {
    const page = await store.queryClaims({ ...filter, offset, limit: Math.min(EXPORT_PAGE, EXPORT_MAX_CLAIMS - offset) });
    if (page.length) yield page;
    if (page.length < EXPORT_PAGE) return;
  }
}

/** A JSON array written as chunks: `[`, items joined by `,`, `]`. */
class JsonArrayChunks {
  readonly chunks: Uint8Array[] = [];
  #first = true;
  add(items: readonly string[]): void {
    if (items.length === 0) return;
    this.chunks.push(encoder.encode(`${this.#first ? '[' : ','}${items.join(',')}`));
    this.#first = false;
  }
  end(): readonly Uint8Array[] {
    this.chunks.push(encoder.encode(this.#first ? '[]' : ']'));
    return this.chunks;
  }
}

async function jsonChunks(store: Store, filter: Omit<ClaimFilter, 'limit' | 'offset'>, toPublic: PublicPath): Promise<readonly Uint8Array[]> {
  const out = new JsonArrayChunks();
  for await (const page of claimPages(store, filter)) out.add(page.map((c) => publicJson(claimJson(c), toPublic)));
  return out.end();
}

async function csvChunks(store: Store, filter: Omit<ClaimFilter, 'limit' | 'offset'>): Promise<readonly Uint8Array[]> {
  const chunks = [encoder.encode(`${CSV_COLUMNS.map(csvField).join(',')}\r\n`)];
  for await (const page of claimPages(store, filter)) {
    chunks.push(encoder.encode(page.map((c) => { const r = csvRecord(c); return `${CSV_COLUMNS.map((k) => csvField(r[k])).join(',')}\r\n`; }).join('')));
  }
  return chunks;
}

/** The facts contract: one entry per document path, with its facts (grouped across pages, as before). */
async function factsChunks(store: Store, filter: Omit<ClaimFilter, 'limit' | 'offset'>, toPublic: PublicPath): Promise<readonly Uint8Array[]> {
  const byDoc = new Map<string, { readonly doc: string; readonly country: string; readonly facts: unknown[] }>();
  for await (const page of claimPages(store, filter)) {
    for (const cl of page) {
      const e = byDoc.get(cl.document.path) ?? { doc: cl.document.path, country: cl.document.country, facts: [] };
      e.facts.push(cl.claim.fact);
      byDoc.set(cl.document.path, e);
    }
  }
  const out = new JsonArrayChunks();
  const entries = [...byDoc.values()];
  for (let i = 0; i < entries.length; i += 100) out.add(entries.slice(i, i + 100).map((e) => publicJson(e, toPublic)));
  return out.end();
}

/** Makes one export answer, a page of claims at a time. */
export async function exportBody(store: Store, format: ExportFormat, filter: Omit<ClaimFilter, 'limit' | 'offset'>, toPublic: PublicPath): Promise<ExportBody> {
  const chunks = format === 'csv' ? await csvChunks(store, filter) : format === 'facts' ? await factsChunks(store, filter, toPublic) : await jsonChunks(store, filter, toPublic);
  return { chunks, bytes: chunks.reduce((n, c) => n + c.byteLength, 0) };
}

/**
 * Export answers by key, valid while the store's revision is unchanged; concurrent requests share one
 * making. Least recently used out first past `maxBytes` (an answer larger than that is served, not kept).
 */
export class ExportCache {
  readonly #cache: RevisionCache<ExportBody>;

  constructor(store: Store, maxBytes = 64 * 1024 * 1024) {
    this.#cache = new RevisionCache<ExportBody>(store, { maxBytes, keepNewest: false }, (b) => b.bytes);
  }

  body(key: string, make: () => Promise<ExportBody>): Promise<ExportBody> {
    return this.#cache.get(key, make);
  }

  /** Answers held and their bytes (for tests). */
  get size(): { readonly entries: number; readonly bytes: number } {
    return this.#cache.size;
  }
}

/** Counts exports being answered; `tryEnter` refuses past `max`. */
export class ExportSlots {
  #active = 0;
  constructor(readonly max: number) {}
  get active(): number {
    return this.#active;
  }
  /** A release function (call once, when the answer is sent or abandoned), or undefined when all slots are taken. */
  tryEnter(): (() => void) | undefined {
    if (this.#active >= this.max) return undefined;
    this.#active++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.#active--;
    };
  }
}

/** A stream of the body's chunks, read as the consumer asks (backpressure); `done` runs once at its end, error or cancel. */
export function chunkStream(body: ExportBody, done: () => void): ReadableStream<Uint8Array> {
  let next = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (next < body.chunks.length) controller.enqueue(body.chunks[next++]);
      if (next >= body.chunks.length) {
        controller.close();
        done();
      }
    },
    cancel() {
      done();
    },
  }, { highWaterMark: 1, size: () => 1 });
}

/** Seconds a refused export is told to wait before trying again. */
export const EXPORT_RETRY_AFTER_SECONDS = 5;

/** The 503 an export past the cap gets. */
export function exportsBusy(c: Context, slots: ExportSlots): Response {
  c.header('Retry-After', String(EXPORT_RETRY_AFTER_SECONDS));
  return c.json({ error: 'export_busy', detail: `/api/export: at most ${slots.max} exports are answered at once and ${slots.active} are under way; retry after ${EXPORT_RETRY_AFTER_SECONDS} s` }, 503);
}
