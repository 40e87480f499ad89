import { foldCode, literalPrefixes, prefixesOfStrings } from './regex-prefixes.js';
import { literalAlternatives } from './regex-literals.js';

/**
 * The engine behind lexicons: one pass over a text range finds the hits of several lexicons.
 *
 * Semantics (per lexicon, as the original alternation-per-case-mode matcher): a match starts only at
 * a word start (a letter or digit not preceded by a letter, digit or hyphen; the range's first
 * character counts as preceded by nothing) and must not be followed by a letter or digit. At a word
 * start, the entries of each case mode are tried in rank order (longer pattern source first, table
 * order among equals); the first that matches gives that mode's hit (an empty match gives none). Of
 * the case-insensitive and the case-sensitive hit the longer wins, the case-insensitive one on a
 * tie. Hits do not overlap: after a hit, word starts before its end are skipped. The range is matched
 * as a text of its own (lookarounds do not see beyond it).
 *
 * Speed: every entry's literal prefixes (`literalPrefixes`) go into one trie shared by the lexicons
 * of a matcher; at a word start one walk of the trie yields the few entries worth trying, and only
 * their regular expressions run.
 */

export interface MatcherEntry {
  /**
   * Sticky regular expression: the entry's pattern then the word-end lookahead. Built at first use:
   * with the Unicode class of the lookahead, even constructing it takes about a millisecond.
   */
  readonly re: RegExp;
  readonly caseSensitive: boolean;
  /**
   * For a plain finite pattern, the strings it matches in backtracking order (see regex-literals.ts):
   * compared directly, so that its regular expression is never compiled (V8 compiles a regex at its
   * first run, and the Unicode word-end class makes that slow).
   */
  readonly literals: readonly string[] | undefined;
  /** The literals by their first (folded) code unit, in order: only those can match there. */
  readonly literalsByFirst: ReadonlyMap<number, readonly string[]> | undefined;
  /** Literal prefixes of the pattern (see regex-prefixes.ts); `''` means the entry is tried at every word start. */
  readonly prefixes: readonly string[];
}

/** One lexicon's entries in rank order: the case-insensitive ones, then from `sensitiveFrom` the case-sensitive ones. */
export interface MatcherLexicon {
  readonly entries: readonly MatcherEntry[];
  readonly sensitiveFrom: number;
}

/** A hit before it is dressed: the lexicon's entry rank and the offsets into the text. */
export interface RawHit {
  readonly rank: number;
  readonly start: number;
  readonly end: number;
}

const WORD_END = String.raw`(?![\p{L}\p{N}])`;

/** Compiles one entry; the source is wrapped so that its alternatives stay inside the entry. */
export function matcherEntry(pattern: string, caseSensitive: boolean): MatcherEntry {
  const all = literalAlternatives(pattern, caseSensitive);
  // an empty alternative would match without a first character: left to the regex
  const literals = all !== undefined && !all.includes('') ? all : undefined;
  let literalsByFirst: Map<number, string[]> | undefined;
  if (literals !== undefined) {
    literalsByFirst = new Map();
    for (const l of literals) {
      const c = l.charCodeAt(0);
      const list = literalsByFirst.get(c);
      if (list === undefined) literalsByFirst.set(c, [l]);
      else list.push(l);
    }
  }
  const flags = caseSensitive ? 'yu' : 'yiu';
  new RegExp(pattern, flags); // a syntax error shows now, not at the first match
  let re: RegExp | undefined;
  return {
    get re() {
      return (re ??= new RegExp(`(?:${pattern})${WORD_END}`, flags));
    },
    caseSensitive,
    literals,
    literalsByFirst,
    // a plain pattern's prefixes are its strings (cut to the prefix limits), no second analysis
    prefixes: all !== undefined ? prefixesOfStrings(all, caseSensitive) : literalPrefixes(pattern, caseSensitive),
  };
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** 1: letter or digit, 2: neither, 0: not looked up yet (BMP code units only). */
const wordClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) wordClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;

