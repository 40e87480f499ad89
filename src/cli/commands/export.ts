import { writeFile } from 'node:fs/promises';
import type { Command } from '../command.js';
import { UsageError } from '../command.js';
import { parseCommandArgs, oneOf, str } from '../args.js';
import { EXPORT_FORMATS, exportAtlas } from '../../export/export-atlas.js';
import { loadCountryResolver } from '../../ingest/country-resolver.js';
import { countryArg, DB_HELP, VIEW_EXIT, withStore } from '../../graph/view-args.js';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export claims and flows: csv, jsonl, geojson, graphml, htcds',
  usage: `Usage: tip-atlas export --format csv|jsonl|geojson|graphml|htcds [--country C] [--out FILE] [--db URL]

  csv      one row per claim, header row, RFC 4180 quoting
  jsonl    one JSON object per claim (same columns as csv)
  geojson  flows as LineStrings between country centroids, places as Points
  graphml  the flow network (countries, directed edges)
  htcds    HTCDS 2.0-aligned records (exploitation types SexualExploitation, ForcedLabour…)
Every row carries its document id and evidence span.

Options:
  --format F   the format (required)
  --country C  only documents about (or flows touching) this country
  --out FILE   write to FILE instead of stdout
${DB_HELP}
  -h, --help   this help

${VIEW_EXIT}`,
  async run(argv, io) {
    const { values } = parseCommandArgs('export', argv, { format: { type: 'string' }, country: { type: 'string' }, out: { type: 'string' }, db: { type: 'string' } });
    const format = oneOf('export', 'format', str(values, 'format'), EXPORT_FORMATS);
    if (!format) throw new UsageError('export', `expected --format (${EXPORT_FORMATS.join(', ')})`);
    const country = countryArg('export', '--country', str(values, 'country'), false);
    const resolver = await loadCountryResolver();
    const text = await withStore('export', str(values, 'db'), io, (s) => exportAtlas(s, format, resolver, country ? { country } : {}));
    const out = str(values, 'out');
    if (out) await writeFile(out, text);
    else io.stdout.write(text);
    return 0;
  },
};
