/**
 * The server under load, bounded in time: `tip-atlas serve` in its own process on loopback, over a store
 * made from a corpus folder, hit by 64 concurrent connections for 60 s (autocannon) with a mix of API
 * requests. Prints errors, non-2xx answers, latency p50/p99, requests/s, and the server's resident memory
 * at the start, middle and end of the run (stable memory: the end within 25% of the middle).
 *
 *   node --import tsx scripts/bench-load.ts [CORPUS_DIR] [--seconds N] [--connections N] [--db STORE_FILE]
 *
 * --db serves an existing SQLite store instead of ingesting CORPUS_DIR. After the mix, searches that differ
 * each time (no cached answer) run at 8 connections for up to 20 s; --search-only runs only those.
 *
 * CORPUS_DIR defaults to ../shared/corpus/hrr, else examples/. `npm run bench` runs it as section `load`
 * (TIP_ATLAS_LOAD_SECONDS shortens it).
 */
import { seededRandom as seeded } from '../src/test-support/seeded-random.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ingest } from '../src/ingest/ingest.js';
import { openStore } from '../src/store/store.js';

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const PROJECT = join(SCRIPTS, '..');

interface CannonResult {
  readonly latency: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly requests: { readonly average: number; readonly total: number };
  readonly non2xx: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly statusCodeStats: Readonly<Record<string, { count: number }>>;
}
type Cannon = (opts: object) => Promise<CannonResult>;

export interface LoadFigures {
  readonly requests: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly rssMb: { readonly start: number; readonly middle: number; readonly end: number };
  /** After the mix: searches that differ each time, at UNIQUE_SEARCH_CONNECTIONS (undefined with `searchOnly` false and no run). */
  readonly uniqueSearch?: UniqueSearchFigures;
}

/** The connections of the unique-query search run (issue 13: p99 under 500 ms, 0 errors, at 8). */
export const UNIQUE_SEARCH_CONNECTIONS = 8;

/** Resident memory of a process in MB, from /proc (Linux); undefined elsewhere. */
function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Starts `tip-atlas serve` (from the sources) on a free loopback port; resolves with its URL. */
function startServe(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(PROJECT, 'src/cli/main.ts'), 'serve', '--db', db, '--port', '0', '--host', '127.0.0.1'], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (b: Buffer) => { err += b.toString(); });
  return new Promise((res, rej) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /on (http:\/\/\S+?\/)\s/.exec(out);
      if (m) res({ child, url: m[1].replace('localhost', '127.0.0.1') });
    });
    child.on('exit', (code) => rej(new Error(`tip-atlas serve exited (${code}) before it listened: ${err.slice(-2000)}`)));
  });
}

/** A mix of API requests over what the store holds: views (cached and not), lists, search, documents. */
async function requestMix(db: string): Promise<string[]> {
  const store = await openStore(db);
  try {
    const countries = (await store.facetClaims({}, 'country', 8)).map((f) => f.value);
    const years = (await store.facetClaims({}, 'year', 3)).map((f) => f.value);
    const docs = await store.listDocuments({ limit: 20 });
    const paths = [
      '/api/health', '/api/overview', '/api/flows', '/api/flows?form=forced_labor', '/api/documents?limit=50', '/api/claims?type=flow&limit=100',
      '/api/search?q=gold', '/api/search?q=domestic%20servitude', '/api/search?q=fishing&type=sector', '/api/commodities', '/api/countries',
      ...countries.flatMap((c) => [`/api/profile/${c}`, `/api/claims?documentCountry=${c}&limit=50`]),
      ...years.map((y) => `/api/overview?year=${y}`),
      ...docs.map((d) => `/api/documents/${d.id}`),
    ];
    return paths;
  } finally {
    await store.close();
  }
}


/**
 * `count` search paths, no two alike (no answer cache helps): words and word pairs of the stored
 * evidence (so most find claims, some many), in a seeded random order.
 */
