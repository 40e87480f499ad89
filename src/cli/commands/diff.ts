import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import { SOURCE_KINDS, type DocumentRef } from '../../store/store.js';
import { diffProblem, diffYears, type CountryDiff, type DiffKind } from '../../graph/diff.js';
import { formatTable, evidenceRef } from '../../graph/format-table.js';
import { countryArg, DB_HELP, VIEW_EXIT, withStore, yearArg } from '../../graph/view-args.js';
import { printableJson } from '../../text/printable.js';

const KINDS: readonly DiffKind[] = [...SOURCE_KINDS, 'any'];

export const diffCommand: Command = {
  name: 'diff',
  summary: "facts that appear, disappear or persist between two years' reports on a country",
  usage: `Usage: tip-atlas diff <country> --from Y1 --to Y2 [--kind K] [--json] [--db URL]

Compares like with like: the reports of one kind on each side, by default the first kind both
years have (tip, then hrr, factbook, other). Names the documents compared.

Options:
  --from Y1, --to Y2   the two report years
  --kind K     only tip, hrr, factbook or other reports; any compares reports of every kind
  --json       JSON output (with fromDocuments and toDocuments)
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT} A side with no report of the kind compared,
or two years with no kind of report in common, is a usage error too.`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('diff', argv, { from: { type: 'string' }, to: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('diff', `expected one country (a code such as ML, a name or a demonym); got ${positionals.length} arguments`);
    const country = countryArg('diff', 'the country', positionals[0], false)!;
    const from = yearArg('diff', 'from', str(values, 'from'));
    const to = yearArg('diff', 'to', str(values, 'to'));
    if (from === undefined || to === undefined) throw new UsageError('diff', 'expected --from and --to years');
    const kind = oneOf('diff', 'kind', str(values, 'kind'), KINDS);
    const d = await withStore('diff', str(values, 'db'), io, (s) => diffYears(s, country, from, to, kind ? { kind } : {}));
    const problem = diffProblem(d);
    if (problem !== undefined) throw new UsageError('diff', problem);
    io.stdout.write((values.json ? printableJson(d, 1) : formatDiff(d)) + '\n');
    return 0;
  },
};

const documentList = (docs: readonly DocumentRef[]): string => docs.map((d) => `${d.kind} #${d.id} ${d.path}`).join(', ');

function formatDiff(d: CountryDiff): string {
  const rows = [
    ...d.appeared.map((i) => ['+', JSON.stringify(i.fact), '', evidenceRef(i.evidence[0])]),
    ...d.disappeared.map((i) => ['-', JSON.stringify(i.fact), evidenceRef(i.evidence[0]), '']),
    ...d.persisted.map((p) => ['=', JSON.stringify(p.fact), evidenceRef(p.fromEvidence[0]), evidenceRef(p.toEvidence[0])]),
  ];
  return `${d.country}, ${d.kind === 'any' ? 'reports of any kind' : `${d.kind} reports`}: ${d.from} (${documentList(d.fromDocuments)}) → ${d.to} (${documentList(d.toDocuments)})\n\n` +
    formatTable(['', 'fact', String(d.from), String(d.to)], rows, 90) +
    `\n${d.appeared.length} appeared, ${d.disappeared.length} disappeared, ${d.persisted.length} persisted`;
}
