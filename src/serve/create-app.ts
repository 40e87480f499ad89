/** The Hono app: JSON API under /api, the built web app everywhere else, security headers on everything. */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CountryResolver } from '../ingest/country-resolver.js';
import type { Store } from '../store/store.js';
import { apiRoutes } from './api-routes.js';
import { OPENAPI_DOCUMENT } from './openapi.js';
import { publicPath } from './public-path.js';
import { openUploadFolder, type UploadFolder } from './upload-folder.js';
import { ApiError } from './query-params.js';
import { hostCheck, type HostCheckOptions } from './host-check.js';
import { originCheck } from './origin-check.js';
import { bearerMatches, securityHeaders } from './security.js';
import { staticFile } from './static-files.js';
import { handleUpload, MAX_UPLOAD_BYTES } from './upload-route.js';

export interface AppOptions {
  readonly store: Store;
  readonly resolver: CountryResolver;
  /** Folder of the built web app (web/dist); the API still works without it. */
  readonly webRoot?: string;
  readonly allowUpload?: boolean;
  /** When set, uploads need `Authorization: Bearer <token>`. */
  readonly token?: string;
  readonly maxUploadBytes?: number;
  /** When set, requests whose Host is not one of the server's names get 403 (DNS rebinding); `serve` always sets it. */
  readonly hostCheck?: HostCheckOptions;
  /** The folders and files the server ingested (serve --ingest): answers show document paths relative to them. */
  readonly documentRoots?: readonly string[];
  /** Where uploads are written while ingested (serve opens it at start); opened on the first upload otherwise. */
  readonly uploads?: UploadFolder;
  /** Exports answered at once (default 4); past them /api/export answers 503 with Retry-After. */
  readonly maxConcurrentExports?: number;
}

export const MAX_URL_LENGTH = 4096;

function fail(c: Context, e: ApiError) {
  return c.json({ error: e.error, detail: e.detail }, e.status);
}

export function createApp(options: AppOptions): Hono {
  const app = new Hono();
  const toPublic = publicPath(options.documentRoots);
  let uploads: Promise<UploadFolder> | undefined = options.uploads && Promise.resolve(options.uploads);
  const upload = { store: options.store, resolver: options.resolver, toPublic, uploads: () => (uploads ??= openUploadFolder()) };
  app.use('*', securityHeaders);
  app.use('*', async (c, next) => {
    if (c.req.url.length > MAX_URL_LENGTH) return fail(c, new ApiError(414, 'uri_too_long', `the URL is longer than ${MAX_URL_LENGTH} characters`));
    await next();
  });
  if (options.hostCheck) app.use('*', hostCheck(options.hostCheck));
  app.use('*', originCheck(options.hostCheck?.allowedHosts));
  app.onError((err, c) => {
    if (err instanceof ApiError) return fail(c, err);
    // the client left before its request was read (its body stream aborted): no one hears an answer, nothing failed here
    if (c.req.raw.signal.aborted) return fail(c, new ApiError(400, 'client_closed', 'the client closed the connection before its request was read'));
    console.error(err);
    return c.json({ error: 'internal_error', detail: 'the server could not answer this request' }, 500);
  });

  app.get('/api/openapi.json', (c) => c.json(OPENAPI_DOCUMENT));
  app.post('/api/documents',
    async (c, next) => {
      if (!options.allowUpload) return fail(c, new ApiError(403, 'upload_disabled', 'this server is read-only; start it with --allow-upload to accept reports'));
      if (options.token !== undefined && !bearerMatches(c.req.header('authorization'), options.token)) {
        c.header('WWW-Authenticate', 'Bearer');
        return fail(c, new ApiError(401, 'unauthorized', 'uploads need Authorization: Bearer <token>'));
      }
      await next();
    },
    bodyLimit({
      maxSize: options.maxUploadBytes ?? MAX_UPLOAD_BYTES,
      onError: (c) => fail(c, new ApiError(413, 'payload_too_large', `reports are limited to ${Math.round((options.maxUploadBytes ?? MAX_UPLOAD_BYTES) / 1024)} KiB`)),
    }),
    (c) => handleUpload(c, upload));
  app.route('/api', apiRoutes(options.store, options.resolver, toPublic, options.maxConcurrentExports));
  app.all('/api/*', (c) => fail(c, c.req.method === 'GET' || c.req.method === 'HEAD'
    ? new ApiError(404, 'not_found', `no API endpoint ${c.req.path}; see /api/openapi.json`)
    : new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}`)));

  app.get('*', async (c) => {
    if (!options.webRoot) return c.text('The web app is not built: run `npm run build` (vite build web).', 404);
    const raw = new URL(c.req.url).pathname;
    const r = await staticFile(options.webRoot, raw);
    if (r.kind === 'bad') return fail(c, new ApiError(400, 'bad_path', r.reason));
    if (r.kind === 'missing') return c.text('not found', 404);
    return c.body(r.body as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': r.type, 'Cache-Control': r.immutable ? 'public, max-age=31536000, immutable' : 'no-cache' });
  });
  app.all('*', (c) => fail(c, new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed here`)));
  return app;
}
