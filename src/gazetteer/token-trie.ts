/**
 * A case-sensitive, accent-folding trie over word and punctuation tokens, scanned in one pass:
 * leftmost-longest, non-overlapping matches. Whitespace of any kind (spaces, line breaks,
 * non-breaking spaces) between tokens is ignored; curly apostrophes and hyphen variants are
 * folded to ASCII; accents are folded ("Côte" = "Cote"). A match can start only at a word
 * whose first letter is upper case, or at a lower-case word that begins some entry.
 * A word written in capitals ("MALI", "BURKINA FASO") also matches its title-case entry.
 */

interface TrieNode<V> {
  next: Map<string, TrieNode<V>> | undefined;
  value: V | undefined;
}

export interface TokenMatch<V> {
  readonly value: V;
  readonly start: number;
  readonly end: number;
  /** [start, end) of each token matched, in order. */
  readonly tokens: readonly (readonly [number, number])[];
}

const foldCache = new Map<string, string>();
/** Strips diacritics and folds apostrophe/hyphen variants. */
export function foldToken(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) { ascii = false; break; }
  if (ascii) return s;
  let f = foldCache.get(s);
  if (f === undefined) {
    // one pass over the decomposed form: combining accents dropped, apostrophes, hyphens and a few letters folded
    const d = s.normalize('NFD');
    f = '';
    for (let i = 0; i < d.length; i++) {
      const c = d.charCodeAt(i);
      if (c >= 0x300 && c <= 0x36f) continue;
      switch (c) {
        case 0x2018: case 0x2019: case 0x2bc: case 0xb4: case 0x2032: case 0x60: f += "'"; break;
        case 0x2010: case 0x2011: f += '-'; break;
        case 0x131: f += 'i'; break; // ı
        case 0xf8: f += 'o'; break; // ø
        case 0xd8: f += 'O'; break; // Ø
        case 0xe6: f += 'ae'; break; // æ
        case 0xdf: f += 'ss'; break; // ß
        default: f += d[i];
      }
    }
    if (foldCache.size < 50_000) foldCache.set(s, f);
  }
  return f;
}

export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    || (c >= 0xc0 && c < 0x2000 && c !== 0xd7 && c !== 0xf7) || (c >= 0x2e80 && c < 0xfff0);
}

export function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f
    || c === 0x3000 || c === 0xfeff || c === 0xad;
}

/** isWordCode and isSpaceCode as one table over UTF-16 code units: bit WORD, bit SPACE (U+3000 and U+FEFF are both). */
const WORD = 1;
const SPACE = 2;
const CODE_CLASS = new Uint8Array(0x10000);
// the ranges of isWordCode and isSpaceCode (a test compares the table with them)
CODE_CLASS.fill(WORD, 48, 58).fill(WORD, 65, 91).fill(WORD, 97, 123).fill(WORD, 0xc0, 0x2000).fill(WORD, 0x2e80, 0xfff0);
CODE_CLASS[0xd7] = 0;
CODE_CLASS[0xf7] = 0;
for (let c = 0; c <= 32; c++) CODE_CLASS[c] |= SPACE;
for (let c = 0x2000; c <= 0x200b; c++) CODE_CLASS[c] |= SPACE;
for (const c of [0xa0, 0x202f, 0x205f, 0x3000, 0xfeff, 0xad]) CODE_CLASS[c] |= SPACE;

/** The class table, for tests. */
export function codeClass(c: number): { readonly word: boolean; readonly space: boolean } {
  return { word: (CODE_CLASS[c]! & WORD) !== 0, space: (CODE_CLASS[c]! & SPACE) !== 0 };
}

/** Splits a name into its token keys ("Côte d’Ivoire" → Cote, d, ', Ivoire), the first `limit` of them. */
export function tokenKeys(name: string, limit = Infinity): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < name.length && keys.length < limit) {
    const c = name.charCodeAt(i);
    if (isSpaceCode(c)) { i++; continue; }
    if (isWordCode(c)) {
      let j = i + 1;
      while (j < name.length && isWordCode(name.charCodeAt(j))) j++;
      keys.push(foldToken(name.slice(i, j)));
      i = j;
    } else {
      keys.push(foldToken(name[i]!));
      i++;
    }
  }
  return keys;
}

function isUpperStart(c: number, text: string, i: number): boolean {
  if (c >= 65 && c <= 90) return true;
  if (c < 0xc0) return false;
  const ch = text[i]!;
  return ch !== ch.toLowerCase();
}

/** All letters upper case (and at least two of them): "MALI", "BURKINA". */
function isAllCaps(s: string): boolean {
  if (s.length < 2) return false;
  // ASCII: no lower-case letter and some upper-case one (what the case mappings below compare)
  let upper = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s === s.toUpperCase() && s !== s.toLowerCase();
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) upper = true;
  }
  return upper;
}

/**
 * The matches `scan(text, start, end)` would give, taken from `matches`, the result of
 * `scan(text, from, to)` over a larger range, when that is sure to be the same: no match crosses
 * `start` or `end`, and neither splits a word (the scan of the smaller range would cut it into
 * another token). Otherwise `undefined`: scan the range.
 */
export function matchesWithin<V>(matches: readonly TokenMatch<V>[], text: string, from: number, to: number, start: number, end: number): TokenMatch<V>[] | undefined {
  if (start < from || end > to || start > end) return undefined;
  const splits = (at: number): boolean => (CODE_CLASS[text.charCodeAt(at - 1)]! & WORD) !== 0 && (CODE_CLASS[text.charCodeAt(at)]! & WORD) !== 0;
  if ((start > from && splits(start)) || (end < to && splits(end))) return undefined;
  // first match ending after start, then first ending after end (matches are in order, without overlaps)
  let lo = 0;
  let hi = matches.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (matches[mid]!.end > start) hi = mid; else lo = mid + 1; }
  const first = lo;
  if (first < matches.length && matches[first]!.start < start) return undefined;
  hi = matches.length;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (matches[mid]!.end > end) hi = mid; else lo = mid + 1; }
  if (lo < matches.length && matches[lo]!.start < end) return undefined;
  return matches.slice(first, lo);
}

