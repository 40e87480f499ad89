import type { PageRange } from '../read/source-document.js';

/** A country narrative heading of a whole report: "MALI: Tier 2 Watch List", "MAURITANIA (Tier 2)", "LIBYA: Special Case". */
export interface NarrativeHeading {
  /** The country name as written in the heading ("COTE D’IVOIRE"). */
  readonly name: string;
  /** "Tier 2 Watch List", "Special Case"… */
  readonly tier: string;
  /** Offset of the heading line's start. */
  readonly start: number;
}

/** One country narrative of a whole report: `[start, end)` of the report's text. */
export interface ReportPart {
  readonly heading: NarrativeHeading;
  readonly start: number;
  readonly end: number;
}

/** A heading line: upper-case country name, then ": Tier …" or " (Tier …)". Section headings (TRAFFICKING PROFILE) do not match. */
const HEADING = /^[ \t]*([^\n:()]{2,70}?)[ \t]*(?::[ \t]*|[ \t]+\([ \t]*)(tier[ \t]+(?:1|2|3)(?:[ \t]+watch[ \t]+list)?|special[ \t]+case)[ \t]*\)?[ \t]*\r?$/gim;

export function findNarrativeHeadings(text: string): NarrativeHeading[] {
  const out: NarrativeHeading[] = [];
  for (const m of text.matchAll(HEADING)) {
    const name = m[1].trim();
    if (!/[A-Z]{2}/.test(name) || name !== name.toUpperCase()) continue;
    out.push({ name, tier: m[2].replace(/\s+/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase()), start: m.index });
  }
  return out;
}

/**
 * Splits a whole report into its country narratives, each from its heading to the next heading
 * (trailing white space left out). Text before the first heading (the report's introduction) is not part
 * of any narrative. Fewer than two headings: not a whole report, returns [].
 */
export function splitReport(text: string): ReportPart[] {
  const headings = findNarrativeHeadings(text);
  if (headings.length < 2) return [];
  return headings.map((heading, i) => {
    const next = i + 1 < headings.length ? headings[i + 1].start : text.length;
    let end = next;
    while (end > heading.start && /\s/.test(text[end - 1])) end--;
    return { heading, start: heading.start, end };
  });
}

/** The pages that cover `[start, end)`, re-based so that offsets index the part's own text. */
export function partPages(pages: readonly PageRange[], start: number, end: number): PageRange[] {
  return pages
    .filter((p) => p.start < end && p.end > start)
    .map((p) => ({ page: p.page, start: Math.max(p.start, start) - start, end: Math.min(p.end, end) - start }));
}
