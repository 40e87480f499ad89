/**
 * `npm run bench [-- CORPUS_DIR] [--only NAME,...]`: speed and memory figures, one section after another,
 * on one core (the main thread; libuv's pool is limited to one thread).
 *
 * The corpus is CORPUS_DIR, else $TIP_ATLAS_CORPUS, else ../shared/corpus/hrr beside the project.
 * Sections: `extract` (here), then optional ones in their own files, loaded only when the file exists:
 * scripts/bench-store.ts exporting `benchStore(corpusDir)`, scripts/bench-api.ts exporting `benchApi(corpusDir)`,
 * scripts/bench-queue.ts exporting `benchQueue(corpusDir)`; each is async, prints its own figures (see
 * `formatFigure` below for the layout) and throws on failure.
 */
process.env.UV_THREADPOOL_SIZE = '1';

import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { collectInputs } from '../src/read/collect-inputs.js';
import { readDocument } from '../src/read/read-document.js';
import { extractDocument } from '../src/extract/extract-document.js';
import { factsForFile } from '../src/facts/facts-for-file.js';
import type { SourceDocument } from '../src/read/source-document.js';

const SCRIPTS = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

interface Section {
  readonly name: string;
  readonly title: string;
  run(corpusDir: string): Promise<void>;
}

/** Optional sections owned by other files: [name, file, export]. */
const OPTIONAL: readonly (readonly [string, string, string])[] = [
  ['store', 'bench-store.ts', 'benchStore'],
  ['api', 'bench-api.ts', 'benchApi'],
  ['queue', 'bench-queue.ts', 'benchQueue'],
  ['load', 'bench-load.ts', 'benchLoad'],
];

/** One figure line: label, value, and the target beside it when there is one. */
export function formatFigure(label: string, value: string, target?: { text: string; ok: boolean }): string {
  const t = target ? `   target ${target.text}: ${target.ok ? 'ok' : 'MISSED'}` : '';
  return `  ${label.padEnd(28)} ${value.padStart(12)}${t}`;
}

/** Passes over the corpus after the first, for the steady-state figure. */
const STEADY_PASSES = 3;

let peakHeap = 0;
function sampleHeap(): void {
  const h = process.memoryUsage().heapUsed;
  if (h > peakHeap) peakHeap = h;
}

/**
 * Peak memory so far (whole process): resident set (maxRSS) and the largest heap sampled. The 500 MB
 * target is for extraction and ingest; after the API, queue and load sections the figure also holds their
 * load clients and every earlier section (maxRSS never falls), so it is printed without a target.
 */
export function printPeakMemory(targeted = true): void {
  sampleHeap();
  const rss = (process.resourceUsage().maxRSS * 1024) / MB;
  if (targeted) console.log(formatFigure('peak memory (maxRSS)', `${rss.toFixed(0)} MB`, { text: '< 500 MB', ok: rss < 500 }));
  else console.log(formatFigure('bench process peak (maxRSS)', `${rss.toFixed(0)} MB (all sections so far, load clients included)`));
  console.log(formatFigure('peak heap used (sampled)', `${(peakHeap / MB).toFixed(0)} MB`));
}

function rate(n: number, ms: number): string {
  return ms > 0 ? (n / (ms / 1000)).toFixed(1) : '∞';
}

/** CPU seconds of this process (all threads) since `since`. */
function cpuSeconds(since: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(since);
  return (u.user + u.system) / 1e6;
}

