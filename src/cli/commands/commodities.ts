import type { Command } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { commodities } from '../../graph/commodities.js';
import { loadCountryResolver } from '../../ingest/country-resolver.js';
import { formatTable, evidenceRef } from '../../graph/format-table.js';
import { countryArg, DB_HELP, VIEW_EXIT, withStore } from '../../graph/view-args.js';
import { printableJson } from '../../text/printable.js';

export const commoditiesCommand: Command = {
  name: 'commodities',
  summary: 'country × good × form with evidence (joins with the US DOL list of goods)',
  usage: `Usage: tip-atlas commodities [--country C] [--json] [--db URL]

Goods named with a form of exploitation, per country (the report's subject), with child labor and
forced labor flags in the shape of the US Department of Labor List of Goods (good, country,
child labor, forced labor), and every evidence.

Options:
  --country C  only this country (ISO2)
  --json       JSON output
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT}`,
  async run(argv, io) {
    const { values } = parseCommandArgs('commodities', argv, { country: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
    const country = countryArg('commodities', '--country', str(values, 'country'), false);
    const resolver = await loadCountryResolver();
    const rows = await withStore('commodities', str(values, 'db'), io, (s) => commodities(s, resolver, country ? { country } : {}));
    if (values.json) {
      io.stdout.write(printableJson(rows, 1) + '\n');
      return 0;
    }
    io.stdout.write(formatTable(['good', 'country', 'form', 'child labor', 'forced labor', 'years', 'reports', 'evidence'], rows.map((r) => [
      r.good, r.country, r.form, r.childLabor ? 'yes' : '-', r.forcedLabor ? 'yes' : '-', r.years.join(','), r.documents.length, evidenceRef(r.evidence[0]),
    ])) + `\n${rows.length} rows\n`);
    return 0;
  },
};
