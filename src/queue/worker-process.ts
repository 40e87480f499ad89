/**
 * Runs one worker in this process from a JSON argument (tests and the bench spawn it, with schemas of
 * their own): `node --import tsx src/queue/worker-process.ts '{"url":…,"schema":…,"storeSchema":…}'`.
 * Prints `ready <worker id>` on stdout once it takes jobs; SIGTERM stops it like `tip-atlas worker`.
 */
import { queueConfig } from './queue-config.js';
import { startWorker } from './run-worker.js';

interface Spec {
  readonly url: string;
  readonly schema?: string;
  readonly storeSchema?: string;
  readonly concurrency?: number;
  readonly pollIntervalMs?: number;
  readonly reapIntervalMs?: number;
}

const spec = JSON.parse(process.argv[2] ?? '{}') as Spec;
const config = queueConfig(spec.url, { ...(spec.schema ? { schema: spec.schema } : {}), ...(spec.storeSchema ? { storeSchema: spec.storeSchema } : {}) });
const worker = await startWorker({
  config, handleSignals: true,
  ...(spec.concurrency ? { concurrency: spec.concurrency } : {}),
  ...(spec.pollIntervalMs ? { pollIntervalMs: spec.pollIntervalMs } : {}),
  ...(spec.reapIntervalMs ? { reapIntervalMs: spec.reapIntervalMs } : {}),
});
process.stdout.write(`ready ${worker.id}\n`);
await worker.done;
