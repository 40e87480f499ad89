import type { Command } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { positiveInt, QUEUE_HELP, QUEUE_OPTIONS, queueConfigArgs } from './queue-args.js';

export const workerCommand: Command = {
  name: 'worker',
  summary: 'run extraction jobs from the PostgreSQL queue until stopped (SIGTERM: finish the job in hand)',
  usage: `Usage: tip-atlas worker --db postgres://… [--concurrency N] [--verbose]

Takes the documents queued by 'tip-atlas ingest --queue' one at a time per slot, extracts their
claims and stores them in the same database; start as many workers, on as many machines, as you
like. A document is stored once whatever the number of workers; the job of a worker that dies
(SIGKILL, lost machine) is given to another; a document that keeps failing ends as failed
('tip-atlas jobs' lists it with its error) after the attempts set when enqueuing
(tip-atlas ingest --queue --max-attempts N, default 5).

SIGTERM or Ctrl-C: stop taking jobs, finish the ones in hand, exit 0. A second signal releases the
jobs in hand instead (they are retried later, and count as an attempt).

Options:
${QUEUE_HELP}
  --concurrency N   jobs at once in this process (default 1; extraction uses one core per job)
  --poll-interval MS   how often idle slots look for jobs besides notifications (default 2000)
  --verbose    one line per document, and graphile-worker's own messages
  -h, --help   this help

Exit status: 0 stopped cleanly, 1 could not start, 2 usage error.`,
  async run(argv, io) {
    const { values } = parseCommandArgs('worker', argv, {
      ...QUEUE_OPTIONS, concurrency: { type: 'string' }, 'poll-interval': { type: 'string' }, verbose: { type: 'boolean' },
    });
    const config = queueConfigArgs('worker', values, io.env);
    const concurrency = positiveInt('worker', 'concurrency', str(values, 'concurrency'), 1);
    const pollIntervalMs = positiveInt('worker', 'poll-interval', str(values, 'poll-interval'), 2000);
    const { startWorker } = await import('../../queue/run-worker.js');
    const worker = await startWorker({
      config, concurrency, pollIntervalMs, handleSignals: true, verbose: values.verbose === true, log: (line) => void io.stderr.write(line),
    });
    io.stderr.write(`worker ${worker.id}: ${concurrency} slot${concurrency > 1 ? 's' : ''} on ${redacted(config.url)} (queue ${config.schema}); SIGTERM or Ctrl-C to stop\n`);
    await worker.done;
    io.stderr.write(`worker ${worker.id}: stopped\n`);
    return 0;
  },
};

function redacted(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}
