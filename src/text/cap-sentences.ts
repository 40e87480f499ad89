import type { Span } from './span.js';
import { isSpace, type Sentence } from './segment.js';

/**
 * Bounds on what one rule pass reads. A report's longest clause is about 500 characters and its
 * longest sentence about 2,700; text with no sentence end (a PDF text layer without full stops, a
 * hostile upload) would otherwise make one clause of the whole document, and every rule that looks
 * across a clause would cost its length once per match.
 */
export interface SpanCaps {
  readonly sentence: number;
  readonly clause: number;
}

export const SPAN_CAPS: SpanCaps = { sentence: 6_000, clause: 2_000 };

/** Sentences with every sentence and clause within the caps, and the spans that had to be cut. */
export interface CappedSentences {
  readonly sentences: readonly Sentence[];
  /** The sentences or clauses longer than their cap, as they were before cutting. */
  readonly cut: readonly Span[];
}

/**
 * Cuts sentences and clauses longer than their cap into windows at word boundaries (at most the cap
 * each, the cut at the last space of the window's second half, else at the cap). Linear in the text.
 */
export function capSentences(text: string, sentences: readonly Sentence[], caps: SpanCaps = SPAN_CAPS): CappedSentences {
  const cut: Span[] = [];
  const out: Sentence[] = [];
  for (const s of sentences) {
    const long = s.end - s.start > caps.sentence;
    if (!long && s.clauses.every((c) => c.end - c.start <= caps.clause)) {
      out.push(s);
      continue;
    }
    if (long) cut.push({ start: s.start, end: s.end });
    for (const piece of long ? windows(text, s, caps.sentence) : [s]) {
      const clauses: Span[] = [];
      for (const c of s.clauses) {
        const start = Math.max(c.start, piece.start);
        const end = Math.min(c.end, piece.end);
        if (end <= start) continue;
        if (end - start > caps.clause) {
          if (!long) cut.push(c);
          clauses.push(...windows(text, { start, end }, caps.clause));
        } else clauses.push({ start, end });
      }
      out.push({ start: piece.start, end: piece.end, clauses });
    }
  }
  return { sentences: out, cut };
}

/** Consecutive windows of at most `max` characters covering the span, each ending at a space where one is near. */
export function windows(text: string, span: Span, max: number): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > max) {
    let end = start + max;
    const floor = start + Math.floor(max / 2);
    // the window may end where a word ends (a space right after it), else at the last space inside it
    while (end > floor && !isSpace(text.charCodeAt(end)) && !isSpace(text.charCodeAt(end - 1))) end--;
    if (end === floor) end = start + max;
    out.push({ start, end: trimEnd(text, start, end) });
    start = end;
    while (start < span.end && isSpace(text.charCodeAt(start))) start++;
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start + 1 && isSpace(text.charCodeAt(end - 1))) end--;
  return end;
}
