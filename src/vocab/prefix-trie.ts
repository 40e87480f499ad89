import { foldCode } from './regex-prefixes.js';

/** Column 0 of every trie is the SKIP edge. */
export const SKIP_COLUMN = 0;
/** Node flags: the node lists entries; the node has a SKIP child. */
export const HAS_PAYLOAD = 1;
export const HAS_SKIP = 2;

/**
 * A trie of literal prefixes (see regex-prefixes.ts) over a small alphabet: `columnOf` maps a text
 * code unit to its column (-1: none). Each node lists the items whose prefix ends there (numbers
 * the matcher packs). Built by `insert`, then `freeze` lays it out for the scan: nodes renumbered
 * breadth first (the levels near the root, which every walk reads, share a few cache lines),
 * transitions in one typed array of 16-bit node numbers when they fit, one flag byte per node.
 */
export class PrefixTrie {
  private build: Int32Array;
  nodes = 1;
  private readonly payload: (number[] | undefined)[] = [undefined];
  readonly width: number;
  // after `freeze`
  /** Child of node n by column c: `next[n * width + c]` (0: none). */
  next: Uint16Array | Int32Array = new Uint16Array(0);
  /** HAS_PAYLOAD | HAS_SKIP per node. */
  flags = new Uint8Array(0);
  /** The SKIP child per node (0: none). */
  skip = new Int32Array(0);
  hasSkip = false;
  /** Payload of node n: `payloadItems[payloadFrom[n] … payloadFrom[n + 1])`. */
  payloadFrom = new Int32Array(0);
  payloadItems = new Int32Array(0);
  /**
   * When the root has a SKIP edge (an entry may start with any word, as "(?:\p{Lu}\p{L}+ )?regime"),
   * every word start would walk to the next space: a range must contain a space followed by one of
   * these strings (the first characters that can follow there) for that walk to find anything.
   * Undefined: no such test.
   */
  rootSkipFilter: readonly string[] | undefined;
  private filterFolded = false;

  /** `width`: the number of columns, SKIP included. */
  constructor(readonly columnOf: Int16Array, width: number) {
    this.width = width;
    this.build = new Int32Array(width * 64);
  }

  insert(prefix: string, item: number): void {
    let node = 0;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      const col = c === 0 ? SKIP_COLUMN : this.columnOf[c]!;
      if (col < 0) throw new RangeError(`LexiconMatcher: no column for the character U+${c.toString(16)} of prefix '${prefix}'`);
      let child = this.build[node * this.width + col]!;
      if (child === 0) {
        child = this.nodes++;
        if ((child + 1) * this.width > this.build.length) {
          const grown = new Int32Array(this.build.length * 2);
          grown.set(this.build);
          this.build = grown;
        }
        this.build[node * this.width + col] = child;
        this.payload.push(undefined);
      }
      node = child;
    }
    const list = (this.payload[node] ??= []);
    if (!list.includes(item)) list.push(item);
  }

  /** Lays out what the scan reads per node in typed arrays; no insert after this. */
  freeze(charOf: readonly number[], caseSensitive: boolean): void {
    const { width, nodes } = this;
    // breadth-first numbering, the root staying 0
    const order = [0];
    const renumber = new Int32Array(nodes);
    for (let k = 0; k < order.length; k++) {
      const node = order[k]!;
      for (let col = 0; col < width; col++) {
        const child = this.build[node * width + col]!;
        if (child !== 0) { renumber[child] = order.length; order.push(child); }
      }
    }
    const next = nodes <= 0x10000 ? new Uint16Array(nodes * width) : new Int32Array(nodes * width);
    this.flags = new Uint8Array(nodes);
    this.skip = new Int32Array(nodes);
    this.payloadFrom = new Int32Array(nodes + 1);
    const items: number[] = [];
    for (let n = 0; n < nodes; n++) {
      const old = order[n]!;
      for (let col = 0; col < width; col++) {
        const child = this.build[old * width + col]!;
        if (child !== 0) next[n * width + col] = renumber[child]!;
      }
      this.skip[n] = next[n * width + SKIP_COLUMN]!;
      const payload = this.payload[old] ?? [];
      this.flags[n] = (payload.length > 0 ? HAS_PAYLOAD : 0) | (this.skip[n] !== 0 ? HAS_SKIP : 0);
      if (this.skip[n] !== 0) this.hasSkip = true;
      this.payloadFrom[n] = items.length;
      items.push(...payload);
    }
    this.payloadFrom[nodes] = items.length;
    this.payloadItems = Int32Array.from(items);
    this.next = next;
    this.build = new Int32Array(0);
    this.rootSkipFilter = this.makeRootSkipFilter(charOf);
    this.filterFolded = !caseSensitive;
  }

  private makeRootSkipFilter(charOf: readonly number[]): string[] | undefined {
    const afterSkip = this.skip[0]!;
    const spaceColumn = charOf.indexOf(32);
    if (afterSkip === 0 || spaceColumn < 0) return undefined;
    const first = this.next[afterSkip * this.width + spaceColumn]!;
    if (first === 0) return undefined;
    // the characters after the space, up to an entry, another SKIP or four characters
    const strings = new Set<string>();
    const visit = (node: number, str: string): void => {
      const ends = this.flags[node] !== 0 || str.length === 4;
      let children = 0;
      if (!ends) {
        for (let col = 1; col < this.width; col++) {
          const child = this.next[node * this.width + col]!;
          if (child === 0) continue;
          children++;
          visit(child, str + String.fromCharCode(charOf[col]!));
        }
      }
      if (ends || children === 0) strings.add(str);
    };
    visit(first, '');
    return strings.has('') ? undefined : [...strings];
  }

  /**
   * Whether text[start, end) has a space followed by one of the `rootSkipFilter` strings (true when
   * there is no filter): the characters compared as the trie reads them (folded unless case-sensitive).
   */
  rootSkipPossible(text: string, start: number, end: number): boolean {
    const filter = this.rootSkipFilter;
    if (filter === undefined) return true;
    for (let p = text.indexOf(' ', start); p >= 0 && p < end; p = text.indexOf(' ', p + 1)) {
      for (let k = 0; k < filter.length; k++) {
        const str = filter[k]!;
        if (p + 1 + str.length > end) continue;
        let i = 0;
        if (this.filterFolded) while (i < str.length && foldCode(text.charCodeAt(p + 1 + i)) === str.charCodeAt(i)) i++;
        else while (i < str.length && text.charCodeAt(p + 1 + i) === str.charCodeAt(i)) i++;
        if (i === str.length) return true;
      }
    }
    return false;
  }
}

/**
 * Columns of a trie: one per code unit its prefixes use (from 1; column 0 is SKIP). Text code
 * units are folded first in case-insensitive tries (`foldCode`); the rest map to -1 and end a walk.
 * Returns the column table, the width (SKIP included) and the character of each column.
 */
export function columns(prefixes: readonly string[], folded: boolean): [Int16Array, number, number[]] {
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
