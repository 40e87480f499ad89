import type { Span } from '../text/span.js';
import type { Grammar } from '../lang/grammar.js';

/**
 * The clause view: one clause read once into tokens and chunks, with offsets into the document text, so
 * that rules ask "what is the clause's verb, is it passive or negated, what follows 'in'" instead of
 * slicing text by character windows. A small chunker over closed word classes (`Grammar`), no tagger:
 * it is right on the regular prose of reports and never costs more than a pass over the clause.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token extends Span {
  readonly kind: TokenKind;
  /** Lower case (words), as written (numbers, punctuation). */
  readonly norm: string;
}

export interface VerbGroup extends Span {
  readonly voice: 'active' | 'passive';
  readonly negated: boolean;
  /** A modal verb ("may", "could") qualifies it. */
  readonly modal: boolean;
  /** Index of the group's first and last tokens. */
  readonly first: number;
  readonly last: number;
}

/** A prepositional phrase: "in gold mines", "from Mali, Guinea, and Senegal". */
export interface Phrase extends Span {
  readonly prep: string;
  /** What the preposition governs (its noun phrase or list). */
  readonly object: Span;
}

/** A coordinated list: "Mali, Guinea, and Senegal". */
export interface List extends Span {
  readonly items: readonly Span[];
}

export interface ClauseView extends Span {
  readonly tokens: readonly Token[];
  readonly verbs: readonly VerbGroup[];
  /** Before the first verb group (absent when the clause opens with its verb). */
  readonly subject?: Span;
  /** After the first verb group, up to its first phrase, sub-clause or break. */
  readonly object?: Span;
  readonly phrases: readonly Phrase[];
  readonly lists: readonly List[];
}

/** A grammar compiled for lookups: each class as a set of single words and a list of word sequences. */
interface Classes {
  readonly grammar: Grammar;
  readonly be: ReadonlySet<string>;
  readonly aux: ReadonlySet<string>;
  readonly modal: ReadonlySet<string>;
  readonly participle: ReadonlySet<string>;
  readonly verb: ReadonlySet<string>;
  readonly determiner: ReadonlySet<string>;
  /** Words of more than four letters with an adjective ending. */
  readonly adjective: RegExp;
  readonly negator: Phrases;
  readonly prep: Phrases;
  readonly sub: Phrases;
  readonly coord: Phrases;
  /** Memos of `verbCode` and `wordCode`. */
  readonly verbCodes: Map<string, number>;
  readonly wordCodes: Map<string, number>;
}

/** Word sequences by their first word. */
type Phrases = ReadonlyMap<string, readonly (readonly string[])[]>;

const compiled = new WeakMap<Grammar, Classes>();

const FORM_CODE = { base: 1, s: 2, ed: 3, ing: 4 } as const;

function classesOf(g: Grammar): Classes {
  let c = compiled.get(g);
  if (c === undefined) {
    const phrases = (list: readonly string[]): Phrases => {
      const m = new Map<string, string[][]>();
      for (const p of list) {
        const words = p.split(' ');
        m.set(words[0]!, [...(m.get(words[0]!) ?? []), words].sort((a, b) => b.length - a.length));
      }
      return m;
    };
    c = {
      grammar: g, be: new Set(g.be), aux: new Set(g.auxiliaries), modal: new Set(g.modals), participle: new Set(g.participles),
      verb: new Set(g.verbs), determiner: new Set(g.determiners), adjective: new RegExp(`^\\p{L}{3,}(?:${g.adjectiveEndings.join('|')})$`, 'u'), negator: phrases(g.negators), prep: phrases(g.prepositions), sub: phrases(g.subordinators), coord: phrases(g.coordinators), verbCodes: new Map(), wordCodes: new Map(),
    };
    compiled.set(g, c);
  }
  return c;
}

const LETTER = /\p{L}/u;
const MARK = /[\p{L}\p{M}]/u;

/** Character classes: 1 letter, 2 digit, 3 space, 0 other (punctuation). ASCII by table, the rest by Unicode property. */
function charClass(code: number, ch: string): number {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) ? 1 : code >= 48 && code <= 57 ? 2 : code <= 32 ? 3 : 0;
  if (code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0x202f) return 3;
  return LETTER.test(ch) ? 1 : 0;
}

