import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openStore, type Store } from '../store/store.js';
import { ingest } from '../ingest/ingest.js';
import { flows } from '../graph/flows.js';
import { jobsCommand } from '../cli/commands/jobs.js';
import { queueConfig, table, type QueueConfig } from './queue-config.js';
import { openQueue, type QueueConnection } from './open-queue.js';
import { enqueue } from './enqueue.js';
import { jobStatus } from './job-status.js';
import { startWorker } from './run-worker.js';
import { writeQueueFixtures } from './test-fixtures.js';

const PG = process.env.TIP_ATLAS_TEST_PG;
const HERE = dirname(fileURLToPath(import.meta.url));

interface SpawnedWorker {
  readonly child: ChildProcess;
  readonly ready: Promise<string>;
  readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  readonly stderr: () => string;
}

/** A real worker process (node --import tsx worker-process.ts) on the test's schemas. */
function spawnWorker(config: QueueConfig): SpawnedWorker {
  const spec = { url: config.url, schema: config.schema, storeSchema: config.storeSchema, pollIntervalMs: 250, reapIntervalMs: 500 };
  const child = spawn(process.execPath, ['--import', 'tsx', join(HERE, 'worker-process.ts'), JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr?.on('data', (b: Buffer) => { err += b.toString(); });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
  const ready = new Promise<string>((res, rej) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /ready (\S+)/.exec(out);
      if (m) res(m[1]);
    });
    void exit.then((e) => rej(new Error(`worker exited before it was ready (${JSON.stringify(e)}): ${err}`)));
  });
  return { child, ready, exit, stderr: () => err };
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Documents and claims of a store, keyed by source and part (ids and ingestion times differ between stores). */
async function snapshot(store: Store): Promise<{ docs: string[]; claims: string[] }> {
  const docs = await store.listDocuments();
  const keyOf = new Map(docs.map((d) => [d.id, `${d.sourceId}|${d.part}`]));
  const claims = (await store.queryClaims()).map((c) =>
    JSON.stringify([keyOf.get(c.evidence.documentId), c.claim, c.evidence.start, c.evidence.end, c.evidence.text, c.hedged]));
  return {
    docs: docs.map((d) => JSON.stringify([`${d.sourceId}|${d.part}`, d.path, d.country, d.year, d.kind, d.title, d.hash, d.reader, d.bytes, d.pageStart, d.pageEnd, d.claimCount, d.extractorVersion])).sort(),
    claims: claims.sort(),
  };
}

