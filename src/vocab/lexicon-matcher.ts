import { foldCode, literalPrefixes, prefixesOfStrings } from './regex-prefixes.js';
import { HAS_PAYLOAD, PrefixTrie, columns } from './prefix-trie.js';
import { literalAlternatives } from './regex-literals.js';
import { topLevelAlternatives } from './top-level-alternatives.js';

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

/** What the matcher tries at a word start: an entry, or one of its top-level alternatives. */
export interface MatcherPart {
  /**
   * Sticky regular expression: the pattern then the word-end lookahead. Built at first use:
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
  /** Literal prefixes of the pattern (see regex-prefixes.ts); `''` means the part is tried at every word start. */
  readonly prefixes: readonly string[];
}

export interface MatcherEntry extends MatcherPart {
  /**
   * The entry as the matcher tries it: its top-level alternatives in order, runs of plain ones
   * merged (see top-level-alternatives.ts); the first part that matches gives the entry's match.
   * One part, the entry itself, when the whole pattern is plain. Each part has its own prefixes,
   * so a big alternation runs the regular expression of an alternative only where that one may match.
   */
  readonly parts: readonly MatcherPart[];
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

function byFirst(literals: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const l of literals) {
    const c = l.charCodeAt(0);
    const list = map.get(c);
    if (list === undefined) map.set(c, [l]);
    else list.push(l);
  }
  return map;
}

/** A part of strings `literals` (none empty), or of a pattern when `literals` is undefined. */
function matcherPart(pattern: string, caseSensitive: boolean, literals: readonly string[] | undefined, prefixes: readonly string[]): MatcherPart {
  const flags = caseSensitive ? 'yu' : 'yiu';
  let re: RegExp | undefined;
  return {
    get re() {
      return (re ??= new RegExp(`(?:${pattern})${WORD_END}`, flags));
    },
    caseSensitive,
    literals,
    literalsByFirst: literals !== undefined ? byFirst(literals) : undefined,
    prefixes,
  };
}

/** The strings of a plain pattern, unless one is empty (it would match without a first character: left to the regex). */
function plainStrings(pattern: string, caseSensitive: boolean): string[] | undefined {
  const all = literalAlternatives(pattern, caseSensitive);
  return all !== undefined && !all.includes('') ? all : undefined;
}

/** A plain pattern's prefixes are its strings (cut to the prefix limits), no second analysis. */
function prefixesOf(pattern: string, caseSensitive: boolean): string[] {
  const all = literalAlternatives(pattern, caseSensitive);
  return all !== undefined ? prefixesOfStrings(all, caseSensitive) : literalPrefixes(pattern, caseSensitive);
}

/** Sorted, without strings that another one begins (the shorter one admits every text the longer does). */
function minimalPrefixes(prefixes: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of [...new Set(prefixes)].sort()) if (out.length === 0 || !p.startsWith(out[out.length - 1]!)) out.push(p);
  return out;
}

