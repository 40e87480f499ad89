import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Span } from '../text/span.js';

/**
 * Stories told over several sentences name a place once and then say "there" ("…then smuggled into
 * Thailand. Once there, some are sold to boat captains"). A locative "there": before a stop or a comma,
 * or after a verb of being somewhere ("work there"); not the "there" of "there are", "while there were".
 */
const LOCATIVE_THERE = /\bthere(?=\s*(?:[,.;:)]|$))|\b(?:work(?:s|ed|ing)?|liv(?:e|es|ed|ing)|stay(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|taken|sent|brought|held|kept|exploited|forced to (?:work|stay)) there\b/i;

/** A place something happens in, people move to or come back from: "into Thailand", "in Kuwait", "to the Gulf", "returned from Russia". */
const PLACE_BEFORE = /\b(?:in|into|to|onto|inside|within|reach(?:ed|ing)?|(?:returned|returning|back|home) from)\s+(?:the\s+)?$/i;

/** How far back (characters) a "there" may point: about the sentence before. */
const LOOK_BACK = 400;

/** Whether a clause says "there" of a place named before it. */
export function saysThere(clauseText: string): boolean {
  // a cheap test first: most clauses have no "there" at all
  return (clauseText.includes('here') || clauseText.includes('HERE')) && LOCATIVE_THERE.test(clauseText);
}

/**
 * The country or region a clause's "there" points to: the last one named as where something happens
 * or where people go, in the text just before the clause (its sentence and the one before).
 */
export function placeOfThere(text: string, clause: Span, sentenceStart: number, gazetteer: Gazetteer): string | undefined {
  const from = Math.max(0, Math.min(sentenceStart, clause.start) - LOOK_BACK);
  const areas = gazetteer.findAreas(text, from, clause.start);
  for (let i = areas.length - 1; i >= 0; i--) {
    const a = areas[i];
    if (!PLACE_BEFORE.test(text.slice(Math.max(from, a.start - 24), a.start))) continue;
    return a.kind === 'country' ? a.codes[0] : a.region;
  }
  return undefined;
}