const extractSection: Section = {
  name: 'extract',
  title: 'extraction (tip-atlas facts): read, then extract',
  async run(corpusDir) {
    const { files, problems } = await collectInputs([corpusDir]);
    for (const p of problems) console.log(`  ${p.path}: ${p.reason}`);
    const docs: SourceDocument[] = [];
    let bytes = 0;
    const t0 = performance.now();
    for (const f of files) {
      try {
        const d = await readDocument(f);
        docs.push(d);
        bytes += d.bytes;
      } catch (error) {
        console.log(`  ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    const readMs = performance.now() - t0;
    sampleHeap();
    const mb = bytes / MB;
    let facts = 0;
    // the first document also pays for compiling the vocabularies and loading the gazetteers
    let firstMs = 0;
    const c1 = process.cpuUsage();
    const t1 = performance.now();
    for (const d of docs) {
      facts += extractDocument(d).facts.length;
      if (firstMs === 0) firstMs = performance.now() - t1;
      sampleHeap();
    }
    const extractMs = performance.now() - t1;
    const extractCpu = cpuSeconds(c1);
    // steady state: the same documents again, once the vocabularies are compiled, the gazetteer
    // entries the corpus asks for are loaded and V8 has optimised the hot code (a long ingest or a server)
    const steady: { wall: number; cpu: number }[] = [];
    for (let pass = 0; pass < STEADY_PASSES; pass++) {
      const c = process.cpuUsage();
      const t = performance.now();
      for (const d of docs) extractDocument(d);
      steady.push({ wall: performance.now() - t, cpu: cpuSeconds(c) });
      sampleHeap();
    }
    steady.sort((a, b) => a.wall - b.wall);
    const steadyMs = steady[steady.length >> 1]!.wall;
    const steadyCpu = steady[steady.length >> 1]!.cpu;
    const rssAfterExtract = (process.resourceUsage().maxRSS * 1024) / MB;
    const t2 = performance.now();
    for (const f of files) {
      await factsForFile(f).catch(() => undefined);
      sampleHeap();
    }
    const bothMs = performance.now() - t2;
    const steadyMbps = steadyMs > 0 ? mb / (steadyMs / 1000) : Infinity;
    console.log(formatFigure('documents', `${docs.length}`));
    console.log(formatFigure('size', `${mb.toFixed(2)} MB`));
    console.log(formatFigure('facts extracted', `${facts}`));
    console.log(formatFigure('read only', `${(readMs / 1000).toFixed(2)} s`));
    console.log(formatFigure('extract, first pass (cold)', `${(extractMs / 1000).toFixed(2)} s`));
    console.log(formatFigure('  of which first document', `${(firstMs / 1000).toFixed(2)} s`));
    console.log(formatFigure('  first pass: MB/s', rate(mb, extractMs)));
    console.log(formatFigure(`extract, steady (median of ${STEADY_PASSES})`, `${(steadyMs / 1000).toFixed(2)} s`));
    console.log(formatFigure('  steady: documents/s', rate(docs.length, steadyMs)));
    console.log(formatFigure('  steady: MB/s', rate(mb, steadyMs), { text: '≥ 5 MB/s', ok: steadyMbps >= 5 }));
    console.log(formatFigure('  steady: MB per CPU s', steadyCpu > 0 ? (mb / steadyCpu).toFixed(1) : '∞'));
    // on a shared machine wall time includes waiting for a core; CPU time does not, but it counts
    // V8's helper threads too (optimising compiler, garbage collector), so it can exceed wall time
    console.log(formatFigure('first pass: CPU, all threads', `${extractCpu.toFixed(2)} s`));
    console.log(formatFigure('peak RSS after extraction', `${rssAfterExtract.toFixed(0)} MB`, { text: '< 500 MB', ok: rssAfterExtract < 500 }));
    console.log(formatFigure('read+extract', `${(bothMs / 1000).toFixed(2)} s`));
    console.log(formatFigure('read+extract: documents/s', rate(docs.length, bothMs)));
    console.log(formatFigure('read+extract: MB/s', rate(mb, bothMs)));
    printPeakMemory();
  },
};

async function optionalSections(): Promise<Section[]> {
  const out: Section[] = [];
  for (const [name, file, exported] of OPTIONAL) {
    const path = join(SCRIPTS, file);
    if (!existsSync(path)) continue;
    out.push({
      name,
      title: `${name} (${file})`,
      async run(corpusDir) {
        const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
        const fn = mod[exported];
        if (typeof fn !== 'function') throw new Error(`scripts/${file}: expected an exported function '${exported}'; found ${typeof fn}`);
        await (fn as (dir: string) => Promise<void>)(corpusDir);
        printPeakMemory(name === 'store');
      },
    });
  }
  return out;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { only: { type: 'string' } }, allowPositionals: true });
  const corpusDir = resolve(positionals[0] ?? process.env.TIP_ATLAS_CORPUS ?? join(SCRIPTS, '../../shared/corpus/hrr'));
  if (!existsSync(corpusDir) || !statSync(corpusDir).isDirectory()) {
    console.log(`bench: no corpus at ${corpusDir}; give a folder (npm run bench -- DIR) or set TIP_ATLAS_CORPUS. Nothing measured.`);
    return 0;
  }
  const only = values.only?.split(',').map((s) => s.trim());
  const sections = [extractSection, ...(await optionalSections())].filter((s) => !only || only.includes(s.name));
  console.log(`bench: corpus ${corpusDir}; node ${process.version}; one core (main thread, UV_THREADPOOL_SIZE=1)`);
  let status = 0;
  for (const s of sections) {
    console.log(`\n== ${s.title}`);
    try {
      await s.run(corpusDir);
    } catch (error) {
      console.log(`  section ${s.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      status = 1;
    }
  }
  return status;
}

process.exitCode = await main();
