/**
 * Literal prefixes of a regular expression: a small set of strings such that every match of the
 * pattern (compiled with the `u` flag, and `i` unless case-sensitive) begins with one of them.
 * Case-insensitive prefixes are lower-case ASCII, to be compared with text folded by `foldCode`;
 * case-sensitive ones are compared code unit for code unit. `SKIP` in a prefix stands for a run of
 * characters other than the space (U+0020), and is always followed by a space: the run ends at the
 * next space of the text. That covers words such as `(?:\p{Lu}\p{L}+ )?` or `(?:\w+ ){0,3}`.
 * The analysis is conservative: what it does not understand (`.`, `\s`, wide classes,
 * back-references) ends the prefix there, and the empty string means "may start with anything".
 */

/** Strings with a flag: `true` when the string is the whole match of the part, `false` when the match only begins with it. */
type Prefixes = Map<string, boolean>;

export interface PrefixLimits {
  /** Most strings kept per pattern; beyond it strings are shortened until they fit. */
  readonly maxStrings: number;
  /** Longest string kept. */
  readonly maxLength: number;
}

const DEFAULT_LIMITS: PrefixLimits = { maxStrings: 64, maxLength: 16 };

/** In a prefix: a run of characters other than the space, up to the next space. */
export const SKIP = '\0';

/** Folded form of a UTF-16 code unit for case-insensitive prefixes, or -1 when no prefix character can match it. */
export function foldCode(c: number): number {
  if (c === 0) return -1; // the SKIP mark
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  // Unicode case folding (the `iu` flags) maps these two onto ASCII letters: KELVIN SIGN → k, LONG S → s.
  if (c === 0x212a) return 107;
  if (c === 0x17f) return 115;
  return -1;
}

export class RegexPrefixError extends Error {
  constructor(pattern: string, at: number, expected: string) {
    super(`regex prefixes: in /${pattern}/ at offset ${at}, expected ${expected}; found ${at < pattern.length ? `'${pattern[at]}'` : 'the end'}`);
    this.name = 'RegexPrefixError';
  }
}

/**
 * The literal prefixes of `pattern`, folded, sorted, none a prefix of another.
 * `['']` when nothing useful is known about how a match begins.
 */
export function literalPrefixes(pattern: string, caseSensitive = false, limits: PrefixLimits = DEFAULT_LIMITS): string[] {
  const parser = new Parser(pattern, caseSensitive, limits);
  const set = parser.alternation();
  if (parser.pos < pattern.length) throw new RegexPrefixError(pattern, parser.pos, 'the end of the pattern');
  // a SKIP must lead to a space: cut the prefix before any other
  const cut = [...normalize(set, limits).keys()].map((k) => {
    for (let i = k.indexOf(SKIP); i >= 0; i = k.indexOf(SKIP, i + 1)) if (k[i + 1] !== ' ') return k.slice(0, i);
    return k;
  });
  return [...normalize(new Map(cut.map((k) => [k, false])), limits).keys()].sort();
}

/**
 * The prefixes of a pattern known to match exactly `strings` (as `literalAlternatives` gives them:
 * folded when case-insensitive): the same as `literalPrefixes` of the pattern would allow, cut to the limits.
 */
export function prefixesOfStrings(strings: readonly string[], caseSensitive: boolean, limits: PrefixLimits = DEFAULT_LIMITS): string[] {
  const set: Prefixes = new Map();
  for (const s of strings) {
    // what literalPrefixes does with characters it cannot keep: a case-insensitive non-ASCII one ends the prefix
    let k = 0;
    while (k < s.length && (caseSensitive || s.charCodeAt(k) < 128) && s.charCodeAt(k) !== 0) k++;
    set.set(s.slice(0, k), k === s.length);
  }
  return [...normalize(set, limits).keys()].sort();
}

const unknown = (): Prefixes => new Map([['', false]]);
const empty = (): Prefixes => new Map([['', true]]);
/** An atom that never matches a space. */
const skip = (): Prefixes => new Map([[SKIP, true]]);

