import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import { FACT_TYPES } from '../../facts/fact.js';
import { SOURCE_KINDS } from '../../store/store.js';
import { search, searchAnswer } from '../../graph/search.js';
import { formatTable, evidenceRef } from '../../graph/format-table.js';
import { countryArg, DB_HELP, VIEW_EXIT, intArg, withStore, yearArg } from '../../graph/view-args.js';
import { FORMS } from './flows.js';
import { printableJson } from '../../text/printable.js';

export const searchCommand: Command = {
  name: 'search',
  summary: 'claims whose evidence or values match a text, with facets',
  usage: `Usage: tip-atlas search <text> [--type T] [--form F] [--sector S] [--commodity G] [--actor A]
                          [--country C] [--year Y] [--kind K] [--hedged|--not-hedged]
                          [--limit N] [--offset N] [--json] [--db URL]

Case-insensitive substring search over the evidence and the values (names, places, goods, subjects)
of stored claims, with counts by type, form, sector, commodity, actor, country, year, hedged, kind.

Options:
  --type T, --form F, --sector S, --commodity G, --actor A   narrow by fact fields
  --country C  documents about this country (ISO2 code, name or demonym); --year Y, --kind K likewise
  --hedged / --not-hedged   only hedged / unhedged claims
  --limit N    page size (default 50); --offset N   first result
  --json       JSON output, the shape of the HTTP API's /api/search (flat claims)
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('search', argv, {
      type: { type: 'string' }, form: { type: 'string' }, sector: { type: 'string' }, commodity: { type: 'string' }, actor: { type: 'string' },
      country: { type: 'string' }, year: { type: 'string' }, kind: { type: 'string' }, hedged: { type: 'boolean' }, 'not-hedged': { type: 'boolean' },
      limit: { type: 'string' }, offset: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' },
    });
    if (positionals.length > 1) throw new UsageError('search', 'expected one search text (quote it)');
    const type = oneOf('search', 'type', str(values, 'type'), FACT_TYPES);
    const form = oneOf('search', 'form', str(values, 'form'), FORMS);
    const kind = oneOf('search', 'kind', str(values, 'kind'), SOURCE_KINDS);
    const country = countryArg('search', '--country', str(values, 'country'), false);
    const year = yearArg('search', 'year', str(values, 'year'));
    const limit = intArg('search', 'limit', str(values, 'limit'));
    const offset = intArg('search', 'offset', str(values, 'offset'));
    const filter = {
      ...(type ? { types: [type] } : {}), ...(form ? { form } : {}), ...(kind ? { kind } : {}), ...(country ? { documentCountry: country } : {}),
      ...(year !== undefined ? { year } : {}), ...(str(values, 'sector') ? { sector: str(values, 'sector') } : {}),
      ...(str(values, 'commodity') ? { commodity: str(values, 'commodity') } : {}), ...(str(values, 'actor') ? { actor: str(values, 'actor') } : {}),
      ...(values.hedged ? { hedged: true } : values['not-hedged'] ? { hedged: false } : {}),
    };
    const r = await withStore('search', str(values, 'db'), io, (s) => search(s, positionals[0] ?? '', filter, { ...(limit !== undefined ? { limit } : {}), ...(offset !== undefined ? { offset } : {}) }));
    if (values.json) {
      io.stdout.write(printableJson(searchAnswer(r), 1) + '\n');
      return 0;
    }
    io.stdout.write(formatTable(['type', 'fact', 'country', 'year', 'hedged', 'where', 'evidence'], r.claims.map((c) => {
      const { type: t, evidence: _e, ...rest } = c.claim.fact as unknown as Record<string, unknown>;
      return [String(t), Object.values(rest).join(' '), c.document.country, c.document.year ?? '?', c.hedged ? 'yes' : '-', evidenceRef(c.evidence), c.evidence.text];
    }), 50) + `\n${r.claims.length} of ${r.total} claims (offset ${r.offset})\n`);
    for (const [field, counts] of Object.entries(r.facets)) {
      if (counts.length) io.stdout.write(`${field}: ${counts.slice(0, 8).map((c) => `${c.value} ${c.count}`).join(', ')}\n`);
    }
    return 0;
  },
};
