/** Fixture reports for the serve tests: invented sentences in report style (no corpus text). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingest } from '../ingest/ingest.js';
import { loadCountryResolver, type CountryResolver } from '../ingest/country-resolver.js';
import { openStore, type Store } from '../store/store.js';

export const FIXTURE_REPORTS: Readonly<Record<string, string>> = {
  '2021-mali.txt': [
    '2021 Trafficking in Persons Report: Mali', 'MALI: Tier 2 Watch List', 'TRAFFICKING PROFILE',
    'Traffickers exploit Malian boys in forced labor in artisanal gold mines in Guinea and Senegal. Criminal groups reportedly force Nigerian women into commercial sex in Bamako. An NGO reported 312 victims in 2020.',
  ].join('\n'),
  '2021-guinea.txt': [
    '2021 Trafficking in Persons Report: Guinea', 'GUINEA: Tier 2', 'TRAFFICKING PROFILE',
    'Traffickers exploit Malian men in forced labor in gold mines in Siguiri. Guinean girls are exploited in domestic servitude in Conakry.',
  ].join('\n'),
};

/** A report that tries to run script when shown: it must be displayed as text only. */
export const HOSTILE_REPORT = [
  '2022 Trafficking in Persons Report: Mali', 'MALI: Tier 2',
  'Traffickers exploit Malian boys in forced labor in gold mines in Guinea. <script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)"> <a href="javascript:window.__pwned=3">click</a> <svg onload="window.__pwned=4"></svg>',
].join('\n');

export interface FixtureAtlas {
  readonly store: Store;
  readonly resolver: CountryResolver;
  readonly dir: string;
  dispose(): Promise<void>;
}

/** A real SQLite store with the fixture reports ingested (plus `extra` files). */
export async function fixtureAtlas(extra: Readonly<Record<string, string>> = {}): Promise<FixtureAtlas> {
  const dir = mkdtempSync(join(tmpdir(), 'tip-atlas-serve-'));
  const reports = join(dir, 'reports');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(reports);
  for (const [name, text] of Object.entries({ ...FIXTURE_REPORTS, ...extra })) writeFileSync(join(reports, name), text);
  const store = await openStore(join(dir, 'atlas.db'));
  const resolver = await loadCountryResolver();
  await ingest(store, [reports], { resolver });
  return { store, resolver, dir, async dispose() { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
}
