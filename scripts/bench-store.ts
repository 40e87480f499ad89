/**
 * Store bench: ingest of the whole corpus into a fresh SQLite file (time, peak memory), a rerun (every
 * document unchanged, so none is extracted again), and the latency of `flows`, `profile`, `commodities`
 * and `search` over it (median wall time and CPU time of 9 runs). The views keep no cache: every call
 * computes its answer, as the first call after a write does (the server's per-revision cache is measured by
 * scripts/bench-api.ts). Wall time well above CPU time means the process waited for a core: the line
 * prints the share of time some task waited (Linux CPU pressure, /proc/pressure/cpu) while it measured.
 * Run alone: `node --import tsx scripts/bench-store.ts [corpus]`.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/store.js';
import { ingest } from '../src/ingest/ingest.js';
import { inlineExtractor } from '../src/ingest/extractor.js';
import { defaultThreads, threadExtractor } from '../src/ingest/thread-extractor.js';
import { loadCountryResolver } from '../src/ingest/country-resolver.js';
import { commodities } from '../src/graph/commodities.js';
import { flows } from '../src/graph/flows.js';
import { profile } from '../src/graph/profile.js';
import { search } from '../src/graph/search.js';

const MB = 1024 * 1024;
const PARTS = ['tip', 'hrr', 'factbook'];

export interface Latency {
  /** Median wall time, ms. */
  readonly wallMs: number;
  /** Median CPU time of the process, ms (what the view costs, whatever else the machine runs). */
  readonly cpuMs: number;
  /** Share of the measuring time some task waited for a core (0..1); undefined without /proc/pressure/cpu. */
  readonly cpuPressure?: number;
}

/** Microseconds some task waited for a core since boot (Linux PSI), or undefined. */
function cpuStallMicros(): number | undefined {
  try {
    const m = /^some .*total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return m ? Number(m[1]) : undefined;
  } catch {
    return undefined;
  }
}

export interface StoreBenchFigures {
  readonly corpus: string;
  readonly documents: number;
  readonly claims: number;
  readonly megabytes: number;
  readonly ingestSeconds: number;
  readonly ingestPeakRssMb: number;
  readonly ingestPeakHeapMb: number;
  readonly rerunSeconds: number;
  readonly flows: Latency;
  readonly profile: Latency;
  readonly commodities: Latency;
  readonly search: Latency;
}

/**
 * The corpus the store is measured on: the whole corpus when `dir` is one of its parts (scripts/bench.ts
 * passes ../shared/corpus/hrr, the extraction corpus), else `dir`; TIP_ATLAS_STORE_CORPUS overrides both.
 */
export function storeCorpus(dir: string): string {
  const forced = process.env.TIP_ATLAS_STORE_CORPUS;
  if (forced) return resolve(forced);
  const parent = dirname(resolve(dir));
  const isPart = PARTS.includes(basename(dir)) && PARTS.every((p) => statSync(join(parent, p), { throwIfNoEntry: false })?.isDirectory());
  return isPart ? parent : resolve(dir);
}

async function median(fn: () => Promise<unknown>, runs = 9): Promise<Latency> {
  await fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  const stall0 = cpuStallMicros();
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await fn();
    const u = process.cpuUsage(c);
    wall.push(performance.now() - t);
    cpu.push((u.user + u.system) / 1000);
  }
  const stall1 = cpuStallMicros();
  const elapsedMicros = (performance.now() - t0) * 1000;
  const mid = (xs: number[]) => xs.sort((a, b) => a - b)[runs >> 1];
  return { wallMs: mid(wall), cpuMs: mid(cpu), ...(stall0 !== undefined && stall1 !== undefined ? { cpuPressure: Math.min(1, (stall1 - stall0) / elapsedMicros) } : {}) };
}

const ms = (l: Latency) => `${l.wallMs.toFixed(1)} ms median (CPU ${l.cpuMs.toFixed(1)} ms${l.cpuPressure !== undefined ? `; a task waited for a core ${(100 * l.cpuPressure).toFixed(0)}% of the time` : ''})`;

/** Runs the store bench over the corpus of `corpusDir` and prints its figures; returns them for scripts/bench.ts. */
export async function benchStore(corpusDir: string, log: (line: string) => void = console.log): Promise<StoreBenchFigures | undefined> {
  const corpus = storeCorpus(corpusDir);
  if (!existsSync(corpus)) {
    log(`store: skipped (${corpus} not found)`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    let peakRss = 0;
    let peakHeap = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    // as `tip-atlas ingest` does: extraction threads beside the thread that reads and stores
    const threads = defaultThreads();
    const extractor = threads > 0 ? threadExtractor(threads) : inlineExtractor();
    const first = await ingest(store, [corpus], { onProgress: sample, extractor }).finally(() => extractor.close());
    sample();
    const rerun = await ingest(store, [corpus]);
    const busiest = (await store.facetClaims({}, 'country', 1))[0]?.value ?? 'ML';
    const resolver = await loadCountryResolver();
    const flowsMs = await median(() => flows(store));
    const profileMs = await median(() => profile(store, busiest));
    const commoditiesMs = await median(() => commodities(store, resolver));
    const searchMs = await median(() => search(store, 'gold', {}, { limit: 50 }));
    const commonSearchMs = await median(() => search(store, 'ng', {}, { limit: 50 }));
    const edges = (await flows(store)).length;
    await store.close();
    const figures: StoreBenchFigures = {
      corpus, documents: first.documents, claims: first.claims, megabytes: first.bytes / MB,
      ingestSeconds: first.elapsedMs / 1000, ingestPeakRssMb: peakRss / MB, ingestPeakHeapMb: peakHeap / MB, rerunSeconds: rerun.elapsedMs / 1000,
      flows: flowsMs, profile: profileMs, commodities: commoditiesMs, search: searchMs,
    };
    log(`store: corpus ${corpus}; load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
    log(`store: ingest ${figures.documents} documents, ${figures.claims} claims, ${figures.megabytes.toFixed(1)} MB into fresh SQLite (${threads} extraction thread${threads === 1 ? '' : 's'}): ${figures.ingestSeconds.toFixed(2)} s (target < 10 s); ${first.failures.length} failed`);
    log(`store: ingest peak memory (sampled per file): RSS ${figures.ingestPeakRssMb.toFixed(0)} MB (target < 500 MB), heap ${figures.ingestPeakHeapMb.toFixed(0)} MB`);
    log(`store: rerun (unchanged, not extracted again: ${rerun.unchanged} of ${rerun.documents}): ${figures.rerunSeconds.toFixed(2)} s`);
    log('store: views uncached (every call computes, as the first after a write does):');
    log(`store: flows (all ${edges} edges): ${ms(flowsMs)} (target < 50 ms)`);
    log(`store: profile ${busiest}: ${ms(profileMs)} (target < 50 ms)`);
    log(`store: commodities (all): ${ms(commoditiesMs)}`);
    log(`store: search "gold" + facets: ${ms(searchMs)}`);
    log(`store: search "ng" + facets (most claims match): ${ms(commonSearchMs)}`);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchStore(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../../../shared/corpus'));
}
