import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import { SOURCE_KINDS } from '../../store/store.js';
import { diffYears } from '../../graph/diff.js';
import { formatTable, evidenceRef } from '../../graph/format-table.js';
import { countryArg, DB_HELP, withStore, yearArg } from '../../graph/view-args.js';
import { printableJson } from '../../text/printable.js';

export const diffCommand: Command = {
  name: 'diff',
  summary: "facts that appear, disappear or persist between two years' reports on a country",
  usage: `Usage: tip-atlas diff <ISO2> --from Y1 --to Y2 [--kind K] [--json] [--db URL]

Options:
  --from Y1, --to Y2   the two report years
  --kind K     only tip, hrr, factbook or other reports
  --json       JSON output
${DB_HELP}
  -h, --help   this help`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('diff', argv, { from: { type: 'string' }, to: { type: 'string' }, kind: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('diff', 'expected one country (ISO2 code)');
    const country = countryArg('diff', 'country', positionals[0])!;
    const from = yearArg('diff', 'from', str(values, 'from'));
    const to = yearArg('diff', 'to', str(values, 'to'));
    if (from === undefined || to === undefined) throw new UsageError('diff', 'expected --from and --to years');
    const kind = oneOf('diff', 'kind', str(values, 'kind'), SOURCE_KINDS);
    const d = await withStore(str(values, 'db'), io, (s) => diffYears(s, country, from, to, kind ? { kind } : {}));
    if (values.json) {
      io.stdout.write(printableJson(d, 1) + '\n');
      return 0;
    }
    const rows = [
      ...d.appeared.map((i) => ['+', JSON.stringify(i.fact), '', evidenceRef(i.evidence[0])]),
      ...d.disappeared.map((i) => ['-', JSON.stringify(i.fact), evidenceRef(i.evidence[0]), '']),
      ...d.persisted.map((p) => ['=', JSON.stringify(p.fact), evidenceRef(p.fromEvidence[0]), evidenceRef(p.toEvidence[0])]),
    ];
    io.stdout.write(formatTable(['', 'fact', String(from), String(to)], rows, 90) +
      `\n${d.appeared.length} appeared, ${d.disappeared.length} disappeared, ${d.persisted.length} persisted\n`);
    return 0;
  },
};