/** Words (letters, inner marks, apostrophes, hyphens), numbers ("1,305", "55%") and single punctuation marks. */
export function tokenize(text: string, clause: Span): Token[] {
  const tokens: Token[] = [];
  let i = clause.start;
  const end = clause.end;
  while (i < end) {
    const code = text.charCodeAt(i);
    const cls = charClass(code, text[i]!);
    if (cls === 3) { i++; continue; }
    let j = i + 1;
    if (cls === 1) {
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if ((d >= 97 && d <= 122) || (d >= 65 && d <= 90) || d === 45 || d === 39 || d === 0x2019) continue;
        if (d < 128 || !MARK.test(text[j]!)) break;
      }
      tokens.push({ start: i, end: j, kind: 'word', norm: text.slice(i, j).toLowerCase() });
    } else if (cls === 2) {
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (!((d >= 48 && d <= 57) || d === 44 || d === 46)) break;
      }
      if (text.charCodeAt(j) === 37 && j < end) j++;
      tokens.push({ start: i, end: j, kind: 'number', norm: text.slice(i, j) });
    } else {
      tokens.push({ start: i, end: j, kind: 'punct', norm: text[i]! });
    }
    i = j;
  }
  return tokens;
}

/** The length in tokens of the longest sequence of `phrases` starting at token i, else 0. */
function matchAt(tokens: readonly Token[], i: number, phrases: Phrases): number {
  for (const words of phrases.get(tokens[i]!.norm) ?? []) {
    if (words.every((w, k) => tokens[i + k]?.norm === w)) return words.length;
  }
  return 0;
}

/** A word's class code (see Marks.word), remembered per grammar. */
function wordCode(norm: string, c: Classes): number {
  let code = c.wordCodes.get(norm);
  if (code === undefined) {
    code = c.be.has(norm) ? 1 : c.aux.has(norm) ? 2 : c.modal.has(norm) ? 3 : c.determiner.has(norm) ? 4 : c.adjective.test(norm) ? 5 : 0;
    if (c.wordCodes.size > 100_000) c.wordCodes.clear();
    c.wordCodes.set(norm, code);
  }
  return code;
}

/** A word's verb form code (see Marks.verb), remembered per grammar: words repeat across a corpus. */
function verbCode(norm: string, c: Classes): number {
  let code = c.verbCodes.get(norm);
  if (code === undefined) {
    const v = verbBase(norm, c);
    // a regular past form of a verb the list lacks ("enforced", "prohibited") is read as one too
    code = v ? FORM_CODE[v.form] : norm.length > 5 && norm.endsWith('ed') ? FORM_CODE.ed : 0;
    if (c.verbCodes.size > 100_000) c.verbCodes.clear();
    c.verbCodes.set(norm, code);
  }
  return code;
}

/** The base form of a verb token if it is an inflected (-s, -ed, -ing) or base form of a listed verb. */
function verbBase(norm: string, c: Classes): { base: string; form: 'base' | 's' | 'ed' | 'ing' } | undefined {
  if (c.verb.has(norm)) return { base: norm, form: 'base' };
  if (c.participle.has(norm)) return { base: norm, form: 'ed' };
  for (const [suffix, form] of [['ies', 's'], ['es', 's'], ['s', 's'], ['ied', 'ed'], ['ed', 'ed'], ['d', 'ed'], ['ing', 'ing']] as const) {
    if (!norm.endsWith(suffix)) continue;
    const stem = norm.slice(0, -suffix.length);
    for (const base of suffix.startsWith('i') ? [stem + 'y'] : [stem, stem + 'e', stem.replace(/(.)\1$/, '$1')]) {
      if (c.verb.has(base)) return { base, form };
    }
  }
  return undefined;
}

/** What each token is, worked out once per clause (the class lookups of the rules below). */
interface Marks {
  /** Length in tokens of the preposition, sub-clause word, coordinator or negator starting here (0: none). */
  readonly prep: Uint8Array;
  readonly sub: Uint8Array;
  readonly coord: Uint8Array;
  readonly neg: Uint8Array;
  /** 1 be, 2 other auxiliary, 3 modal, 4 determiner, 5 adjective (by its ending), 0 none. */
  readonly word: Uint8Array;
  /** The token's form of a listed verb: 1 base, 2 -s, 3 -ed, 4 -ing, 0 none. */
  readonly verb: Uint8Array;
}