function isLetterOrDigit(cp: number): boolean {
  if (cp < 0x10000) {
    let k = wordClass[cp]!;
    if (k === 0) {
      k = LETTER_OR_DIGIT.test(String.fromCharCode(cp)) ? 1 : 2;
      wordClass[cp] = k;
    }
    return k === 1;
  }
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/** Column 0 of every trie is the SKIP edge. */
const SKIP_COLUMN = 0;

/**
 * A trie of prefixes over a small alphabet: `columnOf` maps a text code unit to its column
 * (-1: none). Each node lists the entries whose prefix ends there, packed lexicon * 65536 + rank.
 */
class PrefixTrie {
  trans: Int32Array;
  nodes = 1;
  readonly payload: (number[] | undefined)[] = [undefined];
  readonly width: number;
  // after `freeze`: SKIP children per node, and the payloads as one typed array (node i: from[i]..from[i + 1])
  skip = new Int32Array(0);
  hasSkip = false;
  /**
   * When the root has a SKIP edge (an entry may start with any word, as "(?:\p{Lu}\p{L}+ )?regime"),
   * every word start would walk to the next space: this regex of " " and the first characters that
   * can follow there must occur in a range for that walk to find anything (undefined: no such test).
   */
  rootSkipFilter: RegExp | undefined;
  payloadFrom = new Int32Array(0);
  payloadItems = new Int32Array(0);

  /** `width`: the number of columns, SKIP included. */
  constructor(readonly columnOf: Int16Array, width: number) {
    this.width = width;
    this.trans = new Int32Array(width * 64);
  }

  insert(prefix: string, packed: number): void {
    let node = 0;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      const col = c === 0 ? SKIP_COLUMN : this.columnOf[c]!;
      if (col < 0) throw new RangeError(`LexiconMatcher: no column for the character U+${c.toString(16)} of prefix '${prefix}'`);
      let child = this.trans[node * this.width + col]!;
      if (child === 0) {
        child = this.nodes++;
        if ((child + 1) * this.width > this.trans.length) {
          const grown = new Int32Array(this.trans.length * 2);
          grown.set(this.trans);
          this.trans = grown;
        }
        this.trans[node * this.width + col] = child;
        this.payload.push(undefined);
      }
      node = child;
    }
    const list = (this.payload[node] ??= []);
    if (!list.includes(packed)) list.push(packed);
  }

  /** Lays out what the scan reads per node in typed arrays; no insert after this. */
  freeze(charOf: readonly number[], caseSensitive: boolean): void {
    this.skip = new Int32Array(this.nodes);
    this.payloadFrom = new Int32Array(this.nodes + 1);
    let total = 0;
    for (let node = 0; node < this.nodes; node++) {
      this.skip[node] = this.trans[node * this.width + SKIP_COLUMN]!;
      if (this.skip[node] !== 0) this.hasSkip = true;
      this.payloadFrom[node] = total;
      total += this.payload[node]?.length ?? 0;
    }
    this.payloadFrom[this.nodes] = total;
    this.payloadItems = new Int32Array(total);
    for (let node = 0; node < this.nodes; node++) this.payloadItems.set(this.payload[node] ?? [], this.payloadFrom[node]!);
    this.rootSkipFilter = this.makeRootSkipFilter(charOf, caseSensitive);
  }

  private makeRootSkipFilter(charOf: readonly number[], caseSensitive: boolean): RegExp | undefined {
    const afterSkip = this.skip[0]!;
    const spaceColumn = charOf.indexOf(32);
    if (afterSkip === 0 || spaceColumn < 0) return undefined;
    const first = this.trans[afterSkip * this.width + spaceColumn]!;
    if (first === 0) return undefined;
    // the characters after the space, up to an entry, another SKIP or four characters
    const strings = new Set<string>();
    const visit = (node: number, str: string): void => {
      const ends = this.payloadFrom[node + 1]! > this.payloadFrom[node]! || this.skip[node] !== 0 || str.length === 4;
      let children = 0;
      if (!ends) {
        for (let col = 1; col < this.width; col++) {
          const child = this.trans[node * this.width + col]!;
          if (child === 0) continue;
          children++;
          visit(child, str + String.fromCharCode(charOf[col]!));
        }
      }
      if (ends || children === 0) strings.add(str);
    };
    visit(first, '');
    if (strings.has('')) return undefined;
    const alternatives = [...strings].map((x) => x.replace(/[\\^$.*+?()[\]{}|\/]/g, '\\$&'));
    // /iu matches ASCII letters as foldCode does (KELVIN SIGN and LONG S included)
    return new RegExp(` (?:${alternatives.join('|')})`, caseSensitive ? 'gu' : 'giu');
  }
}

/**
 * Columns of a trie: one per code unit its prefixes use (from 1; column 0 is SKIP). Text code
 * units are folded first in case-insensitive tries (`foldCode`); the rest map to -1 and end a walk.
 */
