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

/** Compiles entries into one alternation per case mode; longer patterns are tried first. Non-overlapping, in text order. */
export function compileLexicon<V>(table: Readonly<Record<string, { readonly pattern: string; readonly value: V; readonly caseSensitive?: boolean }>>): Lexicon<V> {
  const entries: LexiconEntry<V>[] = Object.entries(table).map(([key, e]) => ({ key, ...e }));
  for (const e of entries) {
    try {
      new RegExp(e.pattern);
    } catch (error) {
      throw new Error(`lexicon entry '${e.key}': invalid pattern /${e.pattern}/: ${(error as Error).message}`);
    }
  }
  const groups = [false, true].map((cs) => entries.filter((e) => Boolean(e.caseSensitive) === cs).sort((a, b) => b.pattern.length - a.pattern.length));
  const regexes = groups.map((list, i) =>
    list.length === 0 ? undefined : new RegExp(list.map((e) => `(?<![\\p{L}\\p{N}-])(${e.pattern})(?![\\p{L}\\p{N}])`).join('|'), i === 0 ? 'giu' : 'gu'),
  );
  // capturing groups inside patterns must be non-capturing for group indices to line up
  for (const e of entries) if (/\((?!\?)/.test(e.pattern.replace(/\\\(/g, ''))) throw new Error(`lexicon entry '${e.key}': use (?:…) groups, found a capturing group in /${e.pattern}/`);
  return {
    entries,
    find(text, start = 0, end = text.length) {
      const hits: LexiconHit<V>[] = [];
      const slice = start === 0 && end === text.length ? text : text.slice(start, end);
      regexes.forEach((re, gi) => {
        if (!re) return;
        const list = groups[gi];
        re.lastIndex = 0;
        for (let m = re.exec(slice); m; m = re.exec(slice)) {
          let k = 1;
          while (k < m.length && m[k] === undefined) k++;
          const e = list[k - 1];
          hits.push({ key: e.key, value: e.value, start: start + m.index, end: start + m.index + m[0].length });
          if (m[0].length === 0) re.lastIndex++;
        }
      });
      if (regexes[0] && regexes[1]) {
        hits.sort((a, b) => a.start - b.start || b.end - a.end);
        const kept: LexiconHit<V>[] = [];
        for (const h of hits) if (kept.length === 0 || h.start >= kept[kept.length - 1].end) kept.push(h);
        return kept;
      }
      return hits;
    },
  };
}
