import type { Span } from '../text/span.js';
import type { ClaimContext } from './claim.js';
import type { ClauseScan } from './scan-clause.js';
import { lexicons } from './lexicons.js';
import type { LexiconHit } from '../vocab/lexicon.js';

const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const SINCE = /\bsince\s+(19[5-9]\d|20[0-4]\d)\b/i;
const PERIOD = /\b(during the reporting period|in the past|previous reporting period|over the past \w+ years|this year|last year|during the year)\b/i;

// the clauses of one sentence mostly look in the same window (the whole sentence): its first attribution, remembered
let windowText = '';
let windowStart = -1;
let windowEnd = -1;
let windowHit: LexiconHit<string> | undefined;
function nearbyAttribution(text: string, start: number, end: number): LexiconHit<string> | undefined {
  if (text !== windowText || start !== windowStart || end !== windowEnd) {
    windowText = text;
    windowStart = start;
    windowEnd = end;
    windowHit = lexicons().attributions.find(text, start, end)[0];
  }
  return windowHit;
}

/** The qualifiers of a clause that every claim from it shares: hedging, attribution, time, trend, means. */
export function claimContext(scan: ClauseScan, sentence: Span): ClaimContext {
  const { text } = scan;
  const clause = text.slice(scan.start, scan.end);
  // the sentence's attribution ("An NGO reported that …; …"), looked for near the clause (a sentence may be a whole page)
  const attribution = scan.attributions[0] ?? nearbyAttribution(text, Math.max(sentence.start, scan.start - 600), Math.min(sentence.end, scan.end + 600));
  const since = SINCE.exec(clause);
  const period = PERIOD.exec(clause);
  const trend = scan.trends[0]?.value;
  return {
    hedges: [...new Set(scan.hedges.map((h) => h.value))],
    ...(attribution ? { attribution: { source: text.slice(attribution.start, attribution.end), kind: attribution.value, span: { start: attribution.start, end: attribution.end } } } : {}),
    years: [...new Set([...clause.matchAll(YEAR)].map((m) => Number(m[1])))],
    ...(since ? { since: Number(since[1]) } : {}),
    ...(period ? { period: period[1].toLowerCase() } : {}),
    ...(trend ? { trend } : {}),
    means: [...new Set(scan.means.map((m) => m.value))],
    victimTerms: scan.areas.filter((a) => a.form === 'demonym').map((a) => text.slice(a.start, a.end)),
  };
}