function columns(prefixes: readonly string[], folded: boolean): [Int16Array, number, number[]] {
  const used = new Map<number, number>();
  for (const p of prefixes) for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c !== 0 && !used.has(c)) used.set(c, used.size + 1);
  }
  const out = new Int16Array(0x10000).fill(-1);
  // the code units that fold onto a prefix character: ASCII and the two foldCode maps from beyond it
  const sources = folded ? [...Array.from({ length: 127 }, (_, i) => i + 1), 0x17f, 0x212a] : [...used.keys()];
  for (const c of sources) {
    const f = folded ? foldCode(c) : c;
    if (f >= 0) out[c] = used.get(f) ?? -1;
  }
  const charOf = [0];
  for (const [c, col] of used) charOf[col] = c;
  return [out, used.size + 1, charOf];
}

export class LexiconMatcher {
  private readonly lexicons: readonly MatcherLexicon[];
  private readonly tries: readonly PrefixTrie[];
  /** Per trie, during a scan: whether walks may take the root's SKIP edge (see `rootSkipFilter`). */
  private readonly rootSkipOn: Uint8Array;
  /** Per lexicon, the ranks tried at every word start. */
  private readonly always: readonly number[][];
  /** Lexicons with entries tried at every word start. */
  private readonly alwaysLexicons: readonly number[];
  // scratch, reused by every scan (scans are synchronous)
  private readonly next: Int32Array;
  private readonly candidates: Int32Array[];
  private readonly counts: Int32Array;
  private readonly touched: Int32Array;
  private nTouched = 0;
  private stack = new Int32Array(64);
  private spaceFrom = 0;
  private spaceAt = 0;
  private hitLength = 0;

  constructor(lexicons: readonly MatcherLexicon[]) {
    if (lexicons.length >= 32768) throw new RangeError(`LexiconMatcher: at most 32767 lexicons; got ${lexicons.length}`);
    this.lexicons = lexicons;
    const always: number[][] = lexicons.map(() => []);
    const prefixes = (sensitive: boolean): string[] => lexicons.flatMap((l) => l.entries.flatMap((e) => (e.caseSensitive === sensitive ? e.prefixes.filter((p) => p !== '') : [])));
    const insensitivePrefixes = prefixes(false);
    const sensitivePrefixes = prefixes(true);
    const foldedColumns = insensitivePrefixes.length > 0 ? columns(insensitivePrefixes, true) : undefined;
    const exactColumns = sensitivePrefixes.length > 0 ? columns(sensitivePrefixes, false) : undefined;
    const folded = foldedColumns !== undefined ? new PrefixTrie(foldedColumns[0], foldedColumns[1]) : undefined;
    const exact = exactColumns !== undefined ? new PrefixTrie(exactColumns[0], exactColumns[1]) : undefined;
    lexicons.forEach((lex, li) => {
      if (lex.entries.length >= 65536) throw new RangeError(`LexiconMatcher: at most 65535 entries per lexicon; lexicon ${li} has ${lex.entries.length}`);
      lex.entries.forEach((e, rank) => {
        for (const p of e.prefixes) {
          if (p === '') always[li]!.push(rank);
          else (e.caseSensitive ? exact! : folded!).insert(p, li * 65536 + rank);
        }
      });
    });
    folded?.freeze(foldedColumns![2], false);
    exact?.freeze(exactColumns![2], true);
    this.tries = [folded, exact].filter((t): t is PrefixTrie => t !== undefined);
    this.rootSkipOn = new Uint8Array(this.tries.length);
    this.always = always.map((ranks) => [...new Set(ranks)].sort((a, b) => a - b));
    this.alwaysLexicons = this.always.flatMap((r, li) => (r.length > 0 ? [li] : []));
    this.next = new Int32Array(lexicons.length);
    this.candidates = lexicons.map((l) => new Int32Array(l.entries.length));
    this.counts = new Int32Array(lexicons.length);
    this.touched = new Int32Array(lexicons.length);
  }

