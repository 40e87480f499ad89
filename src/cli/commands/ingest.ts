import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, str, strings } from '../args.js';
import { openStore, storeUrl } from '../../store/store.js';
import { ingest } from '../../ingest/ingest.js';
import { formatSummary, progressBar } from '../../ingest/progress.js';
import { inlineExtractor } from '../../ingest/extractor.js';
import { defaultThreads, threadExtractor } from '../../ingest/thread-extractor.js';
import { checkQueueFlags, INGEST_QUEUE_HELP, INGEST_QUEUE_OPTIONS, ingestQueue } from './ingest-queue.js';
import { printable, printableJson } from '../../text/printable.js';

export const ingestCommand: Command = {
  name: 'ingest',
  summary: 'read, extract and store reports in the knowledge base',
  usage: `Usage: tip-atlas ingest <file-or-folder>... [--exclude GLOB]... [--db URL] [--json] [--threads N] [--queue]

Reads reports (.txt, .md, .html, .htm, .pdf; folders recursively), extracts their claims and stores
documents, text, metadata and claims. A whole annual report is split into its country narratives.
Ingesting unchanged content again changes nothing; a changed file replaces its previous version.
In folders, files named like project files (README, LICENSE, PROVENANCE, CHANGELOG, CONTRIBUTING,
NOTICE, SOURCES…) are not reports and are skipped; the summary lists them. A document whose subject
country is found nowhere (heading, file name, text) is stored with country unknown and named.

Options:
  --db URL     store: an SQLite file (default ./tip-atlas.db, or DATABASE_URL) or postgres://…
  --exclude GLOB  leave out files of the folders given that match (repeatable): 'drafts/**',
               '*-old.txt' (without a '/', the glob matches a file's name)
  --json       print a machine-readable summary on stdout (skipped: files left out; flagged:
               documents stored with no subject country)
  --threads N  extraction threads beside the one that reads and stores (default: one fewer than the
               cores, at most 4; 0 extracts on the main thread)
${INGEST_QUEUE_HELP}
  -h, --help   this help

Exit status: 0 every document stored, 1 some failed (each named on stderr as 'file: reason'), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('ingest', argv, { db: { type: 'string' }, json: { type: 'boolean' }, threads: { type: 'string' }, exclude: { type: 'string', multiple: true }, ...INGEST_QUEUE_OPTIONS });
    if (positionals.length === 0) throw new UsageError('ingest', 'expected at least one file or folder');
    checkQueueFlags(values);
    if (values.queue) return ingestQueue(positionals, values, io);
    const threads = threadCount(str(values, 'threads'));
    const store = await openStore(storeUrl(str(values, 'db'), io.env));
    const bar = io.stderr.isTTY && !values.json ? progressBar(io.stderr) : undefined;
    const extractor = threads > 0 ? threadExtractor(threads) : inlineExtractor();
    try {
      const exclude = strings(values.exclude);
      const summary = await ingest(store, positionals, { extractor, exclude, ...(bar ? { onProgress: (p) => bar.update(p) } : {}) });
      bar?.done();
      for (const f of [...summary.failures, ...summary.flagged]) io.stderr.write(`${printable(`${f.path}: ${f.reason}`)}\n`);
      if (values.json) io.stdout.write(printableJson({ store: store.url, ...summary, elapsedMs: Math.round(summary.elapsedMs) }, 1) + '\n');
      else io.stderr.write(formatSummary(summary) + '\n');
      return summary.failures.length ? 1 : 0;
    } finally {
      await extractor.close();
      await store.close();
    }
  },
};

/** --threads: a count from 0 to 16; by default one fewer than the cores, at most 4. */
function threadCount(given: string | undefined): number {
  if (given === undefined) return defaultThreads();
  if (!/^\d+$/.test(given) || Number(given) > 16) throw new UsageError('ingest', `--threads expects a whole number from 0 to 16; got '${given}'`);
  return Number(given);
}
