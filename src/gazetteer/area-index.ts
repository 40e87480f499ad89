import type { AreaMention, RegionId } from './mention.js';
import type { CountryRecord } from './country-record.js';
import { COUNTRY_NAMES, NOT_AREAS, NOT_COUNTRY_NAMES } from './country-names.js';
import { DEMONYMS } from '../lang/en/demonyms.js';
import { COMPASS_WORDS, REGION_HEAD_NOUNS, REGION_NAMES } from './region-names.js';
import { TokenTrie, type TokenMatch } from './token-trie.js';

/** What one matched token sequence yields: mentions over token ranges [from, to). Empty: a blocker. */
export type AreaPayload =
  | { readonly kind: 'country'; readonly codes: readonly string[]; readonly form: 'name' | 'demonym' }
  | { readonly kind: 'region'; readonly region: RegionId; readonly form: 'name' | 'demonym' };
export interface AreaPart { readonly from: number; readonly to: number; readonly payload: AreaPayload }
export type AreaValue = readonly AreaPart[];

const whole = (payload: AreaPayload): AreaValue => [{ from: 0, to: -1, payload }];

/** Spelling variants of a name: Saint / St. / St, and without the apostrophe ("Cote d Ivoire"). */
export function nameVariants(name: string): string[] {
  const out = new Set([name]);
  for (const v of [...out]) {
    if (/\bSaint /.test(v)) { out.add(v.replace(/\bSaint /g, 'St. ')); out.add(v.replace(/\bSaint /g, 'St ')); }
    if (/\bSt\. /.test(v)) out.add(v.replace(/\bSt\. /g, 'Saint '));
  }
  for (const v of [...out]) if (/['’]/.test(v)) out.add(v.replace(/['’]/g, ' '));
  return [...out];
}

/** People-noun plural of a demonym: "Malian" → "Malians"; none for "-ese", "-ss", "-sh". */
export function demonymPlural(word: string): string | undefined {
  return /(?:ese|ss|sh)$/.test(word) ? undefined : word + 's';
}

/** Builds the trie of country names, demonyms and regions (into `trie`, a new one by default). Earlier entries win. */
export function buildAreaTrie(records: readonly CountryRecord[], trie = new TokenTrie<AreaValue>()): TokenTrie<AreaValue> {
  for (const name of NOT_AREAS) trie.add(name, []);
  for (const rule of COUNTRY_NAMES) {
    for (const v of nameVariants(rule.name)) trie.add(v, whole({ kind: 'country', codes: rule.codes, form: 'name' }));
  }
  const demonym = (word: string, codes: readonly string[]): void => {
    trie.add(word, whole({ kind: 'country', codes, form: 'demonym' }));
  };
  for (const rule of DEMONYMS) {
    demonym(rule.word, rule.codes);
    for (const p of rule.plurals ?? [demonymPlural(rule.word)]) if (p !== undefined) demonym(p, rule.codes);
  }
  addRegions(trie);
  const denied = new Set(NOT_COUNTRY_NAMES);
  for (const r of records) {
    for (const name of [r.name, ...r.names]) {
      if (denied.has(name) || !/^[A-Z\u00c0-\u00de]/.test(name)) continue;
      for (const v of nameVariants(name)) trie.add(v, whole({ kind: 'country', codes: [r.code], form: 'name' }));
    }
  }
  // Package demonyms: a sovereign country wins a demonym shared with a territory ("Indian": IN, not IO).
  const byWord = new Map<string, CountryRecord[]>();
  for (const r of records) for (const w of r.demonyms) byWord.set(w, [...(byWord.get(w) ?? []), r]);
  for (const [word, rs] of byWord) {
    const sovereign = rs.filter((r) => r.sovereign);
    const codes = (sovereign.length > 0 ? sovereign : rs).map((r) => r.code);
    demonym(word, codes);
    const p = demonymPlural(word);
    if (p !== undefined) demonym(p, codes);
  }
  return trie;
}

function addRegions(trie: TokenTrie<AreaValue>): void {
  const adjectives = new Map<string, RegionId>([['Central African', 'central_africa']]);
  const names = new Map<string, RegionId>();
  for (const rule of REGION_NAMES) {
    (rule.form === 'demonym' ? adjectives : names).set(rule.name, rule.region);
  }
  // "Central African countries": the region, though "Central African" alone is the CAR demonym.
  for (const noun of REGION_HEAD_NOUNS) {
    trie.add(`Central African ${noun}`, [{ from: 0, to: 2, payload: { kind: 'region', region: 'central_africa', form: 'demonym' } }]);
  }
  for (const rule of REGION_NAMES) trie.add(rule.name, whole({ kind: 'region', region: rule.region, form: rule.form }));
  // "West and Central Africa", "South and Southeast Asia": one head noun shared by two compass words.
  for (const [table, form] of [[names, 'name'], [adjectives, 'demonym']] as const) {
    for (const [name, region] of table) {
      const m = /^(\S+) (\S+)$/.exec(name);
      if (m === null || !COMPASS_WORDS.includes(m[1]!)) continue;
      for (const other of COMPASS_WORDS) {
        const first = table.get(`${other} ${m[2]}`);
        if (first === undefined || other === m[1]) continue;
        trie.add(`${other} and ${name}`, [
          { from: 0, to: 1, payload: { kind: 'region', region: first, form } },
          { from: 2, to: 4, payload: { kind: 'region', region, form } },
        ]);
      }
    }
  }
}

/** Scans text[start,end) and turns matches into mentions (blockers dropped). */
export function scanAreas(trie: TokenTrie<AreaValue>, text: string, start: number, end: number): AreaMention[] {
  return areaMentions(trie.scan(text, start, end));
}

/** Mentions of trie matches (blockers give none). */
export function areaMentions(matches: readonly TokenMatch<AreaValue>[]): AreaMention[] {
  const out: AreaMention[] = [];
  for (const m of matches) {
    for (const part of m.value) {
      const to = part.to < 0 ? m.tokens.length : part.to;
      const s = m.tokens[part.from]![0];
      const e = m.tokens[to - 1]![1];
      const p = part.payload;
      out.push(p.kind === 'country'
        ? { kind: 'country', codes: p.codes, form: p.form, start: s, end: e }
        : { kind: 'region', region: p.region, form: p.form, start: s, end: e });
    }
  }
  return out;
}