/** Drops strings extended by a non-exact one, then shortens strings until the limits hold. */
function normalize(set: Prefixes, limits: PrefixLimits): Prefixes {
  let current = set;
  let cut = limits.maxLength;
  for (;;) {
    const shortened: Prefixes = new Map();
    for (const [s, exact] of current) {
      const t = s.length > cut ? s.slice(0, cut) : s;
      const ex = t.length === s.length && exact;
      shortened.set(t, (shortened.get(t) ?? true) && ex);
    }
    const keys = [...shortened.keys()].sort();
    const out: Prefixes = new Map();
    let open: string | undefined;
    for (const k of keys) {
      if (open !== undefined && k.startsWith(open)) continue;
      const ex = shortened.get(k)!;
      out.set(k, ex);
      open = ex ? undefined : k;
    }
    if (out.size <= limits.maxStrings || cut === 0) return out;
    current = out;
    cut = Math.max(0, Math.max(...[...out.keys()].map((k) => k.length)) - 1);
  }
}

/** `normalize` only when a limit is exceeded: intermediate sets may keep redundant strings. */
function limit(set: Prefixes, limits: PrefixLimits): Prefixes {
  if (set.size > limits.maxStrings) return normalize(set, limits);
  for (const k of set.keys()) if (k.length > limits.maxLength) return normalize(set, limits);
  return set;
}

function concat(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = new Map();
  for (const [s, exact] of a) {
    if (!exact) { out.set(s, false); continue; }
    for (const [t, ex] of b) {
      // two runs without a space are one run
      const st = s.endsWith(SKIP) && t.startsWith(SKIP) ? s + t.slice(1) : s + t;
      out.set(st, (out.get(st) ?? true) && ex);
    }
  }
  return out;
}

function union(a: Prefixes, b: Prefixes): Prefixes {
  const out: Prefixes = new Map(a);
  for (const [t, ex] of b) out.set(t, (out.get(t) ?? true) && ex);
  return out;
}

const inexact = (a: Prefixes): Prefixes => new Map([...a.keys()].map((k) => [k, false]));

/** Identity escapes that stand for themselves in `u` mode. */
const SYNTAX = new Set([...'^$\\.*+?()[]{}|/-']);

class Parser {
  pos = 0;
  constructor(private readonly src: string, private readonly caseSensitive: boolean, private readonly limits: PrefixLimits) {}

  alternation(): Prefixes {
    let set = this.sequence();
    while (this.src[this.pos] === '|') {
      this.pos++;
      set = limit(union(set, this.sequence()), this.limits);
    }
    return set;
  }

