import type { LexiconHit } from '../vocab/lexicon.js';
import type { VictimGroup } from '../vocab/victims.js';
import type { SectorTerm } from '../vocab/sectors.js';
import type { CommodityTerm } from '../vocab/commodities.js';
import type { ActorTerm } from '../vocab/actors.js';
import type { ActorKind, Form } from '../facts/fact.js';
import type { AreaMention, PlaceMention } from '../gazetteer/mention.js';
import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { Span } from '../text/span.js';
import { lexicons } from './lexicons.js';

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

export function scanClause(text: string, clause: Span, gazetteer: Gazetteer, country: string): ClauseScan {
  const L = lexicons();
  const { start, end } = clause;
  const forms = L.forms.find(text, start, end);
  const sectors = L.sectors.find(text, start, end);
  const commodities = L.commodities.find(text, start, end);
  const areas = gazetteer.findAreas(text, start, end);
  const none: never[] = [];
  const transit = L.transit.find(text, start, end);
  const base = { start, end, text, forms, sectors, commodities, areas, transit };
  if (forms.length === 0 && sectors.length === 0 && commodities.length === 0) {
    // nothing that could be a fact of exploitation: only roles (transit, declarations) and origins matter
    return { ...base, victims: none, actors: none, named: none, hedges: none, attributions: none, trends: none, means: none, risks: none, nonFacts: none, exploits: none, complicity: none, places: none };
  }
  const named = L.named.find(text, start, end).filter((h) => !areas.some((a) => a.start <= h.start && a.end >= h.end));
  return {
    ...base,
    named,
    victims: L.victims.find(text, start, end),
    actors: L.actors.find(text, start, end),
    hedges: L.hedges.find(text, start, end),
    attributions: L.attributions.find(text, start, end),
    trends: L.trends.find(text, start, end),
    means: L.means.find(text, start, end),
    risks: L.risks.find(text, start, end),
    nonFacts: L.nonFacts.find(text, start, end),
    exploits: L.exploits.find(text, start, end),
    complicity: L.complicity.find(text, start, end),
    places: forms.length > 0 ? gazetteer.findPlaces(text, start, end, country || undefined) : [],
  };
}
