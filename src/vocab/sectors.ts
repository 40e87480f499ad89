import type { Sector } from '../facts/fact.js';

export interface SectorTerm {
  readonly sector: Sector;
  /** Only a sector in these contexts (armed-conflict roles need a child-soldiering clause). */
  readonly needs?: 'armed';
  /** The term alone (no form named) implies this form: work settings → forced labor, bars and clubs → trafficking, crimes → forced criminality. */
  readonly impliedForm: 'forced_labor' | 'trafficking' | 'forced_criminality';
  /** In a child-soldiering clause the term is a child soldier's role with this sector instead (porters). */
  readonly armedSector?: Sector;
}

const s = (sector: Sector, impliedForm: SectorTerm['impliedForm'] = 'forced_labor', needs?: 'armed'): SectorTerm => ({ sector, impliedForm, ...(needs ? { needs } : {}) });

/** Work settings named in report prose, folded to CTDC's type of labour (extended). Key = rule id. */
export const SECTOR_TERMS: Readonly<Record<string, { readonly pattern: string; readonly value: SectorTerm }>> = {
  'agriculture': { pattern: `agricultur(?:e|al)(?: (?:sector|work|labou?r(?:ers)?|settings|fields|production|plantations))?|farms?(?: work| labou?r(?:ers)?| hands)?|farmhands|field hands|farming|farmworkers|plantations?|cultivation|harvest(?:s|ing)?|crop(?:s| production)|field labou?r`, value: s('agriculture') },
  'domestic-and-agricultural': { pattern: `domestic and agricultural (?:labou?r(?:ers)?|work(?:ers)?)`, value: s('domestic_work') },
  'animal-husbandry': { pattern: `animal husbandry|(?:cattle |camel |goat |livestock )?herd(?:ing|ers|smen)|livestock(?: (?:rearing|farming|raising))?|cattle (?:farms?|ranch(?:es|ing)?|raising)|shepherds?|pastoral(?:ism)?`, value: s('animal_husbandry') },
  'fishing': { pattern: `fish(?:ing)? (?:vessels?|boats?|industry|sector|fleets?|platforms?)|fishing|fisheries|fishermen|maritime(?: (?:sector|industry))?|aquaculture|seafood processing|fish processing`, value: s('fishing') },
  'forestry': { pattern: `logging|forestry|timber(?: industry)?|lumber|wood cutting|charcoal (?:production|making|burning)`, value: s('forestry') },
  'mining': { pattern: `min(?:es|e|ing)(?: (?:sites?|sector|communities|camps|areas|pits|operations|towns|zones))?|miners|(?:gold )?panners|(?<!palm )oil|quarr(?:y|ies|ying)|rock breaking|stone (?:crushing|breaking)|gold panning|oil (?:fields|industry|sector)`, value: s('mining') },
  'construction': { pattern: `construction(?: (?:sites?|sector|industry|work))?|building sites`, value: s('construction') },
  'manufacturing': { pattern: `factor(?:y|ies)|manufactur(?:ing|e)|textiles?(?: (?:industry|sector|factories))?|garments?(?: (?:industry|sector|factories))?|sweatshops?|brick kilns?|brick(?:-| )?making|kilns|carpet weaving|ceramics|pottery|industrial sectors|industrial(?=,? (?:and |or )?(?:[\\w-]+,? (?:and |or )?){0,6}(?:sectors|industries))|industry(?= sectors)`, value: s('manufacturing') },
  'domestic-work': { pattern: `domestic (?:work(?:ers)?|labou?r(?:ers)?|services?|servants?|help(?:ers)?|employment|chores)|domestics|housemaids?|house ?maids?|housekeepers?|housework|household work|nannies|caregivers|domestic(?=(?:,| and| or) (?:[\\w-]+,? (?:and |or )?){0,6}(?:sectors|industries))`, value: s('domestic_work') },
  'hospitality': { pattern: `bars?|hotels?|restaurants?|massage (?:parlou?rs|businesses|salons)|guesthouses|guest houses|hospitality(?: (?:sector|industry))?|tourism (?:sector|industry)|lodges|motels|food services?(?: (?:sector|industry))?|catering(?! to\\b)`, value: s('hospitality', 'trafficking') },
  'entertainment': { pattern: `night ?clubs?|entertainment(?: (?:sector|industry|venues|establishments))?|karaoke(?: bars| clubs| venues)?|strip clubs|dance (?:clubs|halls)|casinos`, value: s('entertainment', 'trafficking') },
  'begging': { pattern: `beggars|begging`, value: s('begging') },
  'street-vending': { pattern: `(?:street |market )?vend(?:ing|ors)|hawk(?:ing|ers)|peddl(?:ing|ers)|street sellers|selling (?:goods|items|wares) (?:on|in) the streets?`, value: s('street_vending') },
  'informal-commerce': { pattern: `informal (?:commercial )?(?:sector|economy|commerce|trade)|commercial sector|retail(?: (?:sector|shops|stores))?|grocery(?: stores?)?|shops|stores|markets?|marketplaces|petty trad(?:e|ing)|small businesses`, value: s('informal_commerce') },
  'transportation': { pattern: `transportation(?: (?:sector|industry))?|transport (?:sector|industry)|cart (?:pulling|pushers)|truck(?:ing|s)|(?:truck|taxi|motorbike|motorcycle|bus) driving|bus (?:stations|conductors)|minibus`, value: s('transportation') },
  'portering': { pattern: `portering|porters|carry (?:\\w+ )?(?:supplies|loads|goods|equipment|ammunition)`, value: { ...s('transportation'), armedSector: 'armed_conflict' } },
  'armed-conflict': { pattern: `(?:non)?combat(?:ants?| roles| operations)?|military activities|checkpoints|(?:logistical |other )?support roles|patrols|guards|spies|messengers|couriers|cooks|bodyguards|fighters|front ?lines|informants|human shields|suicide (?:bombers|attacks|bombings)|lookouts|scouts|to (?:fight|spy)(?! against)`, value: s('armed_conflict', 'forced_labor', 'armed') },
  'illicit-activities': { pattern: `mineral smuggling|scam (?:compounds|centers|centres|operations)|(?:cyber|online)[- ]?scam(?:s| operations| compounds)?|illicit activities|criminal activities|drug (?:production|cultivation|dealing|sales?|trafficking|smuggling|transport(?:ation|ers)?|couriers|smugglers|mules)|(?:sell(?:ing)?|transport(?:ing)?|smuggl(?:e|ing)) drugs|street crime|petty (?:theft|crimes?)|(?<!forced )criminality|theft|thievery|pickpocket(?:ing|s)?|shoplifting|burglary|robber(?:y|ies)|(?<=\\bto )steal`, value: s('illicit_activities', 'forced_criminality') },
  'other': { pattern: `sanitation|cleaners|shoe ?shin(?:ing|ers)|car wash(?:ing|es)?|cleaning(?: (?:services|work))?|mechanics?(?: shops)?|auto repair|medical missions|garages|landscaping|scavenging|waste (?:sorting|picking|collection)|street sweeping|launder(?:ing|ers)|laundries|jockeys|information technology`, value: s('other') },
};
