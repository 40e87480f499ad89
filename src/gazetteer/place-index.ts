import { readFileSync } from 'node:fs';
import type { AreaMention, PlaceMention } from './mention.js';
import type { PlaceRow } from './place-record.js';
import { AFTER_CUE, BEFORE_CUE, LIST_GAP, NOT_PLACES, REGION_AFTER, REGION_BEFORE } from './place-cues.js';
import { TokenTrie, tokenKeys } from './token-trie.js';

export type AreaScanner = (text: string, start: number, end: number) => readonly AreaMention[];

export interface PlaceIndex {
  find(text: string, start: number, end: number, countryHint?: string): PlaceMention[];
}

/**
 * Doubled letters are a frequent spelling variant ("Taoudenni" / "Taoudeni"): keys collapse
 * them, in the data and in the text alike.
 */
export function collapseDoubles(key: string): string {
  if (key.length < 4) return key;
  // most keys have no doubled letter: look before building a new string
  for (let i = 1; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === key.charCodeAt(i - 1) && c >= 97 && c <= 122) return key.replace(/([a-z])\1/g, '$1');
  }
  return key;
}

/**
 * The matching key of a place-name token: doubled letters collapsed, and a final "y" after a
 * consonant read as "i" (French and English transliterations: "Tillabéry" / "Tillabéri").
 */
export function spellingKey(key: string): string {
  const k = collapseDoubles(key);
  const n = k.length;
  if (n < 6 || k.charCodeAt(n - 1) !== 121) return k;
  return /[aeiouy]/.test(k[n - 2]!) ? k : k.slice(0, -1) + 'i';
}

/** A list of capitalised names, each followed by a list gap, at the end of the text before a place. */
const NAME_LIST_TAIL = /(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+))+$/u;

/** The list of names before a place, unless one of them is a word that is never a place ("in July, Telangana police"). */
function listTail(before: string): RegExpExecArray | null {
  const tail = NAME_LIST_TAIL.exec(before);
  if (tail === null) return null;
  for (const part of tail[0].split(/\s*,\s*|\s+(?:and|or)\s+/)) if (NOT_PLACES.has(part.replace(/^(?:and|or)\s+/, '').trim())) return null;
  return tail;
}

/** Admin-1 names carry their type ("Maidan Wardak Province", "Région de Kidal"): index the bare name too. */
const ADMIN_SUFFIX = / (?:Province|Region|Governorate|State|District|Department|Prefecture|Municipality|Oblast|County)$/;
const ADMIN_PREFIX = /^(?:Province of |Region of |Région de |Région du |Región de |Province de |Provincia de )/;

/** A one-word place outside the hint country needs this population (GeoNames) to be taken. */
export const FOREIGN_MIN_POPULATION = 50_000;

export function loadPlaceIndex(dir: URL, areas: AreaScanner): PlaceIndex {
  const rows = JSON.parse(readFileSync(new URL('places.json', dir), 'utf8')) as PlaceRow[];
  return buildPlaceIndex(rows, areas);
}

export function buildPlaceIndex(rows: readonly PlaceRow[], areas: AreaScanner): PlaceIndex {
  const trie = new TokenTrie<number[]>(spellingKey, false);
  // Names go into the trie when the text first asks for their first key: most of the 94k rows are
  // never asked for. Until then they wait by first key, as [name, row, name, row…] in row order.
  const waiting = new Map<string, (string | number)[]>();
  const wait = (n: string, i: number): void => {
    if (n.length < 3 || !isCapitalised(n.charCodeAt(0)) || !hasLowerAscii(n) || NOT_PLACES.has(n)) return;
    const first = firstPlaceKey(n);
    const list = waiting.get(first);
    if (list === undefined) waiting.set(first, [n, i]);
    else list.push(n, i);
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const name = row[0];
    wait(name, i);
    if (row[4] === 'region') {
      const bare = name.replace(ADMIN_SUFFIX, '').replace(ADMIN_PREFIX, '');
      if (bare !== name) wait(bare, i);
    }
    if (name.startsWith('Saint ')) {
      wait('St. ' + name.slice(6), i);
      wait('St ' + name.slice(6), i);
    }
  }
  // Group by matching key: "Tripoli" and "Trípoli" are one entry with both rows (the trie node's list).
  trie.loadFirstKeysOnDemand((first) => {
    const list = waiting.get(first);
    if (list === undefined) return;
    waiting.delete(first);
    for (let k = 0; k < list.length; k += 2) {
      const i = list[k + 1] as number;
      const rowsHere = [i];
      const stored = trie.addKeys(placeKeys(list[k] as string), rowsHere);
      if (stored !== rowsHere) stored.push(i);
    }
  }, waiting.keys());
  // Country and region names are never places: findPlaces drops candidates that overlap them.
  // whether a name is used as a common word depends on the whole text only: remembered per text
  let commonText: string | undefined;
  let common = new Map<string, boolean>();
  const isCommon = (text: string, w: string): boolean => {
    if (text !== commonText) { commonText = text; common = new Map(); }
    let v = common.get(w);
    if (v === undefined) { v = usedAsCommonWord(text, w); common.set(w, v); }
    return v;
  };
  return { find: (text, start, end, hint) => findPlaces(trie, rows, areas, isCommon, text, start, end, hint) };
}

