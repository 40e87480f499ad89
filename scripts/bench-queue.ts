/**
 * Queue bench: distributed ingestion of a corpus folder through the PostgreSQL queue with 1, 2 and 4
 * worker processes (`tip-atlas worker`'s code, one slot each), on a temporary database that is dropped
 * afterwards. Prints enqueue speed, documents/s with all workers up and the speed-up over one worker,
 * and the database space per 1000 documents. Skips with a message when no PostgreSQL answers.
 * Run alone: `node --import tsx scripts/bench-queue.ts [corpus] [--workers 1,2,4]`.
 * PostgreSQL: $TIP_ATLAS_BENCH_PG, else $TIP_ATLAS_TEST_PG, else postgres://postgres@127.0.0.1:5432/postgres
 * (any database on the server: the bench creates its own beside it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openStore } from '../src/store/store.js';
import { ingest } from '../src/ingest/ingest.js';
import { queueConfig, type QueueConfig } from '../src/queue/queue-config.js';
import { openQueue } from '../src/queue/open-queue.js';
import { enqueue } from '../src/queue/enqueue.js';
import { jobStatus } from '../src/queue/job-status.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface QueueRunFigures {
  readonly workers: number;
  readonly documents: number;
  readonly enqueueSeconds: number;
  /** Seconds from spawning the workers until each printed ready (process start, gazetteer load). */
  readonly startSeconds: number;
  /** Documents per second while all workers were up. */
  readonly docsPerSecond: number;
  /** CPU time of the worker processes per document while all were up (user + system), in ms. */
  readonly workerCpuMsPerDoc: number;
  readonly failed: number;
  /** Database bytes per document: the store's schema and the queue's (texts, items, jobs). */
  readonly storeBytesPerDoc: number;
  readonly queueBytesPerDoc: number;
}

function adminUrl(): string {
  return process.env.TIP_ATLAS_BENCH_PG ?? process.env.TIP_ATLAS_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function schemaBytes(client: pg.Client, schemas: readonly string[]): Promise<number> {
  const r = await client.query<{ n: string | null }>(
    `select sum(pg_total_relation_size(c.oid)) as n from pg_class c join pg_namespace s on s.oid = c.relnamespace
     where s.nspname = any($1::text[]) and c.relkind in ('r', 'm')`, [schemas]);
  return Number(r.rows[0].n ?? 0);
}

/** User + system CPU seconds of a process so far (Linux /proc; 0 elsewhere). */
function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100 on Linux)
  } catch {
    return 0;
  }
}

function spawnWorker(config: QueueConfig): { child: ChildProcess; ready: Promise<void> } {
  const spec = { url: config.url, schema: config.schema, storeSchema: config.storeSchema, pollIntervalMs: 500 };
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/queue/worker-process.ts'), JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (b: Buffer) => { err += b.toString(); });
  const ready = new Promise<void>((res, rej) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => { out += b.toString(); if (out.includes('ready ')) res(); });
    child.on('exit', (code) => rej(new Error(`a bench worker exited early (status ${code}): ${err.slice(-2000)}`)));
  });
  return { child, ready };
}

async function runOnce(url: string, corpusDir: string, workers: number, client: pg.Client): Promise<QueueRunFigures> {
  const tag = `w${workers}_${Date.now().toString(36)}`;
  const config = queueConfig(url, { schema: `bq_${tag}`, storeSchema: `bs_${tag}` });
  const queue = await openQueue(config);
  const store = await openStore(url, { schema: config.storeSchema });
  const procs: { child: ChildProcess; ready: Promise<void> }[] = [];
  try {
    const queued = await enqueue(store, queue, [corpusDir]);
    const started = performance.now();
    for (let i = 0; i < workers; i++) procs.push(spawnWorker(config));
    await Promise.all(procs.map((p) => p.ready));
    const t0 = performance.now();
    const cpu0 = procs.reduce((n, p) => n + cpuSeconds(p.child.pid), 0);
    const doneAt0 = (await jobStatus(queue.pool, config)).counts.done;
    let status = await jobStatus(queue.pool, config);
    while (status.counts.queued + status.counts.running > 0) {
      await new Promise((r) => setTimeout(r, 200));
      status = await jobStatus(queue.pool, config);
    }
    const seconds = (performance.now() - t0) / 1000;
    const cpu = procs.reduce((n, p) => n + cpuSeconds(p.child.pid), 0) - cpu0;
    const documents = status.counts.done + status.counts.failed;
    const figures: QueueRunFigures = {
      workers, documents, enqueueSeconds: queued.elapsedMs / 1000, startSeconds: (t0 - started) / 1000,
      docsPerSecond: (status.counts.done - doneAt0) / seconds, workerCpuMsPerDoc: (cpu * 1000) / Math.max(1, status.counts.done - doneAt0), failed: status.counts.failed,
      storeBytesPerDoc: (await schemaBytes(client, [config.storeSchema ?? 'public'])) / documents,
      queueBytesPerDoc: (await schemaBytes(client, [config.schema, config.workerSchema])) / documents,
    };
    return figures;
  } finally {
    for (const p of procs) p.child.kill('SIGTERM');
    await Promise.all(procs.map((p) => new Promise((res) => (p.child.exitCode !== null ? res(undefined) : p.child.once('exit', res)))));
    await store.close();
    await queue.pool.query(`drop schema if exists "${config.schema}" cascade; drop schema if exists "${config.workerSchema}" cascade; drop schema if exists "${config.storeSchema}" cascade`);
    await queue.close();
  }
}

