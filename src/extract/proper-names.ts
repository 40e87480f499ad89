/**
 * Institution names in report prose: two or more capitalised words, joined by of/for/the/and/on/in/by/or/
 * against/to ("the National Directorate for the Protection of Children and Families"). Their words
 * are neither verbs of the clause nor actors of their own.
 */
const PROPER_NAME = /\b\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|the|and|on|against|to|in|by|or)\s+)*\p{Lu}[\p{L}'’-]*)+/gu;

/** The text with institution names replaced by spaces (offsets kept). */
export function blankNames(text: string): string {
  return text.replace(PROPER_NAME, (m) => ' '.repeat(m.length));
}

/**
 * Whether text[start,end) lies inside an institution name, looking back at most to `from`: not its
 * first word, or with `orFirst` also its first words when the name goes on after them ("the Bonded
 * Labor System Act", "the Forced Labor Convention").
 */
export function insideName(text: string, start: number, end: number, from: number, orFirst = false): boolean {
  const c = text.charCodeAt(start);
  if (!(c >= 65 && c <= 90)) return false;
  // PROPER_NAME is global and this is synchronous: its lastIndex is set here, used here, and reset by replace()
  PROPER_NAME.lastIndex = Math.max(from, start - 80);
  for (let m = PROPER_NAME.exec(text); m !== null && m.index <= start; m = PROPER_NAME.exec(text)) {
    const nameEnd = m.index + m[0].length;
    if (m.index < start && nameEnd >= end) return true;
    if (orFirst && m.index === start && nameEnd > end) return true;
  }
  return false;
}

/** Whether text[start] lies inside a web address ("https://www.state.gov/trafficking-in-persons-report/"), looking back at most to `from`. */
export function insideUrl(text: string, start: number, from: number): boolean {
  let i = start;
  while (i > from && !/\s/.test(text[i - 1]!)) i--;
  const token = text.slice(i, start);
  return token.includes('://') || token.startsWith('www.');
}
