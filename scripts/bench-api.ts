/**
 * API latency: p50/p99 of /api/flows, /api/profile and /api/search with 32 concurrent connections (~3 s each;
 * the clients in a worker thread) on the whole corpus. The server caches each view's JSON until the store's
 * revision changes (any document stored, by any process), so the load figures are those of repeated
 * requests (warm); `cold` is the first request after a write (the cache emptied, the view computed), `warm`
 * one request after it. Two clients: autocannon, and a client that reads answers as bytes
 * (scripts/load-client.ts): autocannon decodes every answer into a string, about 2 ms of CPU for the
 * 100 KiB of gzipped flows, so on two cores its figures for large answers measure the client as much as the server.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/ingest.js';
import { loadCountryResolver } from '../src/ingest/country-resolver.js';
import { openStore } from '../src/store/store.js';
import { createApp } from '../src/serve/create-app.js';
import { startServer } from '../src/serve/start-server.js';
import { storeCorpus } from './bench-store.js';
import { byteLoad } from './load-client.js';

/** A made-up report stored to empty the server's cache (a write, as another process's ingest would make). */
const WRITE_REPORT = ['2021 Trafficking in Persons Report: Benchland', 'BENCHLAND: Tier 2', 'TRAFFICKING PROFILE',
  'Traffickers exploit Malian boys in forced labor in gold mines in Guinea.'].join('\n');

interface CannonResult { readonly latency: { readonly p50: number; readonly p99: number }; readonly requests: { readonly average: number }; readonly non2xx: number; readonly errors: number }
type Cannon = (opts: { url: string; connections: number; duration: number; workers?: number; headers?: Record<string, string> }) => Promise<CannonResult>;

/** Serves `dbPath` (a store; a folder of reports — the whole corpus when it is one part of it — is ingested into a temporary SQLite file first) and prints p50/p99 (ms) and requests/s for flows, one country's profile and a search. */
export async function benchApi(dbPath: string, seconds = 3): Promise<void> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
  const isDir = !/^postgres/i.test(dbPath) && statSync(dbPath, { throwIfNoEntry: false })?.isDirectory() === true;
  const corpus = isDir ? storeCorpus(dbPath) : undefined;
  const tmp = corpus ? mkdtempSync(join(tmpdir(), 'tip-atlas-bench-api-')) : undefined;
  const store = await openStore(tmp ? join(tmp, 'bench.db') : dbPath);
  const resolver = await loadCountryResolver();
  if (corpus) {
    const s = await ingest(store, [corpus]);
    console.log(`api: serving ${corpus} (${s.documents} documents, ${s.claims} claims, ingested in ${(s.elapsedMs / 1000).toFixed(1)} s); load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
  }
  const server = await startServer(createApp({ store, resolver }), 0, '127.0.0.1');
  let writes = 0;
  /** A write into the store (only into the bench's own temporary store): the next request of each view is cold. */
  const write = tmp ? async () => {
    const dir = join(tmp, `write-${writes++}`);
    mkdirSync(dir);
    writeFileSync(join(dir, `benchland-${writes}.txt`), `${WRITE_REPORT} (${writes})`);
    await ingest(store, [dir], { resolver });
  } : undefined;
  try {
    const top = (await store.facetClaims({}, 'country', 1))[0]?.value ?? 'ML';
    for (const [name, path] of [['flows', 'api/flows'], [`profile ${top}`, `api/profile/${top}`], ['search gold', 'api/search?q=gold']] as const) {
      const url = `http://127.0.0.1:${server.port}/${path}`;
      const first = await timedGet(url, 'identity');
      const zipped = (await timedGet(url, 'gzip')).bytes;
      const timed = (encoding: string) => timedGet(url, encoding);
      let cold = first.ms;
      if (write) {
        await write();
        cold = (await timed('gzip')).ms;
      }
      const warm = (await timed('gzip')).ms;
      // As a browser asks (gzip accepted); the load generators in a worker thread, so that their JavaScript does not run on the server's event loop.
      const r = await autocannon({ url, connections: 32, duration: seconds, workers: 1, headers: { 'accept-encoding': 'gzip' } });
      const b = await byteLoad({ url, connections: 32, seconds, headers: { 'accept-encoding': 'gzip' } });
      const failures = (n: number, e: number) => (n || e ? `, ${n} non-2xx, ${e} errors` : '');
      console.log(`api ${name.padEnd(12)} ${(bytes(first.bytes))} JSON, ${bytes(zipped)} gzipped; first request ${first.ms.toFixed(0)} ms; `
        + `${write ? `cold (first after a write) ${cold.toFixed(0)} ms` : 'cold: not measured (not the bench\'s own store)'}, warm ${warm.toFixed(1)} ms`);
      console.log(`api ${name.padEnd(12)} 32 connections, ${seconds} s: autocannon p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ${Math.round(r.requests.average)} req/s${failures(r.non2xx, r.errors)}; `
        + `byte client p50 ${b.p50} ms  p99 ${b.p99} ms  ${Math.round(b.requestsPerSecond)} req/s${failures(b.non2xx, b.errors)}`);
    }
  } finally {
    await server.close();
    await store.close();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
}

/** One GET, its answer read as bytes (not decompressed): time to the last byte and size. */
function timedGet(url: string, encoding: string): Promise<{ ms: number; bytes: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      let n = 0;
      res.on('data', (chunk: Buffer) => { n += chunk.length; });
      res.on('end', () => resolve({ ms: performance.now() - t, bytes: n }));
    }).on('error', reject);
  });
}

const bytes = (n: number): string => `${(n / 1024).toFixed(0)} KiB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  await benchApi(process.argv[2] ?? './tip-atlas.db', Number(process.argv[3] ?? 3));
}