function markTokens(tokens: readonly Token[], c: Classes): Marks {
  const n = tokens.length;
  const m: Marks = { prep: new Uint8Array(n), sub: new Uint8Array(n), coord: new Uint8Array(n), neg: new Uint8Array(n), word: new Uint8Array(n), verb: new Uint8Array(n) };
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    m.prep[i] = matchAt(tokens, i, c.prep);
    m.sub[i] = matchAt(tokens, i, c.sub);
    m.coord[i] = matchAt(tokens, i, c.coord);
    m.neg[i] = matchAt(tokens, i, c.negator);
    m.word[i] = wordCode(t.norm, c);
    m.verb[i] = verbCode(t.norm, c);
  }
  return m;
}

/** Whether token i opens a verb group: an auxiliary or modal, or a finite form of a verb after a word that can be its subject. */
function opensVerb(tokens: readonly Token[], i: number, m: Marks): boolean {
  if (m.word[i] === 1 || m.word[i] === 2 || m.word[i] === 3) return true;
  const form = m.verb[i];
  const prev = tokens[i - 1];
  if (form === 0 || form === FORM_CODE.ing || prev === undefined || prev.kind !== 'word') return false;
  // a base form after a plural noun or a relative word ("traffickers force", "who work"), not after an adjective ("domestic work")
  if (form === FORM_CODE.base) return m.sub[i - 1]! > 0 || (/[^su]s$/.test(prev.norm) && m.word[i - 1] !== 4);
  // "the forced labor", "in trafficked persons", "possible forced labor": a participle used as an adjective
  return m.word[i - 1] !== 4 && m.word[i - 1] !== 5 && m.prep[i - 1] === 0 && m.coord[i - 1] === 0;
}

/** The verb group opening at token i: auxiliaries, negators, adverbs, verb forms, and "to" + a verb ("forced to work"). */
function verbGroup(tokens: readonly Token[], i: number, m: Marks): VerbGroup {
  let last = i;
  let negated = false;
  let modal = false;
  let be = false;
  let passive = false;
  for (let j = i; j < tokens.length; ) {
    const t = tokens[j]!;
    if (m.neg[j]! > 0) { negated = true; last = j + m.neg[j]! - 1; j += m.neg[j]!; continue; }
    if (t.kind !== 'word') break;
    const w = m.word[j];
    if (w === 3) modal = true;
    else if (w === 1) be = true;
    else if (w === 2) { /* has, did */ }
    else if (m.verb[j] !== 0 && w !== 4) passive = be && m.verb[j] === FORM_CODE.ed;
    else if (!(j > i && t.norm.endsWith('ly'))) break;
    last = j;
    j++;
    // "forced to work", "continued to exploit": the infinitive belongs to the group
    if (tokens[j]?.norm === 'to' && m.verb[j + 1] === FORM_CODE.base) j++;
  }
  return { start: tokens[i]!.start, end: tokens[last]!.end, first: i, last, voice: passive ? 'passive' : 'active', negated, modal };
}

/** Where a phrase or object stops: a preposition, a sub-clause, a verb group, or a break (; : . and a comma not in a list). */
function stopsPhrase(tokens: readonly Token[], j: number, m: Marks, verbStarts: ReadonlySet<number>): boolean {
  const t = tokens[j]!;
  if (verbStarts.has(j) || m.sub[j]! > 0 || m.prep[j]! > 0) return true;
  if (t.kind !== 'punct') return false;
  if (t.norm !== ',') return t.norm !== '-' && t.norm !== '/';
  // a comma goes on in a list ("in mines, farms, and factories") when a word, not a verb or sub-clause, follows
  const next = tokens[j + 1];
  return next === undefined || next.kind === 'punct' || verbStarts.has(j + 1) || m.sub[j + 1]! > 0;
}

/** Token range [from, to] of a chunk. */
interface Range { readonly from: number; readonly to: number }

