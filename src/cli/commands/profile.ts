import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, str } from '../args.js';
import { profile, type CountryProfile } from '../../graph/profile.js';
import type { FactItem } from '../../graph/group-claims.js';
import { formatTable, evidenceRef } from '../../graph/format-table.js';
import { countryArg, DB_HELP, VIEW_EXIT, withStore, yearArg } from '../../graph/view-args.js';
import { printableJson } from '../../text/printable.js';

export const profileCommand: Command = {
  name: 'profile',
  summary: 'one country across reports: roles, forms, victims, sectors, goods, perpetrators, places, statistics',
  usage: `Usage: tip-atlas profile <country> [--year Y] [--json] [--db URL]

<country> is an ISO 3166-1 alpha-2 code (ML), a name (Mali, "Burkina Faso") or a demonym (Malian).

Everything the stored reports about a country state: its roles (origin, transit, destination),
forms by victim group, sectors and commodities, perpetrators, places, statistics with their years,
sources and hedging, and the flows from or to it; each with its evidence (document id + span).

Options:
  --year Y     only reports of this year
  --json       JSON output
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT}`,
  async run(argv, io) {
    const { values, positionals } = parseCommandArgs('profile', argv, { year: { type: 'string' }, json: { type: 'boolean' }, db: { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('profile', `expected one country (a code such as ML, a name or a demonym); got ${positionals.length} arguments`);
    const country = countryArg('profile', 'the country', positionals[0], false)!;
    const year = yearArg('profile', 'year', str(values, 'year'));
    const p = await withStore('profile', str(values, 'db'), io, (s) => profile(s, country, year !== undefined ? { year } : {}));
    io.stdout.write((values.json ? printableJson(p, 1) : formatProfile(p)) + '\n');
    return 0;
  },
};

function describe(i: FactItem): string {
  const { type: _t, ...rest } = i.fact as unknown as Record<string, unknown>;
  return Object.values(rest).join(' ');
}

function section(title: string, items: readonly FactItem[]): string {
  if (items.length === 0) return `${title}: none`;
  return `${title}:\n${formatTable(['fact', 'years', 'reports', 'hedged', 'evidence'], items.map((i) => [
    describe(i), i.years.join(','), i.documents.length, i.hedgedOnly ? 'only' : '-', evidenceRef(i.evidence[0]),
  ]), 50)}`;
}

export function formatProfile(p: CountryProfile): string {
  return [
    `${p.country}${p.year !== undefined ? ` (${p.year})` : ''}: ${p.documents.length} documents`,
    section('Roles', p.roles),
    p.forms.length ? `Forms:\n${p.forms.map((f) => `  ${f.form}: ${f.groups.map((g) => `${g.fact.sex} ${g.fact.age}`).join(', ') || '-'}${f.terms.length ? ` (${f.terms.join(', ')})` : ''}`).join('\n')}` : 'Forms: none',
    section('Sectors', p.sectors), section('Commodities', p.commodities), section('Perpetrators', p.perpetrators),
    section('Places', p.places), section('Statistics', p.statistics),
    p.sources.length ? `Sources:\n${p.sources.map((s) => `  ${s.source} (${s.kind}): ${s.evidenceCount} claims`).join('\n')}` : 'Sources: none',
    `Hedged only: ${p.hedged.length} facts`,
    p.flows.length ? `Flows:\n${formatTable(['from', 'to', 'forms', 'reports', 'corroborated'], p.flows.map((e) => [e.from, e.to, e.forms.join(','), e.reportCount, e.corroboration.join('+') || '-']))}` : 'Flows: none',
  ].join('\n\n');
}
