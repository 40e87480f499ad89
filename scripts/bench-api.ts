/** API latency: p50/p99 of /api/flows and /api/profile with 32 concurrent connections (autocannon, ~3 s each). */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../src/ingest/ingest.js';
import { loadCountryResolver } from '../src/ingest/country-resolver.js';
import { openStore } from '../src/store/store.js';
import { createApp } from '../src/serve/create-app.js';
import { startServer } from '../src/serve/start-server.js';

interface CannonResult { readonly latency: { readonly p50: number; readonly p99: number }; readonly requests: { readonly average: number }; readonly non2xx: number; readonly errors: number }
type Cannon = (opts: { url: string; connections: number; duration: number }) => Promise<CannonResult>;

/** Serves `dbPath` (a store; a folder of reports is ingested into a temporary SQLite file first) and prints p50/p99 (ms) and requests/s for flows and one country's profile. */
export async function benchApi(dbPath: string, seconds = 3): Promise<void> {
  const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
  const isDir = !/^postgres/i.test(dbPath) && statSync(dbPath, { throwIfNoEntry: false })?.isDirectory() === true;
  const tmp = isDir ? mkdtempSync(join(tmpdir(), 'tip-atlas-bench-api-')) : undefined;
  const store = await openStore(tmp ? join(tmp, 'bench.db') : dbPath);
  if (isDir) await ingest(store, [dbPath]);
  const server = await startServer(createApp({ store, resolver: await loadCountryResolver() }), 0, '127.0.0.1');
  try {
    const top = (await store.facetClaims({}, 'country', 1))[0]?.value ?? 'ML';
    for (const [name, path] of [['flows', 'api/flows'], [`profile ${top}`, `api/profile/${top}`]] as const) {
      const r = await autocannon({ url: `http://127.0.0.1:${server.port}/${path}`, connections: 32, duration: seconds });
      console.log(`api ${name.padEnd(12)} p50 ${r.latency.p50} ms  p99 ${r.latency.p99} ms  ${Math.round(r.requests.average)} req/s  (32 connections, ${seconds} s${r.non2xx || r.errors ? `, ${r.non2xx} non-2xx, ${r.errors} errors` : ''})`);
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
