import type { Span } from '../text/span.js';
import { lineOf } from '../text/location.js';
import { compileLexicon, type Lexicon } from '../vocab/lexicon.js';
import { EVIDENCE_CUES, RECOMMENDATION_MARK, SECTION_CUES, type EvidenceCue } from '../vocab/evidence-cues.js';

let cues: Lexicon<number> | undefined;
function cueLexicon(): Lexicon<number> {
  cues ??= compileLexicon(Object.fromEntries(Object.entries(EVIDENCE_CUES).map(([k, c]: [string, EvidenceCue]) => [k, { pattern: c.pattern, value: c.weight }])));
  return cues;
}

/**
 * How well a clause serves as evidence of what it states: the sum of the weights of the distinct
 * cues it holds (src/vocab/evidence-cues.ts), minus 3 for a recommendation or list item.
 */
export function evidenceStrength(text: string, clause: Span): number {
  let score = 0;
  const seen = new Set<string>();
  for (const hit of cueLexicon().find(text, clause.start, clause.end)) {
    if (seen.has(hit.key)) continue;
    seen.add(hit.key);
    score += hit.value;
  }
  const lineStart = lineStartOf(text, clause.start);
  if (RECOMMENDATION_MARK.test(text.slice(lineStart, Math.min(clause.end, lineStart + 16)))) score -= 3;
  return score;
}

/** Where the line holding `at` starts: a look back of at most 16 characters, else a search over the line starts of the text (found once per text). */
function lineStartOf(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && i >= at - 16; i--) if (text.charCodeAt(i) === 10) return i + 1;
  if (at <= 16) return 0;
  const starts = lineStarts(text);
  return starts[lineOf(starts, at)];
}

let cachedText = '';
let cachedStarts: number[] = [0];
function lineStarts(text: string): number[] {
  if (text !== cachedText) {
    cachedStarts = [0];
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) cachedStarts.push(i + 1);
    cachedText = text;
  }
  return cachedStarts;
}

/**
 * A heading rather than a statement: a line of at most ten words, without a final stop, whose
 * words of four letters or more all start with a capital ("Prohibition of Forced or Compulsory
 * Labor", also after a list mark such as "b."). Headings name topics; they state no fact.
 */
const LINE_END = /[ \t\r]*(?:\n|$)/y;

export function isHeading(text: string, clause: Span): boolean {
  const s = text.slice(clause.start, clause.end).trim();
  if (!s || /[.;:!?]$/.test(s)) return false;
  // only a list mark may come before it on its line, and nothing after it
  const lineStart = lineStartOf(text, clause.start);
  if (clause.start - lineStart > 8 || !/^\s*(?:[\p{L}\d]{1,3}[.)]\s+)?$/u.test(text.slice(lineStart, clause.start))) return false;
  LINE_END.lastIndex = clause.end;
  if (!LINE_END.test(text)) return false;
  const words = s.split(/\s+/);
  if (words.length > 10) return false;
  const long = words.filter((w) => /^\p{L}{4,}/u.test(w));
  return long.length > 0 && long.every((w) => /^\p{Lu}/u.test(w));
}

/** Where each listed section starts and the weight it gives its clauses (src/vocab/evidence-cues.ts), in text order. */
export interface SectionWeight {
  readonly start: number;
  readonly weight: number;
  readonly ruleId: string;
}

const SECTIONS = Object.entries(SECTION_CUES).map(([key, c]) => ({ key, weight: c.weight, re: new RegExp(c.pattern, 'gm') }));

export function sectionWeights(text: string): SectionWeight[] {
  const out: SectionWeight[] = [];
  for (const s of SECTIONS) for (const m of text.matchAll(s.re)) out.push({ start: m.index, weight: s.weight, ruleId: `section:${s.key}` });
  return out.sort((a, b) => a.start - b.start);
}

/** The weight of the section holding `offset` (0 before the first listed heading). */
export function sectionWeightAt(sections: readonly SectionWeight[], offset: number): number {
  let w = 0;
  for (const s of sections) {
    if (s.start > offset) break;
    w = s.weight;
  }
  return w;
}
