import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, oneOf, str, strings } from '../args.js';
import { countryArg } from '../../graph/view-args.js';
import { collectInputs } from '../../read/collect-inputs.js';
import { readDocument } from '../../read/read-document.js';
import { extractDocument } from '../../extract/extract-document.js';
import { DocumentError } from '../../text/message.js';
import { Location } from '../../text/location.js';
import { formatFactsTable } from '../../facts/format-facts-table.js';
import { toContractJson } from '../../facts/contract-json.js';
import { printable, printableJson } from '../../text/printable.js';
import type { FactsDocument } from '../../facts/fact.js';

const FORMATS = ['json', 'jsonl', 'table'] as const;

export const factsCommand: Command = {
  name: 'facts',
  summary: 'print the facts of reports (the facts contract)',
  usage: `Usage: tip-atlas facts <file-or-folder>... [--country C] [--format json|jsonl|table] [--json] [--exclude GLOB]...

Reads reports (.txt, .md, .html, .htm, .pdf; folders recursively) and prints their facts.
One document: one JSON object; several: JSON Lines in path order (--format json: one JSON array). In folders, files named like
project files (README, LICENSE, PROVENANCE, CHANGELOG…) are skipped, each named on stderr.

Options:
  --country C      subject country of every document: ISO2 code, name or demonym (default: detected)
  --format F       json, jsonl or table (default: json for one document, jsonl for several)
  --json           the same as --format json
  --exclude GLOB   leave out files of the folders given that match (repeatable): 'drafts/**', '*-old.txt'
  -h, --help       this help

Exit status: 0 every document read, 1 some could not be read (named on stderr), 2 usage error.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('facts', argv, {
      country: { type: 'string' },
      format: { type: 'string' },
      json: { type: 'boolean' },
      exclude: { type: 'string', multiple: true },
    });
    if (positionals.length === 0) throw new UsageError('facts', 'expected at least one file or folder');
    const format = formatArg(str(values, 'format'), values.json === true);
    const country = countryArg('facts', '--country', str(values, 'country'), false);
    const { files, problems, skipped } = await collectInputs(positionals, { exclude: strings(values.exclude) });
    for (const k of skipped) io.stderr.write(`${printable(`${k.path}: skipped (${k.reason}) [${k.ruleId}]`)}\n`);
    let status = 0;
    for (const p of problems) {
      io.stderr.write(`${printable(`${p.path}: ${p.reason}`)}\n`);
      status = 1;
    }
    const single = files.length === 1 && positionals.length === 1 && problems.length === 0 && files[0] === positionals[0];
    const fmt = format ?? (single ? 'json' : 'jsonl');
    const out = documentWriter(io.stdout, fmt, single);
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
      out.write(toContractJson(file, result.country, result.facts), doc.text);
    }
    out.end();
    return status;
  },
};

/** --format F, or --json (the same as --format json); both, naming another format, is a usage error. */
function formatArg(given: string | undefined, json: boolean): (typeof FORMATS)[number] | undefined {
  const format = oneOf('facts', 'format', given, FORMATS);
  if (json && format !== undefined && format !== 'json') throw new UsageError('facts', `--json asks for --format json; got also --format ${format}`);
  return json ? 'json' : format;
}

/** Writes each document's facts as `fmt` asks: a table, a JSON Lines line, or JSON (one object for a single document, else one array). */
function documentWriter(stdout: NodeJS.WritableStream, fmt: (typeof FORMATS)[number], single: boolean): { write(doc: FactsDocument, text: string): void; end(): void } {
  const array = fmt === 'json' && !single;
  let count = 0;
  return {
    write(doc, text) {
      if (fmt === 'table') stdout.write(formatFactsTable(doc, text) + '\n');
      else if (fmt === 'jsonl') stdout.write(printableJson(doc) + '\n');
      else stdout.write((array ? (count === 0 ? '[\n' : ',\n') : '') + printableJson(doc, 1) + (array ? '' : '\n'));
      count++;
    },
    end() {
      if (array) stdout.write(count === 0 ? '[]\n' : '\n]\n');
    },
  };
}
