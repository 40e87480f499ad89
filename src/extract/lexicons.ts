import { compileLexicon, lexiconGroup, type Lexicon, type LexiconGroup, type LexiconTable } from '../vocab/lexicon.js';
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

/** Every vocabulary compiled once, at first use, into matchers. */
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

/** The table behind each lexicon (named armed groups are matched case-sensitively). */
export const LEXICON_TABLES: { readonly [K in keyof Lexicons]: Lexicons[K] extends Lexicon<infer V> ? LexiconTable<V> : never } = {
  forms: FORM_TERMS,
  victims: VICTIM_TERMS,
  sectors: SECTOR_TERMS,
  commodities: COMMODITY_TERMS,
  actors: ACTOR_TERMS,
  named: Object.fromEntries(Object.entries(NAMED_ACTORS).map(([k, e]) => [k, { ...e, caseSensitive: true }])),
  hedges: HEDGE_TERMS,
  attributions: ATTRIBUTION_TERMS,
  trends: TREND_TERMS,
  means: MEANS_TERMS,
  risks: RISK_TERMS,
  nonFacts: NON_FACT_TERMS,
  exploits: EXPLOIT_TERMS,
  complicity: COMPLICITY_TERMS,
  transit: TRANSIT_TERMS,
  qualifiers: QUALIFIER_TERMS,
};

let cached: Lexicons | undefined;

export function lexicons(): Lexicons {
  cached ??= Object.fromEntries(Object.entries(LEXICON_TABLES).map(([name, table]) => [name, compileLexicon(table as LexiconTable<unknown>)])) as unknown as Lexicons;
  return cached;
}

/** The lexicons a clause scan needs, grouped by stage so that each stage is one pass over the clause. */
export interface ClauseLexicons {
  /** Always scanned: what makes a clause about exploitation, and transit. */
  readonly topic: LexiconGroup<Pick<Lexicons, 'forms' | 'sectors' | 'commodities' | 'transit'>>;
  /** Scanned only in clauses that name a form, sector or good. */
  readonly detail: LexiconGroup<Pick<Lexicons, 'named' | 'victims' | 'actors' | 'hedges' | 'attributions' | 'trends' | 'means' | 'risks' | 'nonFacts' | 'exploits' | 'complicity'>>;
}

let groups: ClauseLexicons | undefined;

export function clauseLexicons(): ClauseLexicons {
  if (groups === undefined) {
    const L = lexicons();
    groups = {
      topic: lexiconGroup({ forms: L.forms, sectors: L.sectors, commodities: L.commodities, transit: L.transit }),
      detail: lexiconGroup({
        named: L.named, victims: L.victims, actors: L.actors, hedges: L.hedges, attributions: L.attributions, trends: L.trends,
        means: L.means, risks: L.risks, nonFacts: L.nonFacts, exploits: L.exploits, complicity: L.complicity,
      }),
    };
  }
  return groups;
}