/** Documents/s of a plain single-process ingest into PostgreSQL (a fresh schema), for comparison. */
async function singleProcess(url: string, corpusDir: string): Promise<number> {
  const schema = `bi_${Date.now().toString(36)}`;
  const store = await openStore(url, { schema });
  try {
    const summary = await ingest(store, [corpusDir]);
    return summary.documents / (summary.elapsedMs / 1000);
  } finally {
    await store.close();
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    await c.query(`drop schema if exists "${schema}" cascade`);
    await c.end();
  }
}

/** Runs the queue bench over `corpusDir` with 1, 2 and 4 worker processes and prints its figures. */
export async function benchQueue(corpusDir: string, log: (line: string) => void = console.log, counts: readonly number[] = [1, 2, 4]): Promise<QueueRunFigures[] | undefined> {
  if (!existsSync(corpusDir)) {
    log(`  queue: skipped (${corpusDir} not found)`);
    return undefined;
  }
  const admin = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (error) {
    log(`  queue: skipped: no PostgreSQL answers at ${adminUrl().replace(/:[^:@/]*@/, ':***@')} (${error instanceof Error ? error.message : String(error)}); set TIP_ATLAS_BENCH_PG`);
    return undefined;
  }
  const database = `tip_atlas_bench_${process.pid}_${Date.now().toString(36)}`;
  await admin.query(`create database "${database}"`);
  const url = withDatabase(adminUrl(), database);
  const client = new pg.Client({ connectionString: url });
  const out: QueueRunFigures[] = [];
  try {
    await client.connect();
    const baseline = await singleProcess(url, corpusDir);
    log(`  ${'no queue: one process'.padEnd(20)} ${baseline.toFixed(1).padStart(7)} documents/s   (tip-atlas ingest into PostgreSQL, for comparison)`);
    for (const n of counts) {
      const f = await runOnce(url, corpusDir, n, client);
      out.push(f);
      const speedup = f.docsPerSecond / out[0].docsPerSecond;
      log(`  ${`${n} worker process${n > 1 ? 'es' : ''}`.padEnd(20)} ${f.docsPerSecond.toFixed(1).padStart(7)} documents/s   speed-up ×${speedup.toFixed(2)}` +
        `   worker CPU ${f.workerCpuMsPerDoc.toFixed(1)} ms/document   (${f.documents} documents, ${f.failed} failed; enqueue ${(f.documents / f.enqueueSeconds).toFixed(0)} documents/s; workers up in ${f.startSeconds.toFixed(1)} s)`);
    }
    const last = out[out.length - 1];
    const best = out.reduce((a, b) => (b.docsPerSecond > a.docsPerSecond ? b : a));
    const cpuMs = Math.min(...out.map((f) => f.workerCpuMsPerDoc));
    log(`  per million documents: ${(1e6 * cpuMs / 1000 / 3600).toFixed(1)} worker CPU core-hours (PostgreSQL's own CPU not included); ` +
      `${(1e6 / out[0].docsPerSecond / 3600).toFixed(1)} hours with one worker process; ` +
      `${(1e6 / best.docsPerSecond / 3600).toFixed(1)} hours on this 2-core machine (${best.workers} worker process${best.workers > 1 ? 'es' : ''})`);
    log(`  database space per million documents: store ${(last.storeBytesPerDoc * 1e6 / 1e9).toFixed(1)} GB, queue (texts kept once, items) ${(last.queueBytesPerDoc * 1e6 / 1e9).toFixed(1)} GB`);
    log(`  cores on this machine: 2; load from other processes skews these figures`);
    return out;
  } finally {
    await client.end().catch(() => undefined);
    await admin.query(`drop database if exists "${database}" with (force)`).catch(() => undefined);
    await admin.end();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ options: { workers: { type: 'string' } }, allowPositionals: true });
  const corpus = resolve(positionals[0] ?? join(ROOT, '../shared/corpus/hrr'));
  const counts = values.workers ? values.workers.split(',').map(Number) : [1, 2, 4];
  await benchQueue(corpus, console.log, counts);
}
