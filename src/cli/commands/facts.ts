import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import { collectInputs } from '../../read/collect-inputs.js';
import { readDocument } from '../../read/read-document.js';
import { extractDocument } from '../../extract/extract-document.js';
import { DocumentError } from '../../text/message.js';
import { Location } from '../../text/location.js';
import { formatFactsTable } from '../../facts/format-facts-table.js';
import { toContractJson } from '../../facts/contract-json.js';
import { printable, printableJson } from '../../text/printable.js';

const FORMATS = ['json', 'jsonl', 'table'] as const;

export const factsCommand: Command = {
  name: 'facts',
  summary: 'print the facts of reports (the facts contract)',
  usage: `Usage: tip-atlas facts <file-or-folder>... [--country ISO2] [--format json|jsonl|table]

Reads reports (.txt, .md, .html, .htm, .pdf; folders recursively) and prints their facts.
One document: one JSON object; several: JSON Lines in path order.

Options:
  --country ISO2   subject country of every document (default: detected)
  --format F       json, jsonl or table (default: json for one document, jsonl for several)
  -h, --help       this help

Exit status: 0 every document read, 1 some could not be read (named on stderr), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('facts', argv, {
      country: { type: 'string' },
      format: { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('facts', 'expected at least one file or folder');
    const format = oneOf('facts', 'format', str(values, 'format'), FORMATS);
    const country = str(values, 'country')?.toUpperCase();
    if (country !== undefined && !/^[A-Z]{2}$/.test(country)) throw new UsageError('facts', `--country must be an ISO 3166-1 alpha-2 code; got '${str(values, 'country')}'`);
    const { files, problems } = await collectInputs(positionals);
    let status = 0;
    for (const p of problems) {
      io.stderr.write(`${printable(`${p.path}: ${p.reason}`)}\n`);
      status = 1;
    }
    const single = files.length === 1 && positionals.length === 1 && problems.length === 0 && files[0] === positionals[0];
    const fmt = format ?? (single ? 'json' : 'jsonl');
    for (const file of files) {
      let doc;
      try {
        doc = await readDocument(file);
      } catch (error) {
        io.stderr.write(`${printable(error instanceof DocumentError ? error.message : `${file}: ${String(error)}`)}\n`);
        status = 1;
        continue;
      }
      const result = extractDocument(doc, country ? { country } : {});
      const loc = new Location(doc.text);
      for (const m of [...doc.messages, ...result.messages]) {
        const at = m.place ? loc.toPoint(m.place.start) : { line: 1, column: 1 };
        io.stderr.write(`${printable(`${file}:${at.line}:${at.column} ${m.reason} [${m.ruleId}]`)}\n`);
      }
      const out = toContractJson(file, result.country, result.facts);
      if (fmt === 'table') io.stdout.write(formatFactsTable(out, doc.text) + '\n');
      else io.stdout.write(printableJson(out, fmt === 'json' ? 1 : undefined) + '\n');
    }
    return status;
  },
};