  /** Hits of every lexicon in text[start, end), in text order; offsets index `text`. */
  scan(text: string, start = 0, end = text.length): RawHit[][] {
    // the range is read in place (a slice would make every character read slower); only regexes get
    // the range as a string of its own, so that their lookarounds stop at its ends
    const out: RawHit[][] = this.lexicons.map(() => []);
    const { next, counts, touched, candidates, always, alwaysLexicons, tries } = this;
    next.fill(0);
    this.spaceFrom = 0;
    this.spaceAt = -1;
    this.range = undefined;
    this.rangeText = text;
    this.rangeStart = start;
    this.rangeEnd = end;
    for (let t = 0; t < tries.length; t++) {
      const filter = tries[t]!.rootSkipFilter;
      let on = true;
      if (filter !== undefined) {
        // searched in the range only: from `start` over the whole text, a filter that rarely matches
        // made every clause of a long one-line text scan to its end (quadratic)
        filter.lastIndex = 0;
        on = filter.test(start === 0 && end === text.length ? text : text.slice(start, end));
      }
      this.rootSkipOn[t] = on ? 1 : 0;
    }
    let blocked = false; // the previous code point is a letter, digit or hyphen
    for (let p = start; p < end;) {
      const c = text.charCodeAt(p);
      let cp = c;
      let len = 1;
      if (c >= 0xd800 && c <= 0xdbff && p + 1 < end) {
        const d = text.charCodeAt(p + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000; len = 2; }
      }
      const word = cp < 128 ? wordClass[cp] === 1 : isLetterOrDigit(cp);
      if (word && !blocked) {
        // the original matcher took the word start as the last code unit of the first character
        const at = p + len - 1;
        this.nTouched = 0;
        for (let t = 0; t < tries.length; t++) this.walk(tries[t]!, text, at, end, this.rootSkipOn[t] === 1);
        for (let k = 0; k < alwaysLexicons.length; k++) {
          const li = alwaysLexicons[k]!;
          const ranks = always[li]!;
          for (let r = 0; r < ranks.length; r++) this.candidate(li, ranks[r]!, at);
        }
        const nTouched = this.nTouched;
        for (let t = 0; t < nTouched; t++) {
          const li = touched[t]!;
          const rank = this.tryAt(li, candidates[li]!, counts[li]!, text, at);
          counts[li] = 0;
          if (rank < 0) continue;
          const length = this.hitLength;
          out[li]!.push({ rank, start: at, end: at + length });
          next[li] = at + length;
        }
      }
      blocked = word || c === 45;
      p += len;
    }
    this.range = undefined;
    this.rangeText = '';
    return out;
  }

  // the range of the scan in progress, and its slice once a regex needs it
  private range: string | undefined;
  private rangeText = '';
  private rangeStart = 0;
  private rangeEnd = 0;
  private readonly sliceOfRange = (): string => {
    this.range ??= this.rangeStart === 0 && this.rangeEnd === this.rangeText.length ? this.rangeText : this.rangeText.slice(this.rangeStart, this.rangeEnd);
    return this.range;
  };

  /** Adds the entries whose prefix the text has at `at` (following SKIP edges to the next space), up to `end`. */
  private walk(trie: PrefixTrie, s: string, at: number, end: number, rootSkip: boolean): void {
    const { trans, columnOf, width, skip, hasSkip, payloadFrom, payloadItems } = trie;
    let stack = this.stack;
    let top = 0;
    stack[top++] = 0;
    stack[top++] = at;
    while (top > 0) {
      let q = stack[--top]!;
      let node = stack[--top]!;
      for (;;) {
        if (hasSkip) {
          const next = skip[node]!;
          if (next !== 0 && (node !== 0 || rootSkip)) {
            const space = this.spaceAfter(s, q, end);
            if (space >= 0) {
              if (top + 2 > stack.length) {
                const grown = new Int32Array(stack.length * 2);
                grown.set(stack);
                this.stack = stack = grown;
              }
              stack[top++] = next;
              stack[top++] = space;
            }
          }
        }
        if (q >= end) break;
        const col = columnOf[s.charCodeAt(q)]!;
        if (col <= 0) break;
        node = trans[node * width + col]!;
        if (node === 0) break;
        q++;
        const to = payloadFrom[node + 1]!;
        for (let k = payloadFrom[node]!; k < to; k++) {
          const packed = payloadItems[k]!;
          this.candidate(packed >>> 16, packed & 0xffff, at);
        }
      }
    }
  }

  private candidate(li: number, rank: number, at: number): void {
    if (at < this.next[li]!) return;
    const count = this.counts[li]!;
    if (count === 0) this.touched[this.nTouched++] = li;
    this.counts[li] = addSorted(this.candidates[li]!, count, rank);
  }

  /** The first space at or after `q` before `end` (-1: none), remembered for the range searched. */
  private spaceAfter(s: string, q: number, end: number): number {
    if (q >= this.spaceFrom && (q <= this.spaceAt || this.spaceAt === end)) return this.spaceAt === end ? -1 : this.spaceAt;
    const i = s.indexOf(' ', q);
    this.spaceFrom = q;
    this.spaceAt = i < 0 || i >= end ? end : i;
    return this.spaceAt === end ? -1 : this.spaceAt;
  }

