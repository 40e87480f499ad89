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

/** The first character of each word: not preceded by a letter, digit or hyphen. */
const WORD_START = /(?:^|[^\p{L}\p{N}-])[\p{L}\p{N}]/gu;

/** Compiles entries into one alternation per case mode; longer patterns are tried first. Non-overlapping, in text order. */
export function compileLexicon<V>(table: Readonly<Record<string, { readonly pattern: string; readonly value: V; readonly caseSensitive?: boolean }>>): Lexicon<V> {
  const entries: LexiconEntry<V>[] = Object.entries(table).map(([key, e]) => ({ key, ...e }));
  for (const e of entries) {
    try {
      new RegExp(e.pattern);
    } catch (error) {
      throw new Error(`lexicon entry '${e.key}': invalid pattern /${e.pattern}/: ${(error as Error).message}`);
    }
    // group indices identify the entry, so patterns may only use (?:…) groups
    if (/\((?!\?)/.test(e.pattern.replace(/\\\(/g, ''))) throw new Error(`lexicon entry '${e.key}': use (?:…) groups, found a capturing group in /${e.pattern}/`);
  }
  const groups = [false, true].map((cs) => entries.filter((e) => Boolean(e.caseSensitive) === cs).sort((a, b) => b.pattern.length - a.pattern.length));
  // sticky alternations tried only at word starts: one attempt per word instead of per character
  const regexes = groups.map((list, i) =>
    list.length === 0 ? undefined : new RegExp(list.map((e) => `(${e.pattern})(?![\\p{L}\\p{N}])`).join('|'), i === 0 ? 'yiu' : 'yu'),
  );
  return {
    entries,
    find(text, start = 0, end = text.length) {
      const hits: LexiconHit<V>[] = [];
      const slice = start === 0 && end === text.length ? text : text.slice(start, end);
      WORD_START.lastIndex = 0;
      let next = 0;
      for (let w = WORD_START.exec(slice); w; w = WORD_START.exec(slice)) {
        const at = w.index + w[0].length - 1;
        if (at < next) continue;
        for (let gi = 0; gi < regexes.length; gi++) {
          const re = regexes[gi];
          if (!re) continue;
          re.lastIndex = at;
          const m = re.exec(slice);
          if (!m || m[0].length === 0) continue;
          let k = 1;
          while (k < m.length && m[k] === undefined) k++;
          const e = groups[gi][k - 1];
          hits.push({ key: e.key, value: e.value, start: start + at, end: start + at + m[0].length });
          next = at + m[0].length;
          break;
        }
      }
      return hits;
    },
  };
}
