import type { Command } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import type { Form } from '../../facts/fact.js';
import { flows } from '../../graph/flows.js';
import { formatTable, evidenceRef } from '../../graph/format-table.js';
import { countryArg, DB_HELP, VIEW_EXIT, withStore, yearArg } from '../../graph/view-args.js';
import { printableJson } from '../../text/printable.js';

export const FORMS: readonly Form[] = ['sex_trafficking', 'forced_labor', 'domestic_servitude', 'debt_bondage', 'forced_begging', 'hereditary_slavery', 'child_soldiering', 'sexual_slavery', 'forced_marriage', 'forced_criminality', 'organ_removal', 'trafficking'];

export const flowsCommand: Command = {
  name: 'flows',
  summary: 'origin → destination flows across reports, with corroboration',
  usage: `Usage: tip-atlas flows [--form F] [--country C] [--year Y] [--json] [--db URL]

Origin → destination edges stated by the stored reports: forms, victim groups, the documents and
years that state them, how many reports do, whether they are corroborated (stated in both countries'
reports, or in several years) and whether every statement is hedged.

Options:
  --form F     only this form (sex_trafficking, forced_labor, …)
  --country C  only flows from or to this country (ISO2 code, name or demonym) or region id
  --year Y     only reports of this year
  --json       JSON output (every edge with its evidence)
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT}`,
  async run(argv, io) {
    const { values } = parseCommandArgs('flows', argv, { form: { type: 'string' }, country: { type: 'string' }, year: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
    const form = oneOf('flows', 'form', str(values, 'form'), FORMS);
    const country = countryArg('flows', '--country', str(values, 'country'));
    const year = yearArg('flows', 'year', str(values, 'year'));
    const edges = await withStore('flows', str(values, 'db'), io, (s) => flows(s, { ...(form ? { form } : {}), ...(country ? { country } : {}), ...(year !== undefined ? { year } : {}) }));
    if (values.json) {
      io.stdout.write(printableJson(edges, 1) + '\n');
      return 0;
    }
    io.stdout.write(formatTable(['from', 'to', 'forms', 'victims', 'reports', 'years', 'corroborated', 'hedged', 'evidence'], edges.map((e) => [
      e.from, e.to, e.forms.join(','), e.victimGroups.join(','), e.reportCount, e.years.join(','),
      e.corroboration.join('+') || '-', e.hedgedOnly ? 'only' : '-', evidenceRef(e.evidence[0]),
    ]), 40) + `\n${edges.length} flows\n`);
    return 0;
  },
};