describe('queue on PostgreSQL', { skip: PG ? false : 'TIP_ATLAS_TEST_PG is not set' }, () => {
  const run = `${process.pid}_${Date.now().toString(36)}`;
  let config: QueueConfig;
  let queue: QueueConnection;
  let store: Store;
  let dir: string;
  let documents: number;

  before(async () => {
    config = queueConfig(PG as string, { schema: `tq_${run}`, storeSchema: `tqs_${run}` });
    dir = mkdtempSync(join(tmpdir(), 'tip-atlas-queue-'));
    documents = writeQueueFixtures(dir, { longKb: 250 });
    queue = await openQueue(config);
    store = await openStore(config.url, { schema: config.storeSchema });
  });

  after(async () => {
    await store?.close();
    if (queue) {
      await queue.pool.query(`drop schema if exists "${config.schema}" cascade; drop schema if exists "${config.workerSchema}" cascade;
        drop schema if exists "${config.storeSchema}" cascade`);
      await queue.close();
    }
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('enqueue stores each text once by content hash and one job per document', async () => {
    const first = await enqueue(store, queue, [dir]);
    assert.equal(first.failures.length, 0);
    assert.equal(first.documents, documents);
    assert.equal(first.newTexts, documents);
    const again = await enqueue(store, queue, [dir]);
    assert.equal(again.newTexts, 0, 'the same texts are not stored twice');
    const texts = await queue.pool.query<{ n: string }>(`select count(*) as n from ${table(config, 'texts')}`);
    assert.equal(Number(texts.rows[0].n), documents);
    const jobs = await queue.pool.query<{ n: string }>(`select count(*) as n from "${config.workerSchema}".jobs`);
    assert.equal(Number(jobs.rows[0].n), documents, 'a second enqueue replaces the pending jobs');
    const status = await jobStatus(queue.pool, config);
    assert.deepEqual(status.counts, { queued: documents, running: 0, done: 0, failed: 0 });
    assert.equal(await store.countDocuments(), 0, 'enqueue extracts nothing');
  });

  test('three worker processes, one killed with SIGKILL mid-job: each document stored once, as a single-process SQLite ingest stores it', async () => {
    const workers = [spawnWorker(config), spawnWorker(config), spawnWorker(config)];
    try {
      await Promise.all(workers.map((w) => w.ready));
      // The long document is first in line: wait until a worker is inside its job, then kill that worker.
      const victimId = await waitFor('a worker running the long document', async () => {
        const r = await queue.pool.query<{ worker: string }>(`select worker from ${table(config, 'items')} where path like '%a-long-kenya.txt' and state = 'running'`);
        return r.rows[0]?.worker;
      });
      const victimPid = (await queue.pool.query<{ pid: number }>(`select pid from ${table(config, 'workers')} where id = $1`, [victimId])).rows[0].pid;
      const victim = workers.find((w) => w.child.pid === victimPid);
      assert.ok(victim, `the running worker ${victimId} (pid ${victimPid}) is one of ours`);
      victim.child.kill('SIGKILL');
      assert.equal((await victim.exit).signal, 'SIGKILL');
      const during = await jobStatus(queue.pool, config);
      const gone = during.workers.find((w) => w.id === victimId);
      assert.ok(!gone || !gone.alive, 'tip-atlas jobs shows the killed worker as gone until it is reaped');
      assert.equal(during.workers.filter((w) => w.alive).length, 2);

      // The views read the store while the other workers write to it.
      const seen: number[] = [];
      await waitFor('the queue to drain', async () => {
        seen.push(await store.countDocuments());
        if (seen.length % 10 === 1) await flows(store);
        const s = await jobStatus(queue.pool, config);
        return s.counts.queued === 0 && s.counts.running === 0 ? s : undefined;
      }, 90_000);
      for (let i = 1; i < seen.length; i++) assert.ok(seen[i] >= seen[i - 1], `documents never decrease while workers write: ${seen.join(',')}`);

      const status = await jobStatus(queue.pool, config);
      assert.deepEqual(status.counts, { queued: 0, running: 0, done: documents, failed: 0 });
      const long = await queue.pool.query<{ attempts: number; worker: string }>(`select attempts, worker from ${table(config, 'items')} where path like '%a-long-kenya.txt'`);
      assert.equal(long.rows[0].attempts, 2, 'the killed job was retried once');
      assert.notEqual(long.rows[0].worker, victimId, 'by another worker');
      const locked = await queue.pool.query<{ n: string }>(`select count(*) as n from "${config.workerSchema}".jobs`);
      assert.equal(Number(locked.rows[0].n), 0, 'no job is left in graphile-worker');

      const sqliteDir = mkdtempSync(join(tmpdir(), 'tip-atlas-queue-sqlite-'));
      const sqlite = await openStore(join(sqliteDir, 'single.db'));
      try {
        const single = await ingest(sqlite, [dir]);
        assert.equal(single.documents, documents);
        const [a, b] = [await snapshot(store), await snapshot(sqlite)];
        assert.equal(a.docs.length, documents);
        assert.deepEqual(a.docs, b.docs, 'same documents (text hash, metadata, claim counts)');
        assert.equal(a.claims.length, b.claims.length, 'same number of claims');
        assert.deepEqual(a.claims, b.claims, 'same claims with the same evidence');
        const edges = async (s: Store) => (await flows(s)).map((e) => `${e.from}>${e.to} ${e.forms.join(',')} ×${e.reportCount}`);
        assert.deepEqual(await edges(store), await edges(sqlite), 'the flows view agrees');
      } finally {
        await sqlite.close();
        rmSync(sqliteDir, { recursive: true, force: true });
      }

      const live = workers.filter((w) => w !== victim);
      for (const w of live) w.child.kill('SIGTERM');
      for (const w of live) assert.deepEqual(await w.exit, { code: 0, signal: null }, `a worker stops cleanly on SIGTERM: ${w.stderr()}`);
      const left = await queue.pool.query<{ n: string }>(`select count(*) as n from ${table(config, 'workers')}`);
      assert.equal(Number(left.rows[0].n), 0, 'stopped and dead workers are unregistered');
    } finally {
      for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    }
  });

  test('enqueueing unchanged files again queues nothing: the store already holds them', async () => {
    const again = await enqueue(store, queue, [dir]);
    assert.equal(again.documents, documents);
    assert.equal(again.unchanged, documents);
    assert.equal(again.newTexts, 0);
    const jobs = await queue.pool.query(`select 1 from "${config.workerSchema}".jobs`);
    assert.equal(jobs.rowCount, 0, 'no job queued');
    assert.deepEqual((await jobStatus(queue.pool, config)).counts, { queued: 0, running: 0, done: documents, failed: 0 });
  });

  test('SIGTERM finishes the job in hand, then the worker exits 0 holding no job', async () => {
    const file = join(dir, 'a-long-kenya.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nTraffickers exploit Kenyan girls in domestic work in Lebanon.\n`);
    assert.equal((await enqueue(store, queue, [file])).unchanged, 0, 'a changed file is queued');
    const w = spawnWorker(config);
    try {
      await w.ready;
      await waitFor('the long document to be running', async () => {
        const r = await queue.pool.query(`select 1 from ${table(config, 'items')} where path like '%a-long-kenya.txt' and state = 'running'`);
        return r.rowCount ? true : undefined;
      });
      w.child.kill('SIGTERM');
      assert.deepEqual(await w.exit, { code: 0, signal: null }, w.stderr());
      const item = await queue.pool.query<{ state: string; outcome: string; attempts: number }>(
        `select state, outcome, attempts from ${table(config, 'items')} where path like '%a-long-kenya.txt'`);
      assert.deepEqual(item.rows[0], { state: 'done', outcome: 'replaced', attempts: 1 });
      const jobs = await queue.pool.query(`select 1 from "${config.workerSchema}".jobs`);
      assert.equal(jobs.rowCount, 0);
      assert.equal(await store.countDocuments(), documents);
    } finally {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    }
  });

  test('a file changed and enqueued again while its job runs: the newer text wins, the older job does not overwrite it', async () => {
    const file = join(dir, 'a-long-kenya.txt');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nSome Kenyan boys are forced to fish on Lake Victoria.\n`);
    await enqueue(store, queue, [file]);
    const w = spawnWorker(config);
    try {
      await w.ready;
      const firstJob = await waitFor('the long document to be running', async () => {
        const r = await queue.pool.query<{ job_id: string }>(`select job_id from ${table(config, 'items')} where path = $1 and state = 'running'`, [file]);
        return r.rows[0]?.job_id;
      });
      const changed = `${readFileSync(file, 'utf8')}\nTraffickers exploit Kenyan men in construction in Qatar.\n`;
      writeFileSync(file, changed);
      await enqueue(store, queue, [file]);
      const item = await waitFor('the newer job to finish', async () => {
        const r = await queue.pool.query<{ state: string; job_id: string; hash: string; outcome: string }>(
          `select state, job_id, hash, outcome from ${table(config, 'items')} where path = $1`, [file]);
        return r.rows[0].state === 'done' ? r.rows[0] : undefined;
      });
      assert.notEqual(item.job_id, firstJob, 'a second job was queued while the first ran');
      assert.equal(item.outcome, 'replaced');
      const docs = await store.listDocuments({ sourceId: file });
      assert.equal(docs.length, 1);
      assert.equal(docs[0].hash, item.hash);
      assert.equal(docs[0].hash, createHash('sha256').update(changed).digest('hex'), 'the store holds the newer text');
      await waitFor('no job left', async () => ((await queue.pool.query(`select 1 from "${config.workerSchema}".jobs`)).rowCount === 0 ? true : undefined));
      w.child.kill('SIGTERM');
      assert.deepEqual(await w.exit, { code: 0, signal: null }, w.stderr());
    } finally {
      if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    }
  });

  test('a document that keeps failing ends failed with its error, listed by tip-atlas jobs', async () => {
    const file = join(dir, 'tip', '2021', 'laos.txt');
    writeFileSync(file, 'Laos (Tier 3)\n\nTraffickers exploit Lao women in textile factories in Thailand.\n');
    await enqueue(store, queue, [file], { maxAttempts: 2 });
    const hash = (await queue.pool.query<{ hash: string }>(`select hash from ${table(config, 'items')} where path = $1`, [file])).rows[0].hash;
    await queue.pool.query(`delete from ${table(config, 'texts')} where hash = $1`, [hash]); // its text is lost: every attempt fails
    const log: string[] = [];
    const worker = await startWorker({ config, pollIntervalMs: 100, log: (l) => void log.push(l) });
    try {
      await waitFor('the document to fail twice', async () => {
        const r = await queue.pool.query<{ state: string }>(`select state from ${table(config, 'items')} where path = $1`, [file]);
        return r.rows[0].state === 'failed' ? true : undefined;
      }, 30_000);
    } finally {
      await worker.stop();
      await worker.done;
    }
    let out = '';
    const io = { stdout: { write: (s: string) => { out += s; return true; } }, stderr: process.stderr, cwd: process.cwd(), env: {} } as unknown as Parameters<typeof jobsCommand.run>[1];
    assert.equal(await jobsCommand.run(['--db', config.url, '--queue-schema', config.schema, '--json'], io), 0);
    const status = JSON.parse(out) as { counts: Record<string, number>; failed: { path: string; attempts: number; error: string }[] };
    assert.equal(status.counts.failed, 1);
    assert.equal(status.counts.done, documents);
    assert.equal(status.failed[0].path, file);
    assert.equal(status.failed[0].attempts, 2);
    assert.match(status.failed[0].error, /text \(sha256 [0-9a-f]{12}…\) is not in tq_\w+\.texts/);
    out = '';
    assert.equal(await jobsCommand.run(['--db', config.url, '--queue-schema', config.schema], io), 0);
    assert.match(out, /failed 1/);
    assert.match(out, /laos\.txt: .*is not in .*\[2 attempts\]/);

    // --prune drops the queue's texts of finished documents; enqueueing again brings a text back.
    const texts = async () => Number((await queue.pool.query<{ n: string }>(`select count(*) as n from ${table(config, 'texts')}`)).rows[0].n);
    assert.ok(await texts() > 0);
    assert.equal(await jobsCommand.run(['--db', config.url, '--queue-schema', config.schema, '--prune'], io), 0);
    assert.equal(await texts(), 0, 'nothing is queued or running: every text is pruned');
    assert.equal((await enqueue(store, queue, [file])).newTexts, 1);
    assert.equal(await texts(), 1);
  });
});

test('queue commands need PostgreSQL: an SQLite store or a bad schema name is a usage error', async () => {
  const { main } = await import('../cli/main.js');
  let err = '';
  const io = { stdout: { write: () => true }, stderr: { write: (s: string) => { err += s; return true; } }, cwd: process.cwd(), env: {} } as unknown as Parameters<typeof main>[1];
  assert.equal(await main(['worker', '--db', './tip-atlas.db'], io), 2);
  assert.match(err, /needs a PostgreSQL database/);
  err = '';
  assert.equal(await main(['jobs', '--db', 'postgres://x@127.0.0.1/db', '--queue-schema', 'Bad-Name'], io), 2);
  assert.match(err, /queue schema must be a lower-case identifier/);
  err = '';
  assert.equal(await main(['ingest', 'examples', '--max-attempts', '3'], io), 2);
  assert.match(err, /--max-attempts only applies with --queue/);
  err = '';
  assert.equal(await main(['ingest', 'examples', '--queue', '--db', 'x.db'], io), 2);
  assert.match(err, /needs a PostgreSQL database/);
});
