/** A half-open range `[start, end)` of UTF-16 code units in a document's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export function span(start: number, end: number): Span {
  return { start, end };
}

export function spanText(text: string, s: Span): string {
  return text.slice(s.start, s.end);
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && a.end > b.start;
}

export function contains(outer: Span, inner: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