export async function uniqueSearchPaths(db: string, count: number): Promise<string[]> {
  const store = await openStore(db);
  try {
    const claims = await store.queryClaims({ limit: 20_000 });
    const queries = new Set<string>();
    for (const c of claims) {
      const words = c.evidence.text.toLowerCase().match(/[a-z]{4,}/g) ?? [];
      words.forEach((w, i) => { queries.add(w); if (i > 0) queries.add(`${words[i - 1]} ${w}`); });
    }
    const all = [...queries];
    const random = seeded(13);
    for (let i = all.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [all[i], all[j]] = [all[j], all[i]];
    }
    return all.slice(0, count).map((q) => `/api/search?q=${encodeURIComponent(q)}`);
  } finally {
    await store.close();
  }
}

export interface UniqueSearchFigures {
  readonly connections: number;
  readonly seconds: number;
  readonly requests: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly repeated: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requestsPerSecond: number;
}

/** Searches that differ each time (no cached answer), `connections` at once for `seconds`, against a served store. */
export async function benchUniqueSearch(url: string, db: string, connections: number, seconds: number, log: (line: string) => void): Promise<UniqueSearchFigures> {
  const { byteLoad } = await import('./load-client.js');
  const paths = await uniqueSearchPaths(db, 50_000);
  const r = await byteLoad({ url, connections, seconds, paths, headers: { 'accept-encoding': 'gzip' } });
  log(`  unique-query search: ${connections} connections for ${seconds} s, ${paths.length} distinct queries; requests ${r.requests} (${r.requestsPerSecond.toFixed(0)}/s)   errors ${r.errors}   non-2xx ${r.non2xx}   repeated ${r.repeated}`);
  log(`  unique-query search latency p50 ${r.p50} ms   p99 ${r.p99} ms   max ${r.max} ms`);
  log(`  reliability row: ${JSON.stringify(uniqueSearchRow({ connections, seconds, requests: r.requests, errors: r.errors, non2xx: r.non2xx, repeated: r.repeated, p50Ms: r.p50, p99Ms: r.p99, requestsPerSecond: r.requestsPerSecond }, db))}`);
  return { connections, seconds, requests: r.requests, errors: r.errors, non2xx: r.non2xx, repeated: r.repeated, p50Ms: r.p50, p99Ms: r.p99, requestsPerSecond: r.requestsPerSecond };
}

/** The RELIABILITY.md row of a unique-query search run over `store` (its folder and counts). */
export function uniqueSearchRow(f: UniqueSearchFigures, store: string): { readonly fault: string; readonly cases: number; readonly outcome: string } {
  const met = f.errors + f.non2xx === 0 && f.p99Ms < 500;
  return {
    fault: `load: unique-query search, ${f.connections} connections for ${f.seconds} s (${store})`,
    cases: f.requests,
    outcome: `every query asked once (no cached answer), ${Math.round(f.requestsPerSecond)} answers/s; ${f.errors} errors, ${f.non2xx} non-2xx; p50 ${f.p50Ms} ms, p99 ${f.p99Ms} ms (target: p99 < 500 ms, 0 errors: ${met ? 'met' : 'NOT MET'})`,
  };
}

