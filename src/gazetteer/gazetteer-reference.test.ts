import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SHARED_CORPUS, sharedCorpusFiles } from '../read/test-files.js';
import fc from 'fast-check';
import type { AreaMention, PlaceMention } from './mention.js';
import type { CountryRecord } from './country-record.js';
import type { PlaceRow } from './place-record.js';
import { buildAreaTrie, scanAreas, type AreaValue } from './area-index.js';
import { FOREIGN_MIN_POPULATION } from './place-index.js';
import { AFTER_CUE, BEFORE_CUE, LIST_GAP, NOT_PLACES, REGION_AFTER, REGION_BEFORE } from './place-cues.js';
import { GAZETTEER_DATA_DIR, buildGazetteer, loadGazetteer } from './gazetteer.js';
import { TokenTrie, codeClass, foldToken, isSpaceCode, isWordCode, tokenKeys, type TokenMatch } from './token-trie.js';
import { segment } from '../text/segment.js';

/**
 * The gazetteer's matching was made faster without changing what it finds. The previous token-trie
 * scan and place index are kept here as references (their code as it was) and compared with the
 * current ones on our own sentences, random text and, when ../shared/corpus exists, a corpus sample.
 */

/** The previous foldToken and tokenKeys. */
function refFoldToken(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return s;
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u00b4\u2032`]/g, "'").replace(/[\u2010\u2011]/g, '-')
    .replace(/ı/g, 'i').replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/ß/g, 'ss');
}

function refTokenKeys(name: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < name.length) {
    const c = name.charCodeAt(i);
    if (isSpaceCode(c)) { i++; continue; }
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < name.length && isWordCode(name.charCodeAt(j))) j++;
      keys.push(refFoldToken(name.slice(i, j)));
      i = j;
    } else {
      keys.push(refFoldToken(name[i]!));
      i++;
    }
  }
  return keys;
}

interface RefNode<V> { next: Map<string, RefNode<V>> | undefined; value: V | undefined }

/** The previous TokenTrie (scan, extend, add), storing its own nodes. */
class ReferenceTokenTrie<V> extends TokenTrie<V> {
  private readonly refRoot = new Map<string, RefNode<V>>();
  private readonly refLowerStarts = new Set<string>();

  constructor(private readonly refKeyOf: (key: string) => string = (k) => k, private readonly refAllCaps = true) {
    super(refKeyOf, refAllCaps);
  }

  override add(name: string, value: V, replace = false): void {
    this.addKeys(refTokenKeys(name).map(this.refKeyOf), value, replace);
  }

  override addKeys(keys: readonly string[], value: V, replace = false): V {
    if (keys.length === 0) return value;
    let map = this.refRoot;
    let node: RefNode<V> | undefined;
    for (const key of keys) {
      if (node !== undefined) map = node.next ??= new Map();
      node = map.get(key);
      if (node === undefined) { node = { next: undefined, value: undefined }; map.set(key, node); }
    }
    if (node!.value === undefined || replace) node!.value = value;
    const c = keys[0]!.charCodeAt(0);
    if (c >= 97 && c <= 122) this.refLowerStarts.add(keys[0]!);
    return node!.value!;
  }

  override scan(text: string, start = 0, end = text.length): TokenMatch<V>[] {
    const out: TokenMatch<V>[] = [];
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (!isWordCode(c)) { i++; continue; }
      let j = i + 1;
      while (j < end && isWordCode(text.charCodeAt(j))) j++;
      let first: RefNode<V> | undefined;
      let caps = false;
      if ((c >= 65 && c <= 90) || (c >= 0xc0 && text[i] !== text[i]!.toLowerCase())) {
        const w = refFoldToken(text.slice(i, j));
        first = this.refRoot.get(this.refKeyOf(w));
        if (first === undefined && this.refAllCaps && w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase()) {
          first = this.refRoot.get(this.refKeyOf(w[0] + w.slice(1).toLowerCase()));
          caps = first !== undefined;
        }
      } else if (c >= 97 && c <= 122 && this.refLowerStarts.size > 0) {
        const w = text.slice(i, j);
        if (this.refLowerStarts.has(w)) first = this.refRoot.get(w);
      }
      if (first === undefined) { i = j; continue; }
      const m = this.refExtend(text, first, i, j, end, caps);
      if (m === undefined) { i = j; continue; }
      out.push(m);
      i = m.end;
    }
    return out;
  }

  private refExtend(text: string, node: RefNode<V>, i: number, j: number, end: number, caps: boolean): TokenMatch<V> | undefined {
    const tokens: [number, number][] = [[i, j]];
    let best: TokenMatch<V> | undefined = node.value === undefined ? undefined : { value: node.value, start: i, end: j, tokens: tokens.slice() };
    let p = j;
    while (node.next !== undefined && node.next.size > 0) {
      while (p < end && isSpaceCode(text.charCodeAt(p))) p++;
      if (p >= end) break;
      let q = p + 1;
      if (isWordCode(text.charCodeAt(p))) while (q < end && isWordCode(text.charCodeAt(q))) q++;
      const raw = refFoldToken(text.slice(p, q));
      let next = node.next.get(this.refKeyOf(raw));
      if (next === undefined && caps && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) {
        next = node.next.get(this.refKeyOf(raw[0] + raw.slice(1).toLowerCase())) ?? node.next.get(this.refKeyOf(raw.toLowerCase()));
      }
      if (next === undefined) break;
      node = next;
      tokens.push([p, q]);
      if (node.value !== undefined) best = { value: node.value, start: i, end: q, tokens: tokens.slice() };
      p = q;
    }
    return best;
  }
}

const refCollapse = (key: string): string => {
  const k = key.length < 4 ? key : key.replace(/([a-z])\1/g, '$1');
  return k.length >= 6 ? k.replace(/([^aeiouy])y$/, '$1i') : k;
};
const ADMIN_SUFFIX = / (?:Province|Region|Governorate|State|District|Department|Prefecture|Municipality|Oblast|County)$/;
const ADMIN_PREFIX = /^(?:Province of |Region of |Région de |Région du |Región de |Province de |Provincia de )/;

/** The previous place index: groups by key, then the trie; a common-word check per call. */
function referencePlaces(rows: readonly PlaceRow[], areas: (t: string, s: number, e: number) => AreaMention[]) {
  const trie = new ReferenceTokenTrie<number[]>(refCollapse, false);
  const groups = new Map<string, { keys: string[]; rows: number[] }>();
  rows.forEach((row, i) => {
    const name = row[0];
    const names = [name];
    if (row[4] === 'region') {
      const bare = name.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
      if (bare !== name) names.push(bare);
    }
    if (name.startsWith('Saint ')) names.push('St. ' + name.slice(6), 'St ' + name.slice(6));
    for (const n of names) {
      if (n.length < 3 || !/^[A-Z\u00c0-\u00de]/.test(n) || !/[a-z]/.test(n) || NOT_PLACES.has(n)) continue;
      const keys = refTokenKeys(n).map(refCollapse);
      const id = keys.join(' ');
      const g = groups.get(id);
      if (g === undefined) groups.set(id, { keys, rows: [i] });
      else g.rows.push(i);
    }
  });
  for (const g of groups.values()) trie.addKeys(g.keys, g.rows);
  const usedAsCommonWord = (text: string, name: string): boolean => {
    const lower = name.toLowerCase();
    if (lower === name) return false;
    let i = text.indexOf(lower);
    while (i >= 0) {
      const before = i === 0 ? 32 : text.charCodeAt(i - 1);
      const after = i + lower.length >= text.length ? 32 : text.charCodeAt(i + lower.length);
      if (!/[\p{L}\p{N}]/u.test(String.fromCharCode(before)) && !/[\p{L}\p{N}]/u.test(String.fromCharCode(after))) return true;
      i = text.indexOf(lower, i + 1);
    }
    return false;
  };
  const choose = (indices: readonly number[], hint: string | undefined, wantRegion: boolean): number => {
    let best = indices[0]!;
    let bestScore = -1;
    for (const i of indices) {
      const r = rows[i]!;
      const score = (r[1] === hint ? 4e9 : 0) + ((r[4] === 'region') === wantRegion ? 2e9 : 0) + Math.min(r[5], 1.9e9);
      if (score > bestScore) { bestScore = score; best = i; }
    }
    return best;
  };
  return (text: string, start: number, end: number, hint: string | undefined): PlaceMention[] => {
    const candidates = trie.scan(text, start, end);
    if (candidates.length === 0) return [];
    const blocked = areas(text, start, end);
    const out: PlaceMention[] = [];
    let b = 0;
    let lastEnd = -1;
    let lastRegion = false;
    const common = new Map<string, boolean>();
    const isCommon = (w: string): boolean => {
      let v = common.get(w);
      if (v === undefined) { v = usedAsCommonWord(text, w); common.set(w, v); }
      return v;
    };
    for (const m of candidates) {
      while (b < blocked.length && blocked[b]!.end <= m.start) b++;
      if (b < blocked.length && blocked[b]!.start < m.end) continue;
      const name = text.slice(m.start, m.end);
      if (m.tokens.length === 1 && (NOT_PLACES.has(name) || isCommon(name))) continue;
      const before = text.slice(Math.max(0, m.start - 40), m.start);
      const after = text.slice(m.end, Math.min(text.length, m.end + 30));
      const listed = lastEnd >= 0 && m.start - lastEnd < 12 && LIST_GAP.test(text.slice(lastEnd, m.start));
      // the cue before a list of names, some unknown: strip the names and their commas back to it
      let head = text.slice(0, m.start);
      for (let prev = ''; prev !== head;) {
        prev = head;
        head = head.replace(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/u,
          (name) => (NOT_PLACES.has(name.replace(/(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)$/, '')) ? name : ''));
      }
      const listCued = !listed && head.length < m.start && m.start - head.length <= 40 && BEFORE_CUE.test(head.slice(-40));
      const cued = listed || BEFORE_CUE.test(before) || AFTER_CUE.test(after) || listCued;
      if (!cued || /^\s*[A-Z]/.test(after) && !AFTER_CUE.test(after)) continue;
      const wantRegion: boolean = REGION_AFTER.test(after) || REGION_BEFORE.test(before) || listed && lastRegion
        || !listed && head.length < m.start && m.start - head.length <= 40 && REGION_BEFORE.test(head.slice(-40));
      const row = rows[choose(m.value, hint, wantRegion)]!;
      if (hint !== undefined && row[1] !== hint && m.tokens.length === 1
        && row[5] < FOREIGN_MIN_POPULATION && !(wantRegion && row[4] === 'region')) continue;
      out.push({ kind: 'place', name, country: row[1], lat: row[2], lon: row[3], feature: row[4], start: m.start, end: m.end });
      lastEnd = m.end;
      lastRegion = wantRegion;
    }
    return out;
  };
}

test('the character class table agrees with isWordCode and isSpaceCode everywhere', () => {
  for (let c = 0; c < 0x10000; c++) {
    const k = codeClass(c);
    if (k.word !== isWordCode(c) || k.space !== isSpaceCode(c)) assert.fail(`U+${c.toString(16)}: table ${JSON.stringify(k)}`);
  }
});

const records = JSON.parse(readFileSync(new URL('countries.json', GAZETTEER_DATA_DIR), 'utf8')) as CountryRecord[];
const rows = JSON.parse(readFileSync(new URL('places.json', GAZETTEER_DATA_DIR), 'utf8')) as PlaceRow[];
const refAreaTrie = buildAreaTrie(records, new ReferenceTokenTrie<AreaValue>());
const areasRef = (t: string, s: number, e: number): AreaMention[] => scanAreas(refAreaTrie, t, s, e);
const placesRef = referencePlaces(rows, areasRef);
// the current gazetteer, with its reuse of wide scans and of the last areas found
const now = buildGazetteer(records);
const HINTS = [undefined, 'ML', 'NG', 'LY', 'IN', 'US'];

function assertSame(text: string, start = 0, end = text.length, hint?: string): number {
  const where = JSON.stringify(text.slice(start, end).slice(0, 300));
  const areas = areasRef(text, start, end);
  assert.deepEqual(now.findAreas(text, start, end), areas, `areas in ${where}`);
  const places = placesRef(text, start, end, hint);
  assert.deepEqual(now.findPlaces(text, start, end, hint), places, `places (${hint}) in ${where}`);
  // places without the areas just found
  now.findAreas(text, 0, 0);
  assert.deepEqual(now.findPlaces(text, start, end, hint), places, `places (${hint}, areas not found first) in ${where}`);
  return areas.length + places.length;
}

const FIXTURES = [
  'Nigerien and Nigerian women were exploited in Côte d’Ivoire, the UAE and sub-Saharan Africa.',
  'MALI: Tier 2. BURKINA FASO: Tier 2 Watch List. GUINEA-BISSAU; Burkina\nFaso; Papua  New\u00a0Guinea\u3000and\ufeffNiger.',
  'Boys worked in gold mines near Kayes and in the salt mines of Taoudenni; the town of Ménaka; in Menaka, Gao, Kidal, and Timbuktu.',
  'Police said that police in Police and the police station in Mission found victims in Tripoli and St. Petersburg.',
  'Displaced persons in the Mopti region and in Mopti; camps in Northeast and Nord; a shelter in Aleg and in ALEG.',
  'Children from West and Central Africa, Central African countries and the Central African Republic; Congo, Republic of the.',
  'victims in Saint Louis, in St Louis and in St. Louis; in Ouagadougou and Bobo-Dioulasso; in Abidjan and San Pédro.',
];

test('areas and places equal the reference on our sentences, whole and in ranges, with several hints', () => {
  let found = 0;
  for (const text of FIXTURES) for (const hint of HINTS) found += assertSame(text, 0, text.length, hint);
  assert.ok(found > 100, `${found} mentions`);
  const text = FIXTURES.join(' ');
  assertSame(text); // a wide scan, which the ranges below may reuse
  for (let i = 0; i < 80; i++) {
    const a = (i * 7919) % text.length;
    assertSame(text, a, Math.min(text.length, a + 1 + ((i * 104729) % 300)), HINTS[i % HINTS.length]);
  }
});

const NAMES = [...new Set([...records.flatMap((r) => [r.name, ...r.names, ...r.demonyms]), ...rows.filter((_, i) => i % 97 === 0).map((r) => r[0])])];
const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMES).map((n) => n.toUpperCase()) },
  { weight: 3, arbitrary: fc.constantFrom('in', 'near', 'the town of', 'region', 'Province', 'and', ',', 'the', 'of', 'sub-Saharan', 'police', 'Police', 'St.', 'Saint', 'mines') },
  { weight: 1, arbitrary: fc.string({ maxLength: 3, unit: 'binary' }) },
);
const separator = fc.constantFrom(' ', ' ', ' ', '  ', '\n', '\u00a0', '\u3000', '\ufeff', ', ', '; ', '-', "'", '’');
const textArb = fc.array(fc.tuple(token, separator), { maxLength: 30 }).map((parts) => parts.map(([t, s]) => t + s).join(''));

test('foldToken and tokenKeys give the previous keys for every place name and random strings', () => {
  for (const row of rows) assert.deepEqual(tokenKeys(row[0]), refTokenKeys(row[0]), row[0]);
  fc.assert(fc.property(fc.string({ maxLength: 12, unit: 'binary' }), fc.string({ maxLength: 6, unit: 'grapheme' }), (a, b) => {
    for (const s of [a, b, a + b, `${b}\u2019${a}`, `é${a}\``]) {
      assert.equal(foldToken(s), refFoldToken(s), JSON.stringify(s));
      assert.deepEqual(tokenKeys(s), refTokenKeys(s), JSON.stringify(s));
    }
  }), { numRuns: 1000 });
});