/** Compiles one entry; the source is wrapped so that its alternatives stay inside the entry. */
export function matcherEntry(pattern: string, caseSensitive: boolean): MatcherEntry {
  new RegExp(pattern, caseSensitive ? 'yu' : 'yiu'); // a syntax error shows now, not at the first match
  const literals = plainStrings(pattern, caseSensitive);
  const whole = matcherPart(pattern, caseSensitive, literals, prefixesOf(pattern, caseSensitive));
  let parts: MatcherPart[] = [whole];
  const alternatives = literals === undefined ? topLevelAlternatives(pattern) : [pattern];
  if (alternatives.length > 1) {
    parts = [];
    // consecutive plain alternatives make one part: their strings in order
    let run: { sources: string[]; strings: string[]; prefixes: string[] } | undefined;
    const flush = (): void => {
      if (run === undefined) return;
      parts.push(matcherPart(run.sources.join('|'), caseSensitive, run.strings, minimalPrefixes(run.prefixes)));
      run = undefined;
    };
    for (const alternative of alternatives) {
      const strings = plainStrings(alternative, caseSensitive);
      const prefixes = prefixesOf(alternative, caseSensitive);
      if (strings === undefined) {
        flush();
        parts.push(matcherPart(alternative, caseSensitive, undefined, prefixes));
        continue;
      }
      run ??= { sources: [], strings: [], prefixes: [] };
      run.sources.push(alternative);
      run.strings.push(...strings);
      run.prefixes.push(...prefixes);
    }
    flush();
  }
  return {
    get re() {
      return whole.re;
    },
    caseSensitive,
    literals: whole.literals,
    literalsByFirst: whole.literalsByFirst,
    prefixes: whole.prefixes,
    parts,
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

export class LexiconMatcher {
  private readonly lexicons: readonly MatcherLexicon[];
  private readonly tries: readonly PrefixTrie[];
  /** Per trie, during a scan: whether walks may take the root's SKIP edge (see `rootSkipFilter`). */
  private readonly rootSkipOn: Uint8Array;
  /** Per lexicon, its entries' parts (see `MatcherEntry.parts`) and the rank of each part's entry. */
  private readonly parts: readonly (readonly MatcherPart[])[];
  private readonly partRank: readonly Int32Array[];
  /** Per lexicon, the parts tried at every word start. */
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
    const prefixes = (sensitive: boolean): string[] => lexicons.flatMap((l) => l.entries.flatMap((e) => (e.caseSensitive === sensitive ? e.parts.flatMap((part) => part.prefixes.filter((p) => p !== '')) : [])));
    const insensitivePrefixes = prefixes(false);
    const sensitivePrefixes = prefixes(true);
    const foldedColumns = insensitivePrefixes.length > 0 ? columns(insensitivePrefixes, true) : undefined;
    const exactColumns = sensitivePrefixes.length > 0 ? columns(sensitivePrefixes, false) : undefined;
    const folded = foldedColumns !== undefined ? new PrefixTrie(foldedColumns[0], foldedColumns[1]) : undefined;
    const exact = exactColumns !== undefined ? new PrefixTrie(exactColumns[0], exactColumns[1]) : undefined;
    // parts are numbered per lexicon in rank order, then in their order in the entry
    const partRank: Int32Array[] = [];
    const partList: MatcherPart[][] = [];
    lexicons.forEach((lex, li) => {
      const ranks: number[] = [];
      const list: MatcherPart[] = [];
      lex.entries.forEach((e, rank) => {
        for (const part of e.parts) {
          const local = list.length;
          ranks.push(rank);
          list.push(part);
          for (const p of part.prefixes) {
            if (p === '') always[li]!.push(local);
            else (e.caseSensitive ? exact! : folded!).insert(p, li * 65536 + local);
          }
        }
      });
      if (list.length >= 65536) throw new RangeError(`LexiconMatcher: at most 65535 entry parts per lexicon; lexicon ${li} has ${list.length}`);
      partRank.push(Int32Array.from(ranks));
      partList.push(list);
    });
    this.partRank = partRank;
    this.parts = partList;
    folded?.freeze(foldedColumns![2], false);
    exact?.freeze(exactColumns![2], true);
    this.tries = [folded, exact].filter((t): t is PrefixTrie => t !== undefined);
    this.rootSkipOn = new Uint8Array(this.tries.length);
    this.always = always.map((ranks) => [...new Set(ranks)].sort((a, b) => a - b));
    this.alwaysLexicons = this.always.flatMap((r, li) => (r.length > 0 ? [li] : []));
    this.next = new Int32Array(lexicons.length);
    this.candidates = partList.map((l) => new Int32Array(l.length));
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
    // searched in the range only: over the whole text, a filter that rarely matches made every
    // clause of a long one-line text scan to its end (quadratic)
    for (let t = 0; t < tries.length; t++) this.rootSkipOn[t] = tries[t]!.rootSkipPossible(text, start, end) ? 1 : 0;
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
    const { next, columnOf, width, flags, skip, hasSkip, payloadFrom, payloadItems } = trie;
    let stack = this.stack;
    let top = 0;
    let node = 0;
    let q = at;
    for (;;) {
      if (hasSkip) {
        const after = skip[node]!;
        if (after !== 0 && (node !== 0 || rootSkip)) {
          const space = this.spaceAfter(s, q, end);
          if (space >= 0) {
            if (top + 2 > stack.length) {
              const grown = new Int32Array(stack.length * 2);
              grown.set(stack);
              this.stack = stack = grown;
            }
            stack[top++] = after;
            stack[top++] = space;
          }
        }
      }
      let col = -1;
      if (q < end) col = columnOf[s.charCodeAt(q)]!;
      if (col > 0) node = next[node * width + col]!;
      if (col <= 0 || node === 0) {
        // this path ends: go on with a pending SKIP, if any
        if (top === 0) return;
        q = stack[--top]!;
        node = stack[--top]!;
        continue;
      }
      q++;
      if ((flags[node]! & HAS_PAYLOAD) !== 0) {
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

  /** The rank of lexicon `li`'s hit at `at` (its length in `hitLength`), or -1; `candidates` are the parts to try, in order. */
  private tryAt(li: number, candidates: Int32Array, count: number, text: string, at: number): number {
    const from = this.lexicons[li]!.sensitiveFrom;
    const parts = this.parts[li]!;
    const partRank = this.partRank[li]!;
    const { rangeStart, rangeEnd, sliceOfRange } = this;
    let best = -1;
    let bestLength = 0;
    let i = 0;
    // the first part that matches gives its entry's match: the first entry of the mode that matches
    for (; i < count && partRank[candidates[i]!]! < from; i++) {
      const length = partLength(parts[candidates[i]!]!, text, at, rangeStart, rangeEnd, sliceOfRange);
      if (length < 0) continue;
      if (length > 0) { best = partRank[candidates[i]!]!; bestLength = length; }
      break;
    }
    while (i < count && partRank[candidates[i]!]! < from) i++;
    for (; i < count; i++) {
      const length = partLength(parts[candidates[i]!]!, text, at, rangeStart, rangeEnd, sliceOfRange);
      if (length < 0) continue;
      if (length > bestLength) { best = partRank[candidates[i]!]!; bestLength = length; }
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
 * index `text`), or -1: that of its first part that matches.
 */
export function matchLength(entry: MatcherEntry, text: string, at: number, start = 0, end = text.length): number {
  for (const part of entry.parts) {
    const length = partLength(part, text, at, start, end);
    if (length >= 0) return length;
  }
  return -1;
}

/** `matchLength` of one part; `slice` gives the range as a string when a regex must run. */
function partLength(part: MatcherPart, text: string, at: number, start: number, end: number, slice?: () => string): number {
  const c = text.charCodeAt(at);
  const midPair = c >= 0xdc00 && c <= 0xdfff && at > start;
  const byFirst = part.literalsByFirst;
  if (byFirst !== undefined && !midPair) {
    const literals = byFirst.get(part.caseSensitive ? c : foldCode(c));
    return literals === undefined ? -1 : literalLength(literals, part.caseSensitive, text, at, end);
  }
  const s = slice !== undefined ? slice() : start === 0 && end === text.length ? text : text.slice(start, end);
  const re = part.re;
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
