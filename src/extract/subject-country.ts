import { basename, extname } from 'node:path';
import type { Gazetteer } from '../gazetteer/gazetteer.js';

const HEADING = /^[ \t]*(?:#+\s*)?([A-Z][A-Z .,'’()-]{2,60}?)\s*(?::\s*Tier\b|\(\s*Tier\b|:\s*Special Case)/m;
const TITLE = /(?:Report|Reports on Human Rights Practices|Trafficking in Persons)[^\n:]{0,40}:\s*([^\n]{2,60})$/m;
const DECLARED = /(?:^|[.;:]\s+)(?:current situation:\s*)?(?:the\s+)?([\p{Lu}][\p{L}’'. -]{2,50}?)\s+(?:is|remains|was)\s+(?:a|an)\s+(?:\w+\s+){0,2}(?:source|transit|destination)\b/mu;

/** The report's subject country: a heading, a title, "X is a source…" sentence, the file name, then the most named country. */
export function detectSubjectCountry(text: string, path: string, gazetteer: Gazetteer): { country: string; ruleId: string } {
  const head = text.slice(0, 4000);
  for (const [re, ruleId] of [[HEADING, 'subject:heading'], [TITLE, 'subject:title'], [DECLARED, 'subject:declared']] as const) {
    const m = re.exec(head);
    const code = m ? gazetteer.countryByName(m[1].trim()) ?? firstCountry(m[1], gazetteer) : undefined;
    if (code) return { country: code, ruleId };
  }
  const counts = new Map<string, number>();
  for (const m of gazetteer.findAreas(text, 0, Math.min(text.length, 200_000))) {
    if (m.kind !== 'country') continue;
    const code = m.codes[0];
    counts.set(code, (counts.get(code) ?? 0) + (m.form === 'name' ? 2 : 1));
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const stem = basename(path, extname(path)).replace(/^\d{4}[-_]|[-_]\d{4}$|__trashed$|-\d+$/g, '');
  const fromName = gazetteer.countryByName(stem);
  if (fromName) return { country: fromName, ruleId: 'subject:file-name' };
  if (ranked.length > 0) return { country: ranked[0][0], ruleId: 'subject:most-named' };
  return { country: '', ruleId: 'subject:unknown' };
}

function firstCountry(s: string, gazetteer: Gazetteer): string | undefined {
  const m = gazetteer.findAreas(s).find((a) => a.kind === 'country');
  return m && m.kind === 'country' ? m.codes[0] : undefined;
}

const YEAR_IN_TEXT = /\b(20\d\d|19\d\d)\s+(?:Trafficking in Persons Report|Country Reports? on Human Rights Practices|TIP Report)/;
const YEAR_TAIL = /\((20\d\d|19\d\d)\)\s*$/;
const YEAR_IN_PATH = /(?:^|[\\/_-])(20\d\d|19\d\d)(?=[\\/_.-])/g;

/** The report's year: stated in its title ("2021 Trafficking in Persons Report"), a Factbook "(2015)" tail, or its path. */
export function detectReportYear(text: string, path: string): number | undefined {
  const m = YEAR_IN_TEXT.exec(text.slice(0, 4000)) ?? YEAR_TAIL.exec(text.slice(-200));
  if (m) return Number(m[1]);
  const years = [...path.matchAll(YEAR_IN_PATH)].map((x) => Number(x[1]));
  return years.length > 0 ? years[years.length - 1] : undefined;
}
