import type { Span } from './span.js';

/** A 1-based line and column, derived on demand from an offset; never stored as truth. */
export interface Point {
  readonly line: number;
  readonly column: number;
  readonly offset: number;
}

/** Converts offsets to line/column for one text (vfile-location style: index built lazily once). */
export class Location {
  #lineStarts: number[] | undefined;
  constructor(readonly text: string) {}

  #starts(): number[] {
    if (this.#lineStarts) return this.#lineStarts;
    const starts = [0];
    const t = this.text;
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && t.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.#lineStarts = starts;
    return starts;
  }

  toPoint(offset: number): Point {
    const starts = this.#starts();
    const o = Math.max(0, Math.min(offset, this.text.length));
    const line = lineOf(starts, o);
    return { line: line + 1, column: o - starts[line] + 1, offset: o };
  }

  toRange(s: Span): { readonly start: Point; readonly end: Point } {
    return { start: this.toPoint(s.start), end: this.toPoint(s.end) };
  }
}

/** The index of the last line start at or before `offset` (`starts` ascending, starting with 0): a binary search. */
export function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
