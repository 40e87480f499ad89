/**
 * A child process for fault tests: ingests files into a store and reports each step as a JSON line
 * on stdout, so the parent can SIGKILL it at any point and later check what was left behind.
 *
 *   node --import tsx src/ingest/testing/ingest-child.ts <store-url> [--schema NAME] <file-or-folder>...
 *
 * Lines: {"event":"open"} once the store is open, {"event":"file","done":n} before each file,
 * {"event":"done","summary":{…}} at the end (exit 0; exit 1 when some file failed).
 */
import { openStore } from '../../store/store.js';
import { ingest } from '../ingest.js';

function say(line: object): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

async function main(argv: readonly string[]): Promise<number> {
  const args = [...argv];
  const url = args.shift();
  let schema: string | undefined;
  if (args[0] === '--schema') {
    args.shift();
    schema = args.shift();
  }
  if (!url || args.length === 0) {
    process.stderr.write('ingest-child: expected <store-url> [--schema NAME] <file-or-folder>...\n');
    return 2;
  }
  const store = await openStore(url, schema ? { schema } : {});
  say({ event: 'open', pid: process.pid });
  try {
    const summary = await ingest(store, args, { onProgress: (p) => say({ event: 'file', done: p.filesDone, total: p.filesTotal }) });
    say({ event: 'done', summary: { ...summary, elapsedMs: Math.round(summary.elapsedMs) } });
    return summary.failures.length ? 1 : 0;
  } finally {
    await store.close();
  }
}

process.exitCode = await main(process.argv.slice(2));
