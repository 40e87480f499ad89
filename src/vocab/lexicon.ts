import { LexiconMatcher, matcherEntry, type MatcherLexicon } from './lexicon-matcher.js';

/**
 * A lexicon entry: a key (which becomes the rule id), a regular-expression source matched
 * case-insensitively at word boundaries, and the value it stands for.
 */
export interface LexiconEntry<V> {
  readonly key: string;
  readonly pattern: string;
  readonly value: V;
  /** Match case-sensitively (proper nouns, acronyms). */
  readonly caseSensitive?: boolean;
}

export interface LexiconHit<V> {
  readonly key: string;
  readonly value: V;
  readonly start: number;
  readonly end: number;
}

export interface Lexicon<V> {
  readonly entries: readonly LexiconEntry<V>[];
  find(text: string, start?: number, end?: number): LexiconHit<V>[];
}

export type LexiconTable<V> = Readonly<Record<string, { readonly pattern: string; readonly value: V; readonly caseSensitive?: boolean }>>;

/** Several lexicons matched in one pass: `find` gives each lexicon's hits under its name. */
export interface LexiconGroup<T extends Readonly<Record<string, Lexicon<unknown>>>> {
  find(text: string, start?: number, end?: number): { [K in keyof T]: T[K] extends Lexicon<infer V> ? LexiconHit<V>[] : never };
}

export class LexiconPatternError extends Error {
  constructor(readonly key: string, message: string) {
    super(`lexicon entry '${key}': ${message}`);
    this.name = 'LexiconPatternError';
  }
}

interface Compiled {
  /** Entries in rank order: case-insensitive ones by decreasing pattern length, then case-sensitive ones likewise. */
  readonly ranked: readonly LexiconEntry<unknown>[];
  readonly matcher: MatcherLexicon;
}

const compiledOf = new WeakMap<Lexicon<unknown>, Compiled>();

/**
 * Compiles a table into a lexicon. At each word start the entries are tried longer pattern first
 * (table order among equals), case-insensitive and case-sensitive ones separately; the longer of the
 * two hits wins. Hits are non-overlapping, in text order (see lexicon-matcher.ts).
 */
export function compileLexicon<V>(table: LexiconTable<V>): Lexicon<V> {
  const entries: LexiconEntry<V>[] = Object.entries(table).map(([key, e]) => ({ key, ...e }));
  for (const e of entries) {
    try {
      new RegExp(e.pattern);
    } catch (error) {
      throw new LexiconPatternError(e.key, `invalid pattern /${e.pattern}/: ${(error as Error).message}`);
    }
    // tables use only (?:…) groups and lookarounds (group indices once identified the entry)
    const unescaped = e.pattern.replace(/\\\\|\\\(/g, '');
    if (/\((?!\?)/.test(unescaped)) throw new LexiconPatternError(e.key, `use (?:…) groups, found a capturing group in /${e.pattern}/`);
    if (/\(\?<(?![=!])/.test(unescaped)) throw new LexiconPatternError(e.key, `use (?:…) groups, found a named group in /${e.pattern}/`);
  }
  const byLength = (list: LexiconEntry<V>[]): LexiconEntry<V>[] => list.sort((a, b) => b.pattern.length - a.pattern.length);
  const insensitive = byLength(entries.filter((e) => !e.caseSensitive));
  const ranked = [...insensitive, ...byLength(entries.filter((e) => Boolean(e.caseSensitive)))];
  const matcher: MatcherLexicon = {
    entries: ranked.map((e) => matcherEntry(e.pattern, Boolean(e.caseSensitive))),
    sensitiveFrom: insensitive.length,
  };
  let single: LexiconMatcher | undefined; // built at the first find: most lexicons are only matched in groups
  const lexicon: Lexicon<V> = {
    entries,
    find(text, start = 0, end = text.length) {
      single ??= new LexiconMatcher([matcher]);
      return dress(ranked, single.scan(text, start, end)[0]!) as LexiconHit<V>[];
    },
  };
  compiledOf.set(lexicon, { ranked, matcher });
  return lexicon;
}

/** One matcher for several lexicons compiled by `compileLexicon`: their hits in one pass over the text. */
export function lexiconGroup<T extends Readonly<Record<string, Lexicon<unknown>>>>(lexicons: T): LexiconGroup<T> {
  const names = Object.keys(lexicons);
  const parts = names.map((name) => {
    const c = compiledOf.get(lexicons[name]!);
    if (c === undefined) throw new TypeError(`lexiconGroup: '${name}' is not a lexicon made by compileLexicon`);
    return c;
  });
  const matcher = new LexiconMatcher(parts.map((p) => p.matcher));
  return {
    find(text, start = 0, end = text.length) {
      const raw = matcher.scan(text, start, end);
      const out: Record<string, LexiconHit<unknown>[]> = {};
      for (let i = 0; i < names.length; i++) out[names[i]!] = dress(parts[i]!.ranked, raw[i]!);
      return out as ReturnType<LexiconGroup<T>['find']>;
    },
  };
}

function dress(ranked: readonly LexiconEntry<unknown>[], raw: readonly { rank: number; start: number; end: number }[]): LexiconHit<unknown>[] {
  const hits: LexiconHit<unknown>[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    const r = raw[i]!;
    const e = ranked[r.rank]!;
    hits[i] = { key: e.key, value: e.value, start: r.start, end: r.end };
  }
  return hits;
}