  private sequence(): Prefixes {
    let acc = empty();
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') {
      const atom = this.quantified(this.atom());
      acc = limit(concat(acc, atom), this.limits);
    }
    return acc;
  }

  private quantified(atom: Prefixes): Prefixes {
    const q = this.quantifier();
    if (q === undefined) return atom;
    if (this.src[this.pos] === '?') this.pos++; // lazy: same strings
    const [min, max] = q;
    if (max === 0) return empty();
    // runs without a space repeat into one such run, or none
    if (atom.size === 1 && atom.get(SKIP) === true) return atom;
    if (max <= 4 && [...atom.values()].every(Boolean)) {
      let power = empty();
      for (let k = 0; k < min; k++) power = limit(concat(power, atom), this.limits);
      let set = power;
      for (let k = min; k < max; k++) {
        power = limit(concat(power, atom), this.limits);
        set = limit(union(set, power), this.limits);
      }
      return set;
    }
    if (min === 0) return union(empty(), inexact(atom));
    return inexact(atom);
  }

  private quantifier(): [number, number] | undefined {
    const c = this.src[this.pos];
    if (c === '?') { this.pos++; return [0, 1]; }
    if (c === '*') { this.pos++; return [0, Infinity]; }
    if (c === '+') { this.pos++; return [1, Infinity]; }
    if (c !== '{') return undefined;
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos));
    if (m === null) throw new RegexPrefixError(this.src, this.pos, 'a quantifier {n}, {n,} or {n,m}');
    this.pos += m[0].length;
    const min = Number(m[1]);
    return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
  }

  private atom(): Prefixes {
    const c = this.src[this.pos++]!;
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') return unknown();
    if (c === '^' || c === '$') return empty();
    if (c === '\\') return this.escape();
    return this.literal(c.charCodeAt(0));
  }

  /** A literal character: itself (folded when case-insensitive), or a run without a space when it cannot be kept. */
  private literal(code: number): Prefixes {
    if (code === 32) return new Map([[' ', true]]);
    if (code === 0 || (code >= 0xd800 && code <= 0xdfff)) return skip(); // a quantifier may follow a whole surrogate pair
    if (this.caseSensitive) return new Map([[String.fromCharCode(code), true]]);
    const f = code < 128 ? foldCode(code) : -1;
    return f < 0 ? skip() : new Map([[String.fromCharCode(f), true]]);
  }

  private group(): Prefixes {
    let zeroWidth = false;
    if (this.src[this.pos] === '?') {
      const rest = this.src.slice(this.pos + 1, this.pos + 3);
      if (rest.startsWith(':')) this.pos += 2;
      else if (rest.startsWith('=') || rest.startsWith('!')) { this.pos += 2; zeroWidth = true; }
      else if (rest === '<=' || rest === '<!') { this.pos += 3; zeroWidth = true; }
      else if (rest.startsWith('<')) {
        const close = this.src.indexOf('>', this.pos);
        if (close < 0) throw new RegexPrefixError(this.src, this.pos, 'a group name ending in >');
        this.pos = close + 1;
      } else throw new RegexPrefixError(this.src, this.pos + 1, 'a group kind (?:, (?=, (?!, (?<=, (?<! or (?<name>');
    }
    const inner = this.alternation();
    if (this.src[this.pos] !== ')') throw new RegexPrefixError(this.src, this.pos, "')'");
    this.pos++;
    return zeroWidth ? empty() : inner;
  }

  private escape(): Prefixes {
    const c = this.src[this.pos++];
    if (c === undefined) throw new RegexPrefixError(this.src, this.pos, 'an escaped character');
    if (c === 'b' || c === 'B') return empty();
    if (c === 'p' || c === 'P' || c === 'u' || c === 'k') {
      // \p{…}, \u{…}, \uXXXX, \k<name>: skip the argument
      const m = /^(?:\{[^}]*\}|<[^>]*>|[0-9a-fA-F]{4})/.exec(this.src.slice(this.pos));
      if (m !== null) this.pos += m[0].length;
      return c === 'p' && m !== null && NO_SPACE_PROPERTIES.has(m[0]) ? skip() : unknown();
    }
    if (c === 'x') { this.pos += 2; return unknown(); }
    if (c === 'c') { this.pos += 1; return unknown(); }
    if (/[0-9]/.test(c)) { while (/[0-9]/.test(this.src[this.pos] ?? '')) this.pos++; return unknown(); }
    if (SYNTAX.has(c)) return this.literal(c.charCodeAt(0));
    if (c === 'w' || c === 'd' || c === 'S') return skip();
    return unknown(); // \s \D \W \n \t \r \f \v …
  }

  /** A class of a few literal ASCII characters is their alternation; anything else is unknown. */
  private charClass(): Prefixes {
    const chars: number[] = [];
    let known = this.src[this.pos] !== '^';
    if (!known) this.pos++;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      let c = this.src[this.pos++]!;
      if (c === '\\') {
        const e = this.src[this.pos++] ?? '';
        if (SYNTAX.has(e)) c = e;
        else {
          known = false;
          const m = /^(?:\{[^}]*\}|[0-9a-fA-F]{4})/.exec(this.src.slice(this.pos));
          if ((e === 'p' || e === 'P' || e === 'u') && m !== null) this.pos += m[0].length;
          continue;
        }
      } else if (c === '-' && chars.length > 0 && this.src[this.pos] !== ']') {
        known = false; // a range
        continue;
      }
      chars.push(c.charCodeAt(0));
    }
    if (this.src[this.pos] !== ']') throw new RegexPrefixError(this.src, this.pos, "']'");
    this.pos++;
    if (!known || chars.length === 0 || chars.length > 8) return unknown();
    let set: Prefixes = new Map();
    for (const c of chars) set = union(set, this.literal(c));
    return limit(set, this.limits);
  }
}

/** `\p{…}` classes without the space. */
const NO_SPACE_PROPERTIES = new Set(['L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'N', 'Nd', 'Nl', 'No', 'M', 'Mn', 'Mc', 'Me', 'Letter', 'Number'].map((p) => `{${p}}`));
