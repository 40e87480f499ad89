import type { Span } from '../text/span.js';

/** The facts contract (shared/spec/facts.md, version 1): what `tip-atlas facts` prints. */
export type Form =
  | 'sex_trafficking' | 'forced_labor' | 'domestic_servitude' | 'debt_bondage' | 'forced_begging'
  | 'hereditary_slavery' | 'child_soldiering' | 'sexual_slavery' | 'forced_marriage'
  | 'forced_criminality' | 'organ_removal' | 'trafficking';

export type Sex = 'female' | 'male' | 'unknown';
export type Age = 'adult' | 'child' | 'unknown';

export type Sector =
  | 'agriculture' | 'animal_husbandry' | 'fishing' | 'forestry' | 'mining' | 'construction'
  | 'manufacturing' | 'domestic_work' | 'hospitality' | 'entertainment' | 'begging'
  | 'street_vending' | 'informal_commerce' | 'transportation' | 'armed_conflict'
  | 'illicit_activities' | 'other';

export type ActorKind =
  | 'family' | 'religious_teacher' | 'community' | 'employer' | 'recruitment_agency'
  | 'armed_group' | 'state_forces' | 'official' | 'government' | 'criminal_group' | 'client';

export type Role = 'origin' | 'transit' | 'destination';

export type Qualifier = 'exact' | 'at_least' | 'more_than' | 'approx' | 'fewer_than' | 'up_to';

/** ISO 3166-1 alpha-2 code, or a region id such as `west_africa`. */
export type Area = string;

interface FactBase {
  readonly evidence: Span;
}

export interface FlowFact extends FactBase { readonly type: 'flow'; readonly form: Form; readonly from: Area; readonly to: Area }
export interface VictimFact extends FactBase { readonly type: 'victim'; readonly form: Form; readonly sex: Sex; readonly age: Age }
export interface SectorFact extends FactBase { readonly type: 'sector'; readonly form: Form; readonly sector: Sector }
export interface CommodityFact extends FactBase { readonly type: 'commodity'; readonly form: Form; readonly commodity: string }
export interface ActorFact extends FactBase { readonly type: 'actor'; readonly form: Form; readonly actor: ActorKind; readonly name?: string }
export interface PlaceFact extends FactBase { readonly type: 'place'; readonly form: Form; readonly place: string; readonly country: string }
export interface RoleFact extends FactBase { readonly type: 'role'; readonly country: string; readonly role: Role }
export interface StatisticFact extends FactBase {
  readonly type: 'statistic'; readonly value: number; readonly qualifier: Qualifier; readonly year?: number; readonly subject: string;
}

export type Fact = FlowFact | VictimFact | SectorFact | CommodityFact | ActorFact | PlaceFact | RoleFact | StatisticFact;
export type FactType = Fact['type'];

export const FACT_TYPES: readonly FactType[] = ['flow', 'victim', 'sector', 'commodity', 'actor', 'place', 'role', 'statistic'];

/** What `tip-atlas facts` prints for one document. */
export interface FactsDocument {
  readonly doc: string;
  readonly country: string;
  readonly facts: readonly Fact[];
}

/** A fact before its evidence is known (distributes over the union). */
export type FactDraft = Fact extends infer F ? (F extends Fact ? Omit<F, 'evidence'> : never) : never;