  /** The rank of lexicon `li`'s hit at `at` (its length in `hitLength`), or -1. */
  private tryAt(li: number, ranks: Int32Array, count: number, text: string, at: number): number {
    const lex = this.lexicons[li]!;
    const from = lex.sensitiveFrom;
    const { rangeStart, rangeEnd, sliceOfRange } = this;
    let best = -1;
    let bestLength = 0;
    let i = 0;
    for (; i < count && ranks[i]! < from; i++) {
      const length = matchLength(lex.entries[ranks[i]!]!, text, at, rangeStart, rangeEnd, sliceOfRange);
      if (length < 0) continue;
      if (length > 0) { best = ranks[i]!; bestLength = length; }
      break;
    }
    while (i < count && ranks[i]! < from) i++;
    for (; i < count; i++) {
      const length = matchLength(lex.entries[ranks[i]!]!, text, at, rangeStart, rangeEnd, sliceOfRange);
      if (length < 0) continue;
      if (length > bestLength) { best = ranks[i]!; bestLength = length; }
      break;
    }
    this.hitLength = bestLength;
    return best;
  }
}

/** Inserts `rank` into the sorted `ranks[0, count)` unless present; returns the new count. */
function addSorted(ranks: Int32Array, count: number, rank: number): number {
  let i = count;
  while (i > 0 && ranks[i - 1]! > rank) i--;
  if (i > 0 && ranks[i - 1] === rank) return count;
  ranks.copyWithin(i + 1, i, count);
  ranks[i] = rank;
  return count + 1;
}

/**
 * Length of the sticky match of the entry at `at` in the text `text.slice(start, end)` (offsets
 * index `text`), or -1. `slice` gives that range as a string when a regex must run.
 */
export function matchLength(entry: MatcherEntry, text: string, at: number, start = 0, end = text.length, slice?: () => string): number {
  const c = text.charCodeAt(at);
  const midPair = c >= 0xdc00 && c <= 0xdfff && at > start;
  const byFirst = entry.literalsByFirst;
  if (byFirst !== undefined && !midPair) {
    const literals = byFirst.get(entry.caseSensitive ? c : foldCode(c));
    return literals === undefined ? -1 : literalLength(literals, entry.caseSensitive, text, at, end);
  }
  const s = slice !== undefined ? slice() : start === 0 && end === text.length ? text : text.slice(start, end);
  const re = entry.re;
  re.lastIndex = at - start;
  if (midPair) {
    // inside a surrogate pair the engine starts at the pair; the original counted the match's own length
    const m = re.exec(s);
    return m === null ? -1 : m[0].length;
  }
  return re.test(s) ? re.lastIndex - (at - start) : -1;
}

/** What `(?:a|b|…)(?![\p{L}\p{N}])` matches at `at` for literal alternatives in backtracking order, the text ending at `end`. */
function literalLength(literals: readonly string[], caseSensitive: boolean, s: string, at: number, end: number): number {
  for (let k = 0; k < literals.length; k++) {
    const lit = literals[k]!;
    const e = at + lit.length;
    if (e > end) continue;
    let i = 0;
    if (caseSensitive) {
      while (i < lit.length && s.charCodeAt(at + i) === lit.charCodeAt(i)) i++;
    } else {
      while (i < lit.length && foldCode(s.charCodeAt(at + i)) === lit.charCodeAt(i)) i++;
    }
    if (i === lit.length && wordEndAt(s, e, end, caseSensitive)) return lit.length;
  }
  return -1;
}

/** 1: in the word-end class, 2: not, 0: not looked up; per case mode (BMP code units). */
const endClass = [new Uint8Array(0x10000), new Uint8Array(0x10000)];
const END_CLASS_RE = [/^[\p{L}\p{N}]$/iu, /^[\p{L}\p{N}]$/u];

/** Whether the lookahead `(?![\p{L}\p{N}])` (with `i` unless case-sensitive) holds at `e`, the text ending at `end`. */
function wordEndAt(s: string, e: number, end: number, caseSensitive: boolean): boolean {
  if (e >= end) return true;
  const mode = caseSensitive ? 1 : 0;
  const c = s.charCodeAt(e);
  if (c >= 0xd800 && c <= 0xdbff && e + 1 < end) {
    const d = s.charCodeAt(e + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return !END_CLASS_RE[mode]!.test(s.slice(e, e + 2));
  }
  const table = endClass[mode]!;
  let k = table[c]!;
  if (k === 0) {
    k = END_CLASS_RE[mode]!.test(String.fromCharCode(c)) ? 1 : 2;
    table[c] = k;
  }
  return k === 2;
}
