/**
 * Store bench: ingest of a corpus folder into a fresh SQLite file, a rerun (all unchanged), and the
 * latency of `flows` and `profile` over it. Run alone: `node --import tsx scripts/bench-store.ts [corpus]`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../src/store/store.js';
import { ingest } from '../src/ingest/ingest.js';
import { flows } from '../src/graph/flows.js';
import { profile } from '../src/graph/profile.js';
import { search } from '../src/graph/search.js';

export interface StoreBenchFigures {
  readonly documents: number;
  readonly claims: number;
  readonly megabytes: number;
  readonly ingestSeconds: number;
  readonly rerunSeconds: number;
  readonly flowsMs: number;
  readonly profileMs: number;
  readonly searchMs: number;
}

async function median(fn: () => Promise<unknown>, runs = 7): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[runs >> 1];
}

/** Runs the store bench over `corpusDir` and prints its figures; returns them for scripts/bench.ts. */
export async function benchStore(corpusDir: string, log: (line: string) => void = console.log): Promise<StoreBenchFigures | undefined> {
  if (!existsSync(corpusDir)) {
    log(`store: skipped (${corpusDir} not found)`);
    return undefined;
  }
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-bench-'));
  try {
    const store = await openStore(join(dir, 'bench.db'));
    const first = await ingest(store, [corpusDir]);
    const rerun = await ingest(store, [corpusDir]);
    const busiest = (await store.facetClaims({}, 'country', 1))[0]?.value ?? 'ML';
    const flowsMs = await median(() => flows(store));
    const profileMs = await median(() => profile(store, busiest));
    const searchMs = await median(() => search(store, 'gold', {}, { limit: 50 }));
    await store.close();
    const figures: StoreBenchFigures = {
      documents: first.documents, claims: first.claims, megabytes: first.bytes / 1024 / 1024,
      ingestSeconds: first.elapsedMs / 1000, rerunSeconds: rerun.elapsedMs / 1000, flowsMs, profileMs, searchMs,
    };
    log(`store: ingest ${figures.documents} documents, ${figures.claims} claims, ${figures.megabytes.toFixed(1)} MB into fresh SQLite: ${figures.ingestSeconds.toFixed(2)} s (target < 10 s); ${first.failures.length} failed`);
    log(`store: rerun (all unchanged: ${rerun.unchanged}): ${figures.rerunSeconds.toFixed(2)} s`);
    log(`store: flows (all): ${flowsMs.toFixed(1)} ms median (target < 50 ms)`);
    log(`store: profile ${busiest}: ${profileMs.toFixed(1)} ms median (target < 50 ms)`);
    log(`store: search "gold" + facets: ${searchMs.toFixed(1)} ms median`);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchStore(process.argv[2] ?? resolve(fileURLToPath(import.meta.url), '../../../shared/corpus'));
}
