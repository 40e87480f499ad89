/** Fixture reports for the queue tests: invented sentences in report style (no corpus text). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WHOLE_REPORT } from '../ingest/test-fixtures.js';

const COUNTRIES = ['Kenya', 'Nepal', 'Peru', 'Ghana', 'Moldova', 'Cambodia', 'Bolivia', 'Senegal', 'Vietnam', 'Jordan', 'Malawi', 'Honduras'];
const DESTINATIONS = ['Qatar', 'Malaysia', 'Thailand', 'Spain', 'Argentina', 'Lebanon'];
const SECTORS = ['domestic work', 'fishing', 'brick kilns', 'agriculture', 'construction', 'textile factories'];

/** One short country report: a few sentences about flows, sectors, victims and perpetrators. */
export function countryReport(country: string, i: number): string {
  const to = DESTINATIONS[i % DESTINATIONS.length];
  const sector = SECTORS[i % SECTORS.length];
  return [
    `${country} (Tier 2)`,
    '',
    `${country} is a source and destination country for men, women and children subjected to forced labor and sex trafficking.`,
    `Traffickers exploit women from ${country} in ${sector} in ${to}.`,
    `Recruitment agents reportedly confiscate passports of workers bound for ${to}.`,
    `Some children are forced to beg in the capital of ${country}.`,
    `In ${2015 + (i % 6)}, authorities identified ${20 + i} victims of trafficking.`,
    '',
  ].join('\n');
}

/** A long report (about `kb` KB): its extraction takes a few seconds, long enough to kill a worker mid-job. */
export function longReport(country: string, kb: number): string {
  const out = [`${country} (Tier 2 Watch List)`, ''];
  let size = 0;
  for (let i = 0; size < kb * 1024; i++) {
    const line = countryReport(country, i).split('\n').slice(2, 6).join(' ') + ` Observers noted case ${i} in district ${i % 97}.`;
    out.push(line);
    size += line.length + 1;
  }
  return out.join('\n');
}

/**
 * Writes the fixture folder: `long-kenya.txt` (first in path order), one report per country and a
 * whole annual report split into narratives. Returns the number of documents it holds.
 */
export function writeQueueFixtures(dir: string, options: { readonly longKb?: number } = {}): number {
  mkdirSync(join(dir, 'tip', '2021'), { recursive: true });
  writeFileSync(join(dir, 'a-long-kenya.txt'), longReport('Kenya', options.longKb ?? 400));
  COUNTRIES.forEach((c, i) => writeFileSync(join(dir, 'tip', '2021', `${c.toLowerCase()}.txt`), countryReport(c, i)));
  writeFileSync(join(dir, 'whole-2021.txt'), WHOLE_REPORT);
  return 1 + COUNTRIES.length + 3;
}