/** The chunk from token i up to (not including) the token where `stopsPhrase` holds, or undefined when empty. */
function phraseFrom(tokens: readonly Token[], i: number, m: Marks, verbStarts: ReadonlySet<number>): { range: Range; next: number } | undefined {
  let j = i;
  while (j < tokens.length && !stopsPhrase(tokens, j, m, verbStarts)) j++;
  let to = j - 1;
  while (to >= i && tokens[to]!.kind === 'punct') to--;
  return to < i ? undefined : { range: { from: i, to }, next: j };
}

const spanOf = (tokens: readonly Token[], r: Range): Span => ({ start: tokens[r.from]!.start, end: tokens[r.to]!.end });

/** The items of a chunk joined by commas and coordinators, when there are two or more. */
function listIn(tokens: readonly Token[], r: Range, m: Marks): List | undefined {
  const items: Span[] = [];
  let from = -1;
  const close = (to: number) => {
    if (from >= 0 && to >= from) items.push(spanOf(tokens, { from, to }));
    from = -1;
  };
  for (let j = r.from; j <= r.to; j++) {
    if (tokens[j]!.norm === ',' || m.coord[j]! > 0) {
      close(j - 1);
      j += Math.max(0, m.coord[j]! - 1);
      continue;
    }
    if (from < 0) from = j;
  }
  close(r.to);
  return items.length >= 2 ? { ...spanOf(tokens, r), items } : undefined;
}

/** Reads one clause into its view. */
export function clauseView(text: string, clause: Span, grammar: Grammar): ClauseView {
  const c = classesOf(grammar);
  const tokens = tokenize(text, clause);
  const m = markTokens(tokens, c);
  const verbs: VerbGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!opensVerb(tokens, i, m)) continue;
    const g = verbGroup(tokens, i, m);
    // adverbs right before the verb are its own ("allegedly continued", "reportedly produced")
    let first = i;
    while (first > 0 && tokens[first - 1]!.kind === 'word' && tokens[first - 1]!.norm.endsWith('ly') && (verbs.at(-1)?.last ?? -1) < first - 1) first--;
    verbs.push(first === i ? g : { ...g, first, start: tokens[first]!.start });
    i = g.last;
  }
  const verbStarts = new Set(verbs.map((v) => v.first));
  const phrases: (Phrase & { readonly range: Range })[] = [];
  const lists: List[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const n = m.prep[i]!;
    if (n === 0) continue;
    const object = phraseFrom(tokens, i + n, m, verbStarts);
    if (object === undefined) continue;
    const objectSpan = spanOf(tokens, object.range);
    phrases.push({ start: tokens[i]!.start, end: objectSpan.end, prep: tokens.slice(i, i + n).map((t) => t.norm).join(' '), object: objectSpan, range: { from: i, to: object.range.to } });
    const list = listIn(tokens, object.range, m);
    if (list) lists.push(list);
    i = object.next - 1;
  }
  const main = verbs[0];
  const subject = main ? subjectBefore(tokens, main.first, m) : undefined;
  const object = main ? phraseFrom(tokens, main.last + 1, m, verbStarts)?.range : undefined;
  for (const r of [subject, object]) {
    if (r === undefined) continue;
    // the head part only: a phrase inside the chunk has its own list ("boys from A, B, and C")
    const inner = phrases.find((p) => p.range.from >= r.from && p.range.to <= r.to);
    const list = listIn(tokens, inner ? { from: r.from, to: inner.range.from - 1 } : r, m);
    if (list) lists.push(list);
  }
  lists.sort((a, b) => a.start - b.start);
  return {
    start: clause.start, end: clause.end, tokens, verbs, phrases: phrases.map(({ range: _r, ...p }) => p), lists,
    ...(subject ? { subject: spanOf(tokens, subject) } : {}), ...(object ? { object: spanOf(tokens, object) } : {}),
  };
}

/** The subject of the verb at token v: back to the clause's start, or to the sub-clause word or ", but" that opens its own clause. */
function subjectBefore(tokens: readonly Token[], v: number, m: Marks): Range | undefined {
  let from = 0;
  for (let j = v - 1; j > 0; j--) {
    if (m.sub[j]! > 0 || (tokens[j]!.norm === 'but' && tokens[j - 1]!.norm === ',')) { from = j + 1; break; }
  }
  while (from < v && tokens[from]!.kind === 'punct') from++;
  return from < v ? { from, to: v - 1 } : undefined;
}