/** Ingests `corpusDir` into a temporary SQLite file, serves it, loads it for `seconds`; prints and returns the figures. */
export async function benchLoad(corpusDir: string, options: { seconds?: number; connections?: number; log?: (line: string) => void; db?: string; searchOnly?: boolean } = {}): Promise<LoadFigures> {
  const seconds = options.seconds ?? Number(process.env.TIP_ATLAS_LOAD_SECONDS ?? 60);
  const connections = options.connections ?? 64;
  const log = options.log ?? console.log;
  const autocannon = createRequire(import.meta.url)('autocannon') as Cannon;
  const tmp = mkdtempSync(join(tmpdir(), 'tip-atlas-bench-load-'));
  const db = options.db ?? join(tmp, 'load.db');
  let server: ChildProcess | undefined;
  try {
    const store = await openStore(db);
    const s = options.db ? undefined : await ingest(store, [corpusDir]);
    const [documents, claims] = [await store.countDocuments(), await store.countClaims()];
    await store.close();
    log(`  store: ${documents} documents, ${claims} claims from ${s ? corpusDir : db}`);
    const paths = await requestMix(db);
    // Each request picks a path at random: connections do not march through the list in step
    // (all 64 asking for the same slow search at once), the mix stays the same on average.
    const requests = [{ method: 'GET', setupRequest: (req: object) => ({ ...req, path: paths[Math.floor(Math.random() * paths.length)] }) }];
    const started = await startServe(db);
    server = started.child;
    const pid = server.pid as number;
    const uniqueSeconds = Math.min(seconds, 20);
    if (options.searchOnly) {
      const uniqueSearch = await benchUniqueSearch(started.url, db, UNIQUE_SEARCH_CONNECTIONS, uniqueSeconds, log);
      const rss = rssOf(pid) ?? NaN;
      return { requests: 0, errors: 0, timeouts: 0, non2xx: 0, p50Ms: NaN, p99Ms: NaN, rssMb: { start: rss, middle: rss, end: rss }, uniqueSearch };
    }
    const samples: number[] = [];
    const sample = (): number => {
      const v = rssOf(pid) ?? NaN;
      samples.push(v);
      return v;
    };
    // A short warm-up (caches, JIT), then the measured run.
    await autocannon({ url: started.url, connections: 8, duration: 2, requests });
    const rss = { start: sample(), middle: NaN, end: NaN };
    const timer = setInterval(sample, 1000);
    const middle = setTimeout(() => { rss.middle = rssOf(pid) ?? NaN; }, (seconds * 1000) / 2);
    const r = await autocannon({ url: started.url, connections, duration: seconds, requests, timeout: 10 });
    clearInterval(timer);
    clearTimeout(middle);
    rss.end = sample();
    const codes = Object.entries(r.statusCodeStats).map(([code, { count }]) => `${code}: ${count}`).join(', ');
    const mb = (v: number): string => (Number.isFinite(v) ? `${v.toFixed(0)} MB` : 'n/a');
    const peak = Math.max(...samples.filter(Number.isFinite));
    log(`  load: ${connections} connections for ${seconds} s on loopback, GET requests drawn at random from ${paths.length} paths`);
    log(`  requests ${r.requests.total} (${Math.round(r.requests.average)}/s)   errors ${r.errors - r.timeouts}   timeouts (> 10 s) ${r.timeouts}   non-2xx ${r.non2xx}   status ${codes}`);
    log(`  latency p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms   max ${r.latency.max} ms`);
    log(`  server RSS start ${mb(rss.start)}   middle ${mb(rss.middle)}   end ${mb(rss.end)}   peak ${mb(peak)}`);
    const stable = rss.end <= rss.middle * 1.25;
    log(`  ${r.errors + r.non2xx === 0 ? 'no errors' : r.errors === r.timeouts && r.non2xx === 0 ? 'TIMEOUTS (slow answers, no failed ones)' : 'ERRORS'}; memory ${Number.isFinite(rss.end) ? (stable ? 'stable (end within 25% of middle)' : 'GROWING (end > middle + 25%)') : 'not measured (no /proc)'}`);
    const uniqueSearch = await benchUniqueSearch(started.url, db, UNIQUE_SEARCH_CONNECTIONS, uniqueSeconds, log);
    return { requests: r.requests.total, errors: r.errors, timeouts: r.timeouts, non2xx: r.non2xx, p50Ms: r.latency.p50, p99Ms: r.latency.p99, rssMb: rss, uniqueSearch };
  } finally {
    if (server && server.exitCode === null) {
      const exited = new Promise((r) => server!.once('exit', r));
      server.kill('SIGTERM');
      await exited;
    }
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { seconds: { type: 'string' }, connections: { type: 'string' }, db: { type: 'string' }, 'search-only': { type: 'boolean' } }, allowPositionals: true });
  const shared = join(PROJECT, '..', 'shared', 'corpus', 'hrr');
  const corpus = resolve(positionals[0] ?? (existsSync(shared) ? shared : join(PROJECT, 'examples')));
  const f = await benchLoad(corpus, {
    ...(values.seconds ? { seconds: Number(values.seconds) } : {}), ...(values.connections ? { connections: Number(values.connections) } : {}),
    ...(values.db ? { db: resolve(values.db) } : {}), searchOnly: values['search-only'] === true,
  });
  const u = f.uniqueSearch;
  process.exitCode = f.errors + f.non2xx + (u ? u.errors + u.non2xx : 0) > 0 ? 1 : 0;
}