test('property: on random text of names and cues, areas and places equal the reference', () => {
  fc.assert(fc.property(textArb, fc.nat(), fc.nat(), fc.constantFrom(...HINTS), (words, a, b, hint) => {
    // long enough for the wide scan to be kept and reused for the ranges
    const text = words.length > 0 ? words.repeat(Math.ceil(2_500 / words.length)) : words;
    assertSame(text, 0, text.length, hint);
    for (let k = 0; k < 4; k++) {
      const start = text.length === 0 ? 0 : (a * (k + 1)) % text.length;
      assertSame(text, start, start + ((b * (k + 1)) % Math.min(300, text.length - start + 1)), hint);
    }
  }), { numRuns: 150 });
});


test('on a sample of ../shared/corpus, every clause and the documents\' openings give the reference areas and places', { skip: !existsSync(SHARED_CORPUS) && 'no ../shared/corpus' }, () => {
  const files = sharedCorpusFiles();
  let found = 0;
  files.filter((_, i) => i % 20 === 0).forEach((f, k) => {
    const text = readFileSync(f, 'utf8');
    // as the subject detection does: a wide scan first, which the clause scans may reuse
    assert.deepEqual(now.findAreas(text, 0, Math.min(text.length, 200_000)), areasRef(text, 0, Math.min(text.length, 200_000)), f);
    for (const sentence of segment(text)) for (const c of sentence.clauses) found += assertSame(text, c.start, c.end, HINTS[k % HINTS.length]);
  });
  assert.ok(found > 300, `${found} mentions`);
});