/** [A-Z\u00c0-\u00de]: an upper-case first letter. */
function isCapitalised(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde);
}

/** The trie keys of a place name: `tokenKeys` with doubles collapsed; one plain ASCII word is its own key. */
function placeKeys(name: string): string[] {
  return isPlainWord(name) ? [spellingKey(name)] : tokenKeys(name).map(spellingKey);
}

/** The first of `placeKeys(name)`, without splitting the rest. */
function firstPlaceKey(name: string): string {
  return spellingKey(isPlainWord(name) ? name : tokenKeys(name, 1)[0]!);
}

/** /[a-z]/.test(name) */
function hasLowerAscii(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}

function isPlainWord(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

function findPlaces(
  trie: TokenTrie<number[]>, rows: readonly PlaceRow[], areas: AreaScanner, isCommonIn: (text: string, w: string) => boolean,
  text: string, start: number, end: number, hint: string | undefined,
): PlaceMention[] {
  const candidates = trie.scan(text, start, end);
  if (candidates.length === 0) return [];
  const blocked = areas(text, start, end);
  const out: PlaceMention[] = [];
  let b = 0;
  let lastEnd = -1;
  let lastRegion = false;
  const isCommon = (w: string): boolean => isCommonIn(text, w);
  for (const m of candidates) {
    while (b < blocked.length && blocked[b]!.end <= m.start) b++;
    if (b < blocked.length && blocked[b]!.start < m.end) continue;
    const name = text.slice(m.start, m.end);
    if (m.tokens.length === 1 && (NOT_PLACES.has(name) || isCommon(name))) continue;
    const before = text.slice(Math.max(0, m.start - 40), m.start);
    const after = text.slice(m.end, Math.min(text.length, m.end + 30));
    const listed = lastEnd >= 0 && m.start - lastEnd < 12 && LIST_GAP.test(text.slice(lastEnd, m.start));
    // "the regions of Xunknown, Tahoua, and Maradi": a name the data lacks does not break the cued list
    const tail = listed ? null : listTail(before);
    const head = tail === null ? '' : text.slice(Math.max(0, m.start - tail[0].length - 40), m.start - tail[0].length);
    const cued = listed || BEFORE_CUE.test(before) || AFTER_CUE.test(after) || tail !== null && BEFORE_CUE.test(head);
    if (!cued || /^\s*[A-Z]/.test(after) && !AFTER_CUE.test(after)) continue;
    // a listed name is of the kind the list's cue names ("the regions of A, B, and C")
    const wantRegion: boolean = REGION_AFTER.test(after) || REGION_BEFORE.test(before) || listed && lastRegion || REGION_BEFORE.test(head);
    const row = rows[choose(rows, m.value, hint, wantRegion)]!;
    // Abroad, a one-word name must be a sizeable city or a region named as such ("Bir", "Marra").
    if (hint !== undefined && row[1] !== hint && m.tokens.length === 1
      && row[5] < FOREIGN_MIN_POPULATION && !(wantRegion && row[4] === 'region')) continue;
    out.push({ kind: 'place', name, country: row[1], lat: row[2], lon: row[3], feature: row[4], start: m.start, end: m.end });
    lastEnd = m.end;
    lastRegion = wantRegion;
  }
  return out;
}

/** The hint's country first, then the feature the cue suggests, then population. */
function choose(rows: readonly PlaceRow[], indices: readonly number[], hint: string | undefined, wantRegion: boolean): number {
  let best = indices[0]!;
  let bestScore = -1;
  for (const i of indices) {
    const r = rows[i]!;
    const score = (r[1] === hint ? 4e9 : 0) + ((r[4] === 'region') === wantRegion ? 2e9 : 0) + Math.min(r[5], 1.9e9);
    if (score > bestScore) { bestScore = score; best = i; }
  }
  return best;
}

/** "Police" is a town in GeoNames; a document that also writes "police" uses the word. */
function usedAsCommonWord(text: string, name: string): boolean {
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
}
