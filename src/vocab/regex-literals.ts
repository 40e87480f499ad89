/**
 * The strings a finite regular expression can match, in the order its backtracking tries them.
 * Only plain patterns qualify: literal characters, `(?:…)` groups, alternatives, classes of a few
 * literal characters, `?` and bounded `{m,n}` quantifiers (greedy or lazy). Anything else (lookaround,
 * `\b`, `\w`, `\p{…}`, `.`, unbounded repetition, a repeated part that can match nothing) and, when
 * case-insensitive, characters beyond ASCII make the pattern ineligible: `undefined`.
 * Case-insensitive strings are lower-case ASCII (compare with `foldCode` of the text).
 *
 * With the strings in that order, "the first string found at the position and followed by a word
 * end" is exactly what the sticky `(?:pattern)(?![\p{L}\p{N}])` matches there.
 */
import { foldCode } from './regex-prefixes.js';

const MAX_STRINGS = 256;
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/-']);

class Ineligible extends Error {}

export function literalAlternatives(pattern: string, caseSensitive: boolean): string[] | undefined {
  try {
    const p = new LiteralParser(pattern, caseSensitive);
    const out = p.alternation();
    if (p.pos !== pattern.length) return undefined;
    return out;
  } catch (error) {
    if (error instanceof Ineligible) return undefined;
    throw error;
  }
}

function bounded(list: string[]): string[] {
  if (list.length > MAX_STRINGS) throw new Ineligible();
  return list;
}

class LiteralParser {
  pos = 0;
  constructor(private readonly src: string, private readonly caseSensitive: boolean) {}

  alternation(): string[] {
    const out = [...this.sequence()];
    while (this.src[this.pos] === '|') {
      this.pos++;
      out.push(...this.sequence());
      bounded(out);
    }
    return out;
  }

  private sequence(): string[] {
    let acc = [''];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.quantified(this.atom());
      if (acc.length * atom.length > MAX_STRINGS) throw new Ineligible();
      acc = acc.flatMap((a) => atom.map((b) => a + b));
    }
    return acc;
  }

  private quantified(atom: string[]): string[] {
    const c = this.src[this.pos];
    let min = 1;
    let max = 1;
    if (c === '?') { this.pos++; min = 0; }
    else if (c === '*' || c === '+') throw new Ineligible();
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d+))?\}/.exec(this.src.slice(this.pos));
      if (m === null) throw new Ineligible();
      this.pos += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : Number(m[2]);
      if (max > 8 || max < min) throw new Ineligible();
    } else return atom;
    const lazy = this.src[this.pos] === '?';
    if (lazy) this.pos++;
    // a repeated part that can match nothing runs into the empty-iteration rule: not handled here
    if (atom.includes('') && max > 1) throw new Ineligible();
    const repeat = (lo: number, hi: number): string[] => {
      const more = hi > 0 ? bounded(atom.flatMap((a) => repeat(Math.max(0, lo - 1), hi - 1).map((r) => a + r))) : [];
      const none = lo === 0 ? [''] : [];
      return lazy ? [...none, ...more] : [...more, ...none];
    };
    return repeat(min, max);
  }

  private atom(): string[] {
    const c = this.src[this.pos++]!;
    if (c === '(') {
      if (!this.src.startsWith('?:', this.pos)) throw new Ineligible();
      this.pos += 2;
      const inner = this.alternation();
      if (this.src[this.pos] !== ')') throw new Ineligible();
      this.pos++;
      return inner;
    }
    if (c === '[') return this.charClass();
    if (c === '\\') {
      const e = this.src[this.pos++];
      if (e === undefined || !SYNTAX.has(e)) throw new Ineligible();
      return [this.literal(e)];
    }
    if (c === '.' || c === '^' || c === '$' || c === ')' || c === ']' || c === '{' || c === '}' || c === '*' || c === '+' || c === '?') throw new Ineligible();
    return [this.literal(c)];
  }

  private charClass(): string[] {
    if (this.src[this.pos] === '^') throw new Ineligible();
    const out: string[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      let c = this.src[this.pos++]!;
      if (c === '\\') {
        const e = this.src[this.pos++];
        if (e === undefined || !SYNTAX.has(e)) throw new Ineligible();
        c = e;
      } else if (c === '-' && out.length > 0 && this.src[this.pos] !== ']') throw new Ineligible(); // a range
      const l = this.literal(c);
      if (!out.includes(l)) out.push(l);
    }
    if (this.src[this.pos] !== ']' || out.length === 0) throw new Ineligible();
    this.pos++;
    return out;
  }

  private literal(c: string): string {
    const code = c.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) throw new Ineligible();
    if (this.caseSensitive) return c;
    const f = code < 128 ? foldCode(code) : -1;
    if (f < 0) throw new Ineligible();
    return String.fromCharCode(f);
  }
}
