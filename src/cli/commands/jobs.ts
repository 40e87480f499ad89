import type { Command } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { positiveInt, QUEUE_HELP, QUEUE_OPTIONS, queueConfigArgs } from './queue-args.js';
import { printableJson } from '../../text/printable.js';

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'the ingestion queue: queued, running, done and failed documents, live workers, errors',
  usage: `Usage: tip-atlas jobs --db postgres://… [--failed N] [--json] [--prune]

Counts the queued documents by state (queued, running, done, failed), how the stored ones came out
(new, replaced, unchanged), lists the live workers and the failed documents with their errors.

Options:
${QUEUE_HELP}
  --failed N   list at most N failed documents (default 20)
  --prune      first remove the queue's copies of texts that no queued or running document needs
               (the store keeps every document's text)
  --json       JSON output
  -h, --help   this help`,
  async run(argv, io) {
    const { values } = parseCommandArgs('jobs', argv, { ...QUEUE_OPTIONS, failed: { type: 'string' }, json: { type: 'boolean' }, prune: { type: 'boolean' } });
    const config = queueConfigArgs('jobs', values, io.env);
    const failedLimit = positiveInt('jobs', 'failed', str(values, 'failed'), 20);
    const pg = (await import('pg')).default;
    const { jobStatus, queueExists, formatJobStatus, pruneTexts } = await import('../../queue/job-status.js');
    const pool = new pg.Pool({ connectionString: config.url, max: 1 });
    try {
      if (!(await queueExists(pool, config))) {
        io.stderr.write(`tip-atlas jobs: no queue in schema ${config.schema} yet (nothing enqueued: tip-atlas ingest --queue … --db …)\n`);
        if (values.json) io.stdout.write(printableJson({ queue: config.schema, exists: false }) + '\n');
        return 0;
      }
      if (values.prune) {
        const pruned = await pruneTexts(pool, config);
        io.stderr.write(`pruned ${pruned.texts} texts (${(pruned.bytes / 1024 / 1024).toFixed(1)} MB) of finished documents\n`);
      }
      const status = await jobStatus(pool, config, { failedLimit });
      io.stdout.write((values.json ? printableJson({ queue: config.schema, exists: true, ...status }, 1) : formatJobStatus(status)) + '\n');
      return 0;
    } finally {
      await pool.end();
    }
  },
};
