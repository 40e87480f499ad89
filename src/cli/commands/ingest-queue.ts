import { UsageError, type CommandIO } from '../command.js';
import { str, strings, type ParsedArgs } from '../args.js';
import { openStore } from '../../store/store.js';
import { progressBar } from '../../ingest/progress.js';
import { DEFAULT_MAX_ATTEMPTS } from '../../queue/queue-config.js';
import { positiveInt, QUEUE_HELP, queueConfigArgs } from './queue-args.js';
import { printable, printableJson } from '../../text/printable.js';

/** The options `ingest` adds for --queue. */
export const INGEST_QUEUE_OPTIONS = { queue: { type: 'boolean' }, 'queue-schema': { type: 'string' }, 'max-attempts': { type: 'string' } } as const;

export const INGEST_QUEUE_HELP = `  --queue      PostgreSQL only: store the texts and queue one extraction job per document, then
               return; 'tip-atlas worker' processes them, 'tip-atlas jobs' shows progress
${QUEUE_HELP.split('\n')[1]}
  --max-attempts N   with --queue: attempts per document before it is marked failed (default ${DEFAULT_MAX_ATTEMPTS})`;

/** `tip-atlas ingest --queue …`: enqueue instead of extracting here. */
export async function ingestQueue(inputs: readonly string[], values: ParsedArgs['values'], io: CommandIO): Promise<number> {
  const config = queueConfigArgs('ingest', values, io.env);
  const maxAttempts = positiveInt('ingest', 'max-attempts', str(values, 'max-attempts'), DEFAULT_MAX_ATTEMPTS);
  const { openQueue } = await import('../../queue/open-queue.js');
  const { enqueue } = await import('../../queue/enqueue.js');
  const store = await openStore(config.url, config.storeSchema ? { schema: config.storeSchema } : {});
  try {
    const queue = await openQueue(config);
    try {
      const bar = io.stderr.isTTY && !values.json ? progressBar(io.stderr) : undefined;
      const summary = await enqueue(store, queue, inputs, { maxAttempts, exclude: strings(values.exclude), ...(bar ? { onProgress: (p) => bar.update(p) } : {}) });
      bar?.done();
      for (const f of summary.failures) io.stderr.write(`${printable(`${f.path}: ${f.reason}`)}\n`);
      if (values.json) {
        io.stdout.write(printableJson({ store: store.url, queue: config.schema, ...summary, elapsedMs: Math.round(summary.elapsedMs) }, 1) + '\n');
      } else {
        io.stderr.write(`queued ${summary.files} files: ${summary.documents - summary.unchanged} documents (${summary.newTexts} new texts)` +
          `${summary.unchanged ? `, ${summary.unchanged} unchanged (already stored, not queued)` : ''}` +
          `${summary.removed ? `, ${summary.removed} stale narratives removed` : ''} in ${(summary.elapsedMs / 1000).toFixed(1)}s` +
          `${summary.failures.length ? `; ${summary.failures.length} failed` : ''}${summary.skipped.length ? `; ${summary.skipped.length} files skipped (project files, --exclude; --json lists them)` : ''}. Run 'tip-atlas worker --db …' to process them; 'tip-atlas jobs --db …' shows progress.\n`);
      }
      return summary.failures.length ? 1 : 0;
    } finally {
      await queue.close();
    }
  } finally {
    await store.close();
  }
}

/** Queue-only flags given without --queue are a usage error. */
export function checkQueueFlags(values: ParsedArgs['values']): void {
  if (values.queue) return;
  for (const flag of ['queue-schema', 'max-attempts']) {
    if (values[flag] !== undefined) throw new UsageError('ingest', `--${flag} only applies with --queue`);
  }
}
