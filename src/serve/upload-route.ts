/** POST /api/documents: paste or upload one report, ingested at once (only with --allow-upload). */
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ingest } from '../ingest/ingest.js';
import type { CountryResolver } from '../ingest/country-resolver.js';
import type { Store } from '../store/store.js';
import type { PublicPath } from './public-path.js';
import type { UploadFolder } from './upload-folder.js';
import { ApiError } from './query-params.js';
import { sendJson } from './view-adapters.js';

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/** A safe file name: letters, digits, dash, dot, underscore; keeps a known extension so the reader picks HTML/PDF/text. */
export function uploadName(name: string | undefined): string {
  const base = (name ?? 'pasted-report.txt').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[.-]+/, '').slice(0, 100);
  const withExt = /\.(txt|html?|pdf)$/i.test(clean) ? clean : `${clean || 'pasted-report'}.txt`;
  return withExt;
}

async function bodyOf(c: Context): Promise<{ name: string; data: Buffer }> {
  const type = (c.req.header('content-type') ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'application/json') {
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new ApiError(400, 'malformed_body', 'the body is not valid JSON');
    }
    const o = json as { name?: unknown; text?: unknown };
    if (typeof json !== 'object' || json === null || typeof o.text !== 'string' || o.text.trim() === '') throw new ApiError(422, 'invalid_body', 'expected {"text": "<report text>", "name"?: "file.txt"}');
    if (o.name !== undefined && typeof o.name !== 'string') throw new ApiError(422, 'invalid_body', "'name' must be a string");
    return { name: uploadName(o.name as string | undefined), data: Buffer.from(o.text, 'utf8') };
  }
  if (type === 'text/plain' || type === 'text/html' || type === 'application/pdf' || type === 'application/octet-stream') {
    const data = Buffer.from(await c.req.arrayBuffer());
    if (data.length === 0) throw new ApiError(422, 'invalid_body', 'the body is empty');
    const ext = type === 'text/html' ? '.html' : type === 'application/pdf' ? '.pdf' : '.txt';
    return { name: uploadName(c.req.query('name') ?? `uploaded-report${ext}`), data };
  }
  throw new ApiError(415, 'unsupported_media_type', `expected application/json, text/plain, text/html or application/pdf; got '${type || 'none'}'`);
}

/** The source id of an uploaded report: its content, so the same report uploaded again is the same document. */
export function uploadSourceId(data: Uint8Array): string {
  return `upload:${createHash('sha256').update(data).digest('hex')}`;
}

/** What an upload needs: the store, the resolver, how answers name documents, and the server's upload folder. */
export interface UploadContext {
  readonly store: Store;
  readonly resolver: CountryResolver;
  readonly toPublic: PublicPath;
  readonly uploads: () => Promise<UploadFolder>;
}

/**
 * Writes the report into the server's upload folder and ingests it (so it is read, split and extracted
 * like any file) under a source id made from its content: uploading the same report again changes
 * nothing (200, outcome 'unchanged'); a new report is 201. Reasons name the report, not the folder.
 */
export async function handleUpload(c: Context, u: UploadContext) {
  const { name, data } = await bodyOf(c);
  const sourceId = uploadSourceId(data);
  const summary = await (await u.uploads()).withFile(name, data, async (file) => {
    const s = await ingest(u.store, [file], { resolver: u.resolver, identify: () => ({ sourceId, path: name }) });
    return { ...s, failures: s.failures.map((f) => ({ path: name, reason: f.reason.split(file).join(name) })) };
  });
  if (summary.failures.length && summary.documents === 0) throw new ApiError(422, 'unreadable_report', summary.failures.map((f) => f.reason).join('; '));
  const docs = await u.store.listDocuments({ sourceId });
  const outcome = summary.inserted > 0 ? 'inserted' : summary.replaced > 0 ? 'replaced' : 'unchanged';
  return sendJson(c, { documents: docs, claims: summary.claims, outcome, failures: summary.failures }, u.toPublic, outcome === 'inserted' ? 201 : 200);
}
