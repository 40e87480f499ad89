import type { Span } from '../text/span.js';
import type { LexiconHit } from '../vocab/lexicon.js';
import type { Grammar } from '../lang/grammar.js';
import { clauseView } from './clause-view.js';

/**
 * Stage rule (hedging belongs to what the hedge qualifies): the hedges of a clause that qualify its
 * statement. A hedge word inside a prepositional phrase that names no form ("screened for potential
 * victims", "a list of possible indicators") qualifies that phrase's noun, not the exploitation the
 * clause states (a phrase naming a form, an actor, a victim group or complicity keeps it: "the alleged
 * official complicity"); every other hedge (in or beside the verb group, opening the clause, before a form:
 * "reportedly forced", "Allegedly, …", "subjected to possible forced labor") stands.
 */
export function governingHedges<V>(text: string, clause: Span, hedges: readonly LexiconHit<V>[], facts: readonly Span[], grammar: Grammar): readonly LexiconHit<V>[] {
  const view = clauseView(text, clause, grammar);
  return hedges.filter((h) => {
    const phrase = view.phrases.find((p) => p.object.start <= h.start && h.end <= p.object.end);
    return phrase === undefined || facts.some((f) => f.start >= phrase.object.start && f.end <= phrase.object.end);
  });
}
