import type { LexiconHit } from '../vocab/lexicon.js';
import type { VictimGroup } from '../vocab/victims.js';
import type { SectorTerm } from '../vocab/sectors.js';
import type { CommodityTerm } from '../vocab/commodities.js';
import type { ActorTerm } from '../vocab/actors.js';
import type { ActorKind, Form } from '../facts/fact.js';
import type { AreaMention, PlaceMention } from '../gazetteer/mention.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Span } from '../text/span.js';
import { clauseLexicons, lexicons } from './lexicons.js';
import { governingHedges } from './hedge-scope.js';
import type { Grammar } from '../lang/grammar.js';

/** Everything the vocabularies and gazetteers find in one clause (stage: scan). */
export interface ClauseScan extends Span {
  readonly text: string;
  readonly forms: readonly LexiconHit<Form>[];
  readonly victims: readonly LexiconHit<VictimGroup>[];
  readonly sectors: readonly LexiconHit<SectorTerm>[];
  readonly commodities: readonly LexiconHit<CommodityTerm>[];
  readonly actors: readonly LexiconHit<ActorTerm>[];
  readonly named: readonly LexiconHit<{ readonly actor: ActorKind; readonly name: string }>[];
  readonly hedges: readonly LexiconHit<string>[];
  readonly attributions: readonly LexiconHit<string>[];
  readonly trends: readonly LexiconHit<'increase' | 'decrease'>[];
  readonly means: readonly LexiconHit<string>[];
  readonly risks: readonly LexiconHit<string>[];
  readonly nonFacts: readonly LexiconHit<string>[];
  readonly exploits: readonly LexiconHit<string>[];
  readonly complicity: readonly LexiconHit<string>[];
  readonly transit: readonly LexiconHit<string>[];
  readonly areas: readonly AreaMention[];
  readonly places: readonly PlaceMention[];
}

const NONE: readonly never[] = Object.freeze([]);

/** Whether the form lexicon finds a form in the clause (the gate for clauses without a cue word). */
export function namesForm(text: string, clause: Span): boolean {
  return lexicons().forms.find(text, clause.start, clause.end).length > 0;
}

export function scanClause(text: string, clause: Span, gazetteer: Gazetteer, country: string, grammar: Grammar): ClauseScan {
  const G = clauseLexicons();
  const { start, end } = clause;
  const { forms, sectors, commodities, transit } = G.topic.find(text, start, end);
  const areas = gazetteer.findAreas(text, start, end);
  // object literals, not spreads: this runs for every topical clause
  if (forms.length === 0 && sectors.length === 0 && commodities.length === 0) {
    // nothing that could be a fact of exploitation: only roles (transit, declarations) and origins matter
    return {
      start, end, text, forms, sectors, commodities, areas, transit,
      victims: NONE, actors: NONE, named: NONE, hedges: NONE, attributions: NONE, trends: NONE, means: NONE, risks: NONE, nonFacts: NONE, exploits: NONE, complicity: NONE, places: NONE,
    };
  }
  const d = G.detail.find(text, start, end);
  const named = areas.length === 0 ? d.named : d.named.filter((h) => !areas.some((a) => a.start <= h.start && a.end >= h.end));
  return {
    start, end, text, forms, sectors, commodities, areas, transit,
    named,
    victims: d.victims,
    actors: d.actors,
    // most clauses have no hedge: the spans it may qualify are gathered only for those that do
    hedges: d.hedges.length === 0 ? d.hedges : governingHedges(text, clause, d.hedges, [...forms, ...d.actors, ...d.victims, ...d.complicity, ...named], grammar),
    attributions: d.attributions,
    trends: d.trends,
    means: d.means,
    risks: d.risks,
    nonFacts: d.nonFacts,
    exploits: d.exploits,
    complicity: d.complicity,
    places: forms.length > 0 ? gazetteer.findPlaces(text, start, end, country || undefined) : [],
  };
}
