import { compileLexicon, type Lexicon } from '../vocab/lexicon.js';
import { FORM_TERMS } from '../vocab/forms.js';
import { VICTIM_TERMS, type VictimGroup } from '../vocab/victims.js';
import { SECTOR_TERMS, type SectorTerm } from '../vocab/sectors.js';
import { COMMODITY_TERMS, type CommodityTerm } from '../vocab/commodities.js';
import { ACTOR_TERMS, NAMED_ACTORS, type ActorTerm } from '../vocab/actors.js';
import {
  HEDGE_TERMS, ATTRIBUTION_TERMS, TREND_TERMS, MEANS_TERMS, RISK_TERMS, EXPLOIT_TERMS,
  COMPLICITY_TERMS, TRANSIT_TERMS, QUALIFIER_TERMS, NON_FACT_TERMS,
} from '../vocab/cues.js';
import type { ActorKind, Form, Qualifier } from '../facts/fact.js';

/** Every vocabulary compiled once, at module load, into matchers. */
export interface Lexicons {
  readonly forms: Lexicon<Form>;
  readonly victims: Lexicon<VictimGroup>;
  readonly sectors: Lexicon<SectorTerm>;
  readonly commodities: Lexicon<CommodityTerm>;
  readonly actors: Lexicon<ActorTerm>;
  readonly named: Lexicon<{ readonly actor: ActorKind; readonly name: string }>;
  readonly hedges: Lexicon<string>;
  readonly attributions: Lexicon<string>;
  readonly trends: Lexicon<'increase' | 'decrease'>;
  readonly means: Lexicon<string>;
  readonly risks: Lexicon<string>;
  readonly nonFacts: Lexicon<string>;
  readonly exploits: Lexicon<string>;
  readonly complicity: Lexicon<string>;
  readonly transit: Lexicon<string>;
  readonly qualifiers: Lexicon<Exclude<Qualifier, 'exact'>>;
}

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  cached ??= {
    forms: compileLexicon(FORM_TERMS),
    victims: compileLexicon(VICTIM_TERMS),
    sectors: compileLexicon(SECTOR_TERMS),
    commodities: compileLexicon(COMMODITY_TERMS),
    actors: compileLexicon(ACTOR_TERMS),
    named: compileLexicon(Object.fromEntries(Object.entries(NAMED_ACTORS).map(([k, e]) => [k, { ...e, caseSensitive: true }]))),
    hedges: compileLexicon(HEDGE_TERMS),
    attributions: compileLexicon(ATTRIBUTION_TERMS),
    trends: compileLexicon(TREND_TERMS),
    means: compileLexicon(MEANS_TERMS),
    risks: compileLexicon(RISK_TERMS),
    nonFacts: compileLexicon(NON_FACT_TERMS),
    exploits: compileLexicon(EXPLOIT_TERMS),
    complicity: compileLexicon(COMPLICITY_TERMS),
    transit: compileLexicon(TRANSIT_TERMS),
    qualifiers: compileLexicon(QUALIFIER_TERMS),
  };
  return cached;
}
