import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { readDocument } from '../../read/read-document.js';
import { MEGABYTE } from '../../read/read-options.js';
import { DocumentError } from '../../text/message.js';
import { Location } from '../../text/location.js';
import { printable, printableJson } from '../../text/printable.js';

export const textCommand: Command = {
  name: 'text',
  summary: 'print the text of a report exactly as read (what fact offsets index)',
  usage: `Usage: tip-atlas text <file> [--json | --pages] [--max-mb N]

Reads one report (.txt, .md, .html, .htm, .pdf) and prints its text exactly as the
facts' offsets index it: nothing is added, not even a final line break.
Notes about the file (encoding guessed, pages without text) go to stderr.

Options:
  --json       print {path, reader, title, bytes, pages, messages, text} as JSON
  --pages      print the page ranges of a PDF, one per line: page, start, end (offsets, end excluded)
  --max-mb N   refuse files larger than N megabytes (default 64)
  -h, --help   this help

Exit status: 0 read, 1 the file could not be read (reason on stderr), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('text', argv, {
      json: { type: 'boolean' },
      pages: { type: 'boolean' },
      'max-mb': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('text', `expected exactly one file; got ${positionals.length}`);
    if (values.json && values.pages) throw new UsageError('text', '--json and --pages cannot be used together');
    const maxMb = str(values, 'max-mb');
    let maxBytes: number | undefined;
    if (maxMb !== undefined) {
      const n = Number(maxMb);
      if (!/^\d+(\.\d+)?$/.test(maxMb) || !(n > 0)) throw new UsageError('text', `--max-mb must be a positive number of megabytes; got '${maxMb}'`);
      maxBytes = Math.max(1, Math.round(n * MEGABYTE));
    }
    const file = positionals[0];
    let doc;
    try {
      doc = await readDocument(file, maxBytes === undefined ? {} : { maxBytes });
    } catch (error) {
      io.stderr.write(`${printable(error instanceof DocumentError ? `${error.message} [${error.ruleId}]` : `${file}: ${String(error)}`)}\n`);
      return 1;
    }
    const loc = new Location(doc.text);
    for (const m of doc.messages) {
      const at = m.place ? loc.toPoint(m.place.start) : { line: 1, column: 1 };
      io.stderr.write(`${printable(`${file}:${at.line}:${at.column} ${m.reason} [${m.ruleId}]`)}\n`);
    }
    if (values.json) {
      const out = { path: doc.path, reader: doc.reader, title: doc.title ?? null, bytes: doc.bytes, pages: doc.pages, messages: doc.messages, text: doc.text };
      io.stdout.write(printableJson(out, 1) + '\n');
    } else if (values.pages) {
      if (doc.pages.length === 0) io.stderr.write(`${printable(file)}: not a PDF, no pages (the whole text is 0-${doc.text.length})\n`);
      for (const p of doc.pages) io.stdout.write(`${p.page}\t${p.start}\t${p.end}\n`);
    } else {
      io.stdout.write(doc.text);
    }
    return 0;
  },
};
