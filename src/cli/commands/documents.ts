import type { Command } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import { SOURCE_KINDS } from '../../store/store.js';
import { formatTable } from '../../graph/format-table.js';
import { countryArg, DB_HELP, VIEW_EXIT, intArg, withStore, yearArg } from '../../graph/view-args.js';
import { printableJson } from '../../text/printable.js';

export const documentsCommand: Command = {
  name: 'documents',
  summary: 'list the documents in the knowledge base',
  usage: `Usage: tip-atlas documents [--country C] [--year Y] [--kind K] [--limit N] [--offset N] [--json] [--db URL]

Options:
  --country C  only documents about this country (ISO2 code, name or demonym)
  --year Y     only reports of this year
  --kind K     tip, hrr, factbook or other
  --limit N, --offset N   one page of the list
  --json       JSON output
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT}`,
  async run(argv, io) {
    const { values } = parseCommandArgs('documents', argv, {
      country: { type: 'string' }, year: { type: 'string' }, kind: { type: 'string' }, limit: { type: 'string' }, offset: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' },
    });
    const country = countryArg('documents', '--country', str(values, 'country'), false);
    const year = yearArg('documents', 'year', str(values, 'year'));
    const kind = oneOf('documents', 'kind', str(values, 'kind'), SOURCE_KINDS);
    const limit = intArg('documents', 'limit', str(values, 'limit'));
    const offset = intArg('documents', 'offset', str(values, 'offset'));
    const filter = { ...(country ? { country } : {}), ...(year !== undefined ? { year } : {}), ...(kind ? { kind } : {}) };
    const { docs, total } = await withStore('documents', str(values, 'db'), io, async (s) => ({
      docs: await s.listDocuments({ ...filter, ...(limit !== undefined ? { limit } : {}), ...(offset !== undefined ? { offset } : {}) }),
      total: await s.countDocuments(filter),
    }));
    if (values.json) {
      io.stdout.write(printableJson({ total, documents: docs }, 1) + '\n');
      return 0;
    }
    io.stdout.write(formatTable(['id', 'country', 'year', 'kind', 'claims', 'pages', 'path'], docs.map((d) => [
      d.id, d.country || '?', d.year ?? '?', d.kind, d.claimCount, d.pageStart !== undefined ? `${d.pageStart}-${d.pageEnd}` : '-', d.part ? `${d.path} (${d.part})` : d.path,
    ]), 80) + `\n${docs.length} of ${total} documents\n`);
    return 0;
  },
};