export class TokenTrie<V> {
  private readonly root = new Map<string, TrieNode<V>>();
  /** Lower-case words that begin an entry ("sub" in "sub-Saharan Africa"), by their first letter (a = 0). */
  private readonly lowerStarts: (string[] | undefined)[] = [];
  private size = 0;
  /** Called with a first key the trie lacks, before the lookup fails (see `loadFirstKeysOnDemand`). */
  private loader: ((firstKey: string) => void) | undefined;

  /** `keyOf` further normalises every word key, e.g. collapsing doubled letters for place names. */
  constructor(
    private readonly keyOf: (key: string) => string = (k) => k,
    /** Whether "MALI" may match the entry "Mali". */
    private readonly allCaps = true,
  ) {}

  /** Adds a name; the first value added for the same token sequence wins unless `replace`. */
  add(name: string, value: V, replace = false): void {
    this.addKeys(tokenKeys(name).map(this.keyOf), value, replace);
  }

  /** Adds a name already split by `tokenKeys` and normalised by `keyOf`; returns the value the name now has. */
  addKeys(keys: readonly string[], value: V, replace = false): V {
    if (keys.length === 0) return value;
    let map = this.root;
    let node: TrieNode<V> | undefined;
    for (const key of keys) {
      if (node !== undefined) map = node.next ??= new Map();
      node = map.get(key);
      if (node === undefined) { node = { next: undefined, value: undefined }; map.set(key, node); }
    }
    if (node!.value === undefined) this.size++;
    if (node!.value === undefined || replace) node!.value = value;
    const first = keys[0]!;
    const c = first.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      const list = (this.lowerStarts[c - 97] ??= []);
      if (!list.includes(first)) list.push(first);
    }
    return node!.value!;
  }

  /** Entries added so far. */
  get entries(): number { return this.size; }

  /**
   * Names can be added when the text first asks for their first key: `loader(key)` is called with
   * a first key not in the trie and adds the names starting with it (all of them, in their order).
   * `lowerFirstKeys` are the lower-case first keys it can add, needed up front to look such words up.
   */
  loadFirstKeysOnDemand(loader: (firstKey: string) => void, lowerFirstKeys: Iterable<string> = []): void {
    this.loader = loader;
    for (const first of lowerFirstKeys) {
      const c = first.charCodeAt(0);
      if (c < 97 || c > 122) continue;
      const list = (this.lowerStarts[c - 97] ??= []);
      if (!list.includes(first)) list.push(first);
    }
  }

  private first(key: string): TrieNode<V> | undefined {
    const node = this.root.get(key);
    if (node !== undefined || this.loader === undefined) return node;
    this.loader(key);
    return this.root.get(key);
  }

  /** Leftmost-longest matches in text[start, end). */
  scan(text: string, start = 0, end = text.length): TokenMatch<V>[] {
    const out: TokenMatch<V>[] = [];
    let i = start;
    while (i < end) {
      const c = text.charCodeAt(i);
      if ((CODE_CLASS[c]! & WORD) === 0) { i++; continue; }
      let j = i + 1;
      while (j < end && (CODE_CLASS[text.charCodeAt(j)]! & WORD) !== 0) j++;
      let first: TrieNode<V> | undefined;
      let caps = false;
      if (isUpperStart(c, text, i)) {
        const w = foldToken(text.slice(i, j));
        first = this.first(this.keyOf(w));
        if (first === undefined && this.allCaps && isAllCaps(w)) {
          first = this.first(this.keyOf(w[0] + w.slice(1).toLowerCase()));
          caps = first !== undefined;
        }
      } else if (c >= 97 && c <= 122) {
        // the word as written must be one of the lower-case first keys: compared in place, no slice
        const list = this.lowerStarts[c - 97];
        if (list !== undefined) {
          for (const w of list) {
            if (w.length === j - i && text.startsWith(w, i)) { first = this.first(w); break; }
          }
        }
      }
      if (first === undefined) { i = j; continue; }
      const m = this.extend(text, first, i, j, end, caps);
      if (m === undefined) { i = j; continue; }
      out.push(m);
      i = m.end;
    }
    return out;
  }

  private extend(text: string, node: TrieNode<V>, i: number, j: number, end: number, caps: boolean): TokenMatch<V> | undefined {
    const tokens: [number, number][] = [[i, j]];
    let best: TokenMatch<V> | undefined = node.value === undefined
      ? undefined : { value: node.value, start: i, end: j, tokens: tokens.slice() };
    let p = j;
    while (node.next !== undefined && node.next.size > 0) {
      while (p < end && (CODE_CLASS[text.charCodeAt(p)]! & SPACE) !== 0) p++;
      if (p >= end) break;
      let q = p + 1;
      if ((CODE_CLASS[text.charCodeAt(p)]! & WORD) !== 0) while (q < end && (CODE_CLASS[text.charCodeAt(q)]! & WORD) !== 0) q++;
      const raw = foldToken(text.slice(p, q));
      let next = node.next.get(this.keyOf(raw));
      if (next === undefined && caps && raw === raw.toUpperCase() && raw !== raw.toLowerCase()) {
        next = node.next.get(this.keyOf(raw[0] + raw.slice(1).toLowerCase())) ?? node.next.get(this.keyOf(raw.toLowerCase()));
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
