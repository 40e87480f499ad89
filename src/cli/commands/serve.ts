import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { DB_HELP, intArg, missingSqliteFile } from '../../graph/view-args.js';
import { openStore, storeUrl } from '../../store/store.js';
import { loadCountryResolver } from '../../ingest/country-resolver.js';
import { ingest } from '../../ingest/ingest.js';
import { formatSummary, progressBar } from '../../ingest/progress.js';
import { createApp } from '../../serve/create-app.js';
import { parseHostValue } from '../../serve/host-check.js';
import { isLoopback } from '../../serve/security.js';
import { openUploadFolder } from '../../serve/upload-folder.js';
import { ensureWebBuilt, startServer } from '../../serve/start-server.js';
import { printable } from '../../text/printable.js';

/** The --allowed-host values, each a host name or address with an optional port. */
function allowedHostArgs(values: readonly string[]): readonly string[] {
  for (const v of values) {
    if (!parseHostValue(v)) throw new UsageError('serve', `--allowed-host expects a host name or address with an optional port (atlas.example.org, atlas.example.org:8443); got '${v}'`);
  }
  return values.map((v) => v.trim().toLowerCase());
}

export const serveCommand: Command = {
  name: 'serve',
  summary: 'serve the web app and the JSON API (map, country pages, evidence viewer, search)',
  usage: `Usage: tip-atlas serve [--db URL] [--port N] [--host H] [--allowed-host NAME]… [--ingest PATH]… [--allow-upload] [--token T]

Serves the atlas web app and its JSON API (/api, OpenAPI at /api/openapi.json) from one process.
Read-only unless --allow-upload. Uploads from a host other than loopback need --token (or
TIP_ATLAS_TOKEN), sent by clients as Authorization: Bearer <token>.
Requests whose Host is not the listening address, localhost, 127.0.0.1 or [::1] (on the port) get 403
(DNS rebinding), and so do writes that a browser sends from another origin (Origin, Sec-Fetch-Site).

Options:
  --port N        port (default 8080; 0 picks a free one)
  --host H        address to listen on (default 127.0.0.1)
  --allowed-host NAME
                  another Host name to answer (repeatable), e.g. behind a proxy:
                  atlas.example.org (any port) or atlas.example.org:8443
  --ingest PATH   ingest these files or folders first (e.g. examples), with a progress bar on a terminal
  --allow-upload  accept POST /api/documents (paste or upload a report, 5 MB at most)
  --token T       token required for uploads (required when --host is not loopback)
${DB_HELP}
  -h, --help      this help`,
  async run(argv, io) {
    const { values } = parseCommandArgs('serve', argv, {
      db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, ingest: { type: 'string', multiple: true },
      'allow-upload': { type: 'boolean' }, token: { type: 'string' }, 'allowed-host': { type: 'string', multiple: true },
    });
    const port = intArg('serve', 'port', str(values, 'port')) ?? 8080;
    if (port > 65535) throw new UsageError('serve', `--port must be at most 65535; got ${port}`);
    const host = str(values, 'host') ?? '127.0.0.1';
    const allowedHosts = allowedHostArgs((values['allowed-host'] as string[] | undefined) ?? []);
    const allowUpload = values['allow-upload'] === true;
    const token = str(values, 'token') ?? io.env.TIP_ATLAS_TOKEN;
    if (token !== undefined && token.length < 16) throw new UsageError('serve', '--token must be at least 16 characters');
    if (allowUpload && !isLoopback(host) && token === undefined) throw new UsageError('serve', `--allow-upload on a non-loopback host (${host}) needs --token`);
    const url = storeUrl(str(values, 'db'), io.env);
    const inputs = (values.ingest as string[] | undefined) ?? [];
    const missing = inputs.length === 0 && !allowUpload ? missingSqliteFile(url) : undefined;
    if (missing !== undefined) throw new UsageError('serve', `no SQLite store at '${missing}' to serve (it does not exist, and nothing could add to it: no --ingest, no --allow-upload); expected --db naming a store made by 'tip-atlas ingest'`);
    const store = await openStore(url);
    const resolver = await loadCountryResolver();
    if (inputs.length) {
      const bar = io.stderr.isTTY ? progressBar(io.stderr) : undefined;
      const s = await ingest(store, inputs, { resolver, ...(bar ? { onProgress: (p) => bar.update(p) } : {}) });
      bar?.done();
      for (const f of [...s.failures, ...s.flagged]) io.stderr.write(`${printable(`${f.path}: ${f.reason}`)}\n`);
      io.stderr.write(formatSummary(s) + '\n');
    }
    const webRoot = await ensureWebBuilt((l) => io.stderr.write(l + '\n')).catch((e: unknown) => {
      io.stderr.write(`web app not built: ${e instanceof Error ? e.message : String(e)}\n`);
      return undefined;
    });
    if (!webRoot) io.stderr.write('warning: web/dist is missing; only the API is served (run npm run build)\n');
    const uploads = allowUpload ? await openUploadFolder() : undefined;
    const app = createApp({ store, resolver, allowUpload, hostCheck: { boundHost: host, allowedHosts }, documentRoots: inputs, ...(uploads ? { uploads } : {}), ...(webRoot ? { webRoot } : {}), ...(token !== undefined ? { token } : {}) });
    const server = await startServer(app, port, host);
    const stopped = new Promise<void>((resolve) => { // listening for the signals before saying where we listen: a client may stop us at once
      const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    io.stdout.write(`TIP Atlas on ${server.url}  (API: ${server.url}api/openapi.json${allowUpload ? ', uploads on' : ''})\n`);
    await stopped;
    await server.close();
    await uploads?.close();
    await store.close();
    return 0;
  },
};