test('findPlaces after findAreas on the same range reuses its areas; what the caller does to them changes nothing', () => {
  const g = loadGazetteer();
  const fresh = buildGazetteer(records);
  const text = 'Women from Mali were exploited in Kayes and in Niger, near Agadez; the police in Police.';
  const areas = g.findAreas(text, 0, text.length);
  areas.length = 0; // the caller's array is its own
  assert.deepEqual(g.findPlaces(text, 0, text.length, 'ML'), fresh.findPlaces(text, 0, text.length, 'ML'));
  assert.deepEqual(g.findPlaces(text, 0, text.length, 'ML').map((p) => p.name), ['Kayes', 'Agadez']);
  // another range, another text: nothing carried over (Kuwait and Djibouti are cities too, blocked as countries)
  const gulf = 'Women were exploited in Kuwait and in Djibouti.';
  g.findAreas(gulf, 0, 5);
  assert.deepEqual(g.findPlaces(gulf, 0, gulf.length, 'KW'), []);
  g.findAreas(text, 0, text.length);
  assert.deepEqual(g.findPlaces(gulf, 0, gulf.length, 'KW'), []);
  const other = 'Victims were found in Police and in Mission.';
  assert.deepEqual(g.findPlaces(other, 0, other.length, 'PL'), fresh.findPlaces(other, 0, other.length, 'PL'));
});
