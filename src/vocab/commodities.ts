import type { Sector } from '../facts/fact.js';

export interface CommodityTerm {
  /** Spelling of the US Department of Labor List of Goods (lower case). */
  readonly commodity: string;
  /** The sector producing it, when the text names the good but not the work setting. */
  readonly sector: Sector;
}

const c = (commodity: string, sector: Sector): CommodityTerm => ({ commodity, sector });

/**
 * Goods of the US Department of Labor "List of Goods Produced by Child Labor or Forced Labor",
 * with the synonyms reports use. Key = rule id.
 */
export const COMMODITY_TERMS: Readonly<Record<string, { readonly pattern: string; readonly value: CommodityTerm }>> = {
  gold: { pattern: 'gold', value: c('gold', 'mining') },
  salt: { pattern: 'salt', value: c('salt', 'mining') },
  diamonds: { pattern: 'diamonds?', value: c('diamonds', 'mining') },
  cobalt: { pattern: 'cobalt', value: c('cobalt', 'mining') },
  coltan: { pattern: 'coltan|tantalum ore', value: c('coltan', 'mining') },
  tin: { pattern: 'tin ore|cassiterite', value: c('tin', 'mining') },
  tungsten: { pattern: 'tungsten|wolframite', value: c('tungsten', 'mining') },
  coal: { pattern: 'coal', value: c('coal', 'mining') },
  copper: { pattern: 'copper', value: c('copper', 'mining') },
  jade: { pattern: 'jade', value: c('jade', 'mining') },
  gems: { pattern: 'gems(?:tones)?|rubies|sapphires|emeralds|precious stones', value: c('gems', 'mining') },
  mica: { pattern: 'mica', value: c('mica', 'mining') },
  granite: { pattern: 'granite', value: c('granite', 'mining') },
  gravel: { pattern: 'gravel|crushed stones?', value: c('gravel', 'mining') },
  sand: { pattern: 'sand', value: c('sand', 'mining') },
  stones: { pattern: 'stones', value: c('stones', 'mining') },
  cotton: { pattern: 'cotton(?!seed)', value: c('cotton', 'agriculture') },
  cottonseed: { pattern: '(?:hybrid )?cottonseed', value: c('cottonseed', 'agriculture') },
  rice: { pattern: 'rice', value: c('rice', 'agriculture') },
  cocoa: { pattern: 'cocoa|cacao', value: c('cocoa', 'agriculture') },
  corn: { pattern: 'corn|maize', value: c('corn', 'agriculture') },
  cereals: { pattern: '(?:dry )?cereals?|grains', value: c('cereals', 'agriculture') },
  coffee: { pattern: 'coffee', value: c('coffee', 'agriculture') },
  sugarcane: { pattern: 'sugar ?cane|sugar', value: c('sugarcane', 'agriculture') },
  tobacco: { pattern: 'tobacco', value: c('tobacco', 'agriculture') },
  tea: { pattern: 'tea', value: c('tea', 'agriculture') },
  'palm oil': { pattern: 'palm oil|oil palm|palm fruit', value: c('palm oil', 'agriculture') },
  rubber: { pattern: 'rubber', value: c('rubber', 'agriculture') },
  cashews: { pattern: 'cashews?', value: c('cashews', 'agriculture') },
  vanilla: { pattern: 'vanilla', value: c('vanilla', 'agriculture') },
  bananas: { pattern: 'bananas', value: c('bananas', 'agriculture') },
  coconuts: { pattern: 'coconuts', value: c('coconuts', 'agriculture') },
  peanuts: { pattern: 'peanuts|groundnuts', value: c('peanuts', 'agriculture') },
  beans: { pattern: 'beans', value: c('beans', 'agriculture') },
  cloves: { pattern: 'cloves', value: c('cloves', 'agriculture') },
  sesame: { pattern: 'sesame', value: c('sesame', 'agriculture') },
  sisal: { pattern: 'sisal', value: c('sisal', 'agriculture') },
  tomatoes: { pattern: 'tomatoes', value: c('tomatoes', 'agriculture') },
  onions: { pattern: 'onions', value: c('onions', 'agriculture') },
  strawberries: { pattern: 'strawberries', value: c('strawberries', 'agriculture') },
  melons: { pattern: 'melons', value: c('melons', 'agriculture') },
  vegetables: { pattern: 'vegetables', value: c('vegetables', 'agriculture') },
  fruits: { pattern: 'fruits?', value: c('fruits', 'agriculture') },
  poppies: { pattern: 'opium poppies|poppies|poppy', value: c('poppies', 'agriculture') },
  'coca (stimulant plant)': { pattern: 'coca(?: leaves)?', value: c('coca (stimulant plant)', 'agriculture') },
  khat: { pattern: 'khat', value: c('khat', 'agriculture') },
  cattle: { pattern: 'cattle|cows', value: c('cattle', 'animal_husbandry') },
  goats: { pattern: 'goats', value: c('goats', 'animal_husbandry') },
  camels: { pattern: 'camels', value: c('camels', 'animal_husbandry') },
  fish: { pattern: 'fish', value: c('fish', 'fishing') },
  shrimp: { pattern: 'shrimp', value: c('shrimp', 'fishing') },
  timber: { pattern: 'timber', value: c('timber', 'forestry') },
  charcoal: { pattern: 'charcoal', value: c('charcoal', 'forestry') },
  bricks: { pattern: 'bricks?(?=[- ](?:kilns?|making|factories|production))|bricks', value: c('bricks', 'manufacturing') },
  garments: { pattern: 'garments|garment(?= (?:industry|sector|factor(?:y|ies)|workers))', value: c('garments', 'manufacturing') },
  textiles: { pattern: 'textiles|textile(?= (?:industry|sector|factor(?:y|ies)|mills|workers))|textile(?=,)', value: c('textiles', 'manufacturing') },
  carpets: { pattern: 'carpets|rugs', value: c('carpets', 'manufacturing') },
  fireworks: { pattern: 'fireworks', value: c('fireworks', 'manufacturing') },
  footwear: { pattern: 'footwear|shoes', value: c('footwear', 'manufacturing') },
  electronics: { pattern: 'electronics', value: c('electronics', 'manufacturing') },
};
