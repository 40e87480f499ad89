/**
 * API latency: p50/p99 of /api/flows and /api/profile with 32 concurrent connections (autocannon, ~3 s
 * each; the client in a worker thread) on the whole corpus, after the first (uncached) request of each.
 * The server caches each view's JSON until a document is stored, so the load figures are those of repeated requests.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/ingest.js';
import { loadCountryResolver } from '../src/ingest/country-resolver.js';
import { openStore } from '../src/store/store.js';
import { createApp } from '../src/serve/create-app.js';
import { startServer } from '../src/serve/start-server.js';
import { storeCorpus } from './bench-store.js';

interface CannonResult { readonly latency: { readonly p50: number; readonly p99: number }; readonly requests: { readonly average: number }; readonly non2xx: number; readonly errors: number }
type Cannon = (opts: { url: string; connections: number; duration: number; workers?: number; headers?: Record<string, string> }) => Promise<CannonResult>;

/** Serves `dbPath` (a store; a folder of reports — the whole corpus when it is one part of it — is ingested into a temporary SQLite file first) and prints p50/p99 (ms) and requests/s for flows and one country's profile. */
export async function benchApi(dbPath: string, seconds = 3): Promise<void> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
  const isDir = !/^postgres/i.test(dbPath) && statSync(dbPath, { throwIfNoEntry: false })?.isDirectory() === true;
  const corpus = isDir ? storeCorpus(dbPath) : undefined;
  const tmp = corpus ? mkdtempSync(join(tmpdir(), 'tip-atlas-bench-api-')) : undefined;
  const store = await openStore(tmp ? join(tmp, 'bench.db') : dbPath);
  if (corpus) {
    const s = await ingest(store, [corpus]);
    console.log(`api: serving ${corpus} (${s.documents} documents, ${s.claims} claims, ingested in ${(s.elapsedMs / 1000).toFixed(1)} s); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  }
  const server = await startServer(createApp({ store, resolver: await loadCountryResolver() }), 0, '127.0.0.1');
  try {
    const top = (await store.facetClaims({}, 'country', 1))[0]?.value ?? 'ML';
    for (const [name, path] of [['flows', 'api/flows'], [`profile ${top}`, `api/profile/${top}`]] as const) {
      const url = `http://127.0.0.1:${server.port}/${path}`;
      const t = performance.now();
      const first = await fetch(url, { headers: { 'Accept-Encoding': 'identity' } });
      const bytes = (await first.arrayBuffer()).byteLength;
      const coldMs = performance.now() - t;
      const zipped = Number((await fetch(url, { headers: { 'Accept-Encoding': 'gzip' } })).headers.get('content-length') ?? 0);
      // As a browser asks (gzip accepted); the load generator in a worker thread, so that its JavaScript does not run on the server's event loop.
      const r = await autocannon({ url, connections: 32, duration: seconds, workers: 1, headers: { 'accept-encoding': 'gzip' } });
      console.log(`api ${name.padEnd(12)} p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ${Math.round(r.requests.average)} req/s  (32 connections, ${seconds} s${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''}; `
        + `first request ${coldMs.toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB JSON, ${(zipped / 1024).toFixed(0)} KiB gzipped)`);
    }
  } finally {
    await server.close();
    await store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchApi(process.argv[2] ?? './tip-atlas.db');
}
