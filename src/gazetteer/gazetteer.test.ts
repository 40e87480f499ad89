import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { loadGazetteer } from './gazetteer.js';
import type { AreaMention } from './mention.js';

const g = loadGazetteer();

/** "text=CODES" or "text=region" for each mention, in order. */
function areas(text: string): string[] {
  return g.findAreas(text).map((m: AreaMention) =>
    `${text.slice(m.start, m.end)}=${m.kind === 'country' ? m.codes.join('/') : m.region}`);
}

test('names and demonyms with exact spans, straight and curly apostrophes', () => {
  const s = 'Nigerien and Nigerian women were exploited in Côte d’Ivoire and the UAE.';
  const found = g.findAreas(s);
  assert.deepEqual(found, [
    { kind: 'country', codes: ['NE'], form: 'demonym', start: 0, end: 8 },
    { kind: 'country', codes: ['NG'], form: 'demonym', start: 13, end: 21 },
    { kind: 'country', codes: ['CI'], form: 'name', start: 46, end: 59 },
    { kind: 'country', codes: ['AE'], form: 'name', start: 68, end: 71 },
  ]);
  assert.deepEqual(areas("Cote d'Ivoire, Ivory Coast, Ivoirian and Ivorian workers"),
    ["Cote d'Ivoire=CI", 'Ivory Coast=CI', 'Ivoirian=CI', 'Ivorian=CI']);
});

test('ambiguous demonyms and the Congos', () => {
  assert.deepEqual(areas('Congolese children in the Republic of the Congo and the Democratic Republic of the Congo'),
    ['Congolese=CD/CG', 'Republic of the Congo=CG', 'Democratic Republic of the Congo=CD']);
  assert.deepEqual(areas('the DRC, Congo-Brazzaville, Congo-Kinshasa, Congo'),
    ['DRC=CD', 'Congo-Brazzaville=CG', 'Congo-Kinshasa=CD', 'Congo=CG/CD']);
  assert.deepEqual(areas('Dominican and Korean victims; North Korean and South Korean workers'),
    ['Dominican=DO/DM', 'Korean=KR/KP', 'North Korean=KP', 'South Korean=KR']);
});

test('longest match: Niger/Nigeria, Guinea family, Sudan, American Samoa', () => {
  assert.deepEqual(areas('Niger, Nigeria, Guinea, Guinea-Bissau, Equatorial Guinea, Papua New Guinea'),
    ['Niger=NE', 'Nigeria=NG', 'Guinea=GN', 'Guinea-Bissau=GW', 'Equatorial Guinea=GQ', 'Papua New Guinea=PG']);
  assert.deepEqual(areas('Sudanese and South Sudanese refugees in Sudan and South Sudan'),
    ['Sudanese=SD', 'South Sudanese=SS', 'Sudan=SD', 'South Sudan=SS']);
  assert.deepEqual(areas('Guinean, Equatorial Guinean, Bissau-Guinean and Papua New Guinean nationals'),
    ['Guinean=GN', 'Equatorial Guinean=GQ', 'Bissau-Guinean=GW', 'Papua New Guinean=PG']);
  assert.deepEqual(areas('American Samoa and American tourists'), ['American Samoa=AS', 'American=US']);
});

test('report spellings of country names', () => {
  assert.deepEqual(areas('Burma, the U.S., the United States, USA, the U.K., UK, the PRC, Cabo Verde, Cape Verde'),
    ['Burma=MM', 'U.S.=US', 'United States=US', 'USA=US', 'U.K.=GB', 'UK=GB', 'PRC=CN', 'Cabo Verde=CV', 'Cape Verde=CV']);
  assert.deepEqual(areas('Turkey, Türkiye, The Bahamas, St. Lucia, Saint Lucia, St. Kitts and Nevis, Timor-Leste, East Timor'),
    ['Turkey=TR', 'Türkiye=TR', 'The Bahamas=BS', 'St. Lucia=LC', 'Saint Lucia=LC', 'St. Kitts and Nevis=KN',
      'Timor-Leste=TL', 'East Timor=TL']);
  assert.deepEqual(areas('Laos, Lao PDR, Eswatini, Swaziland, North Macedonia, Czechia, Czech Republic, Kyrgyz Republic'),
    ['Laos=LA', 'Lao PDR=LA', 'Eswatini=SZ', 'Swaziland=SZ', 'North Macedonia=MK', 'Czechia=CZ', 'Czech Republic=CZ',
      'Kyrgyz Republic=KG']);
  assert.deepEqual(areas('the West Bank, Gaza, Kosovo, Taiwan, Hong Kong, Macau, DPRK, Republic of Korea, Vatican'),
    ['West Bank=PS', 'Gaza=PS', 'Kosovo=XK', 'Taiwan=TW', 'Hong Kong=HK', 'Macau=MO', 'DPRK=KP',
      'Republic of Korea=KR', 'Vatican=VA']);
  assert.deepEqual(areas('Congo, Republic of the'), ['Congo, Republic of the=CG']);
});

test('possessives, line breaks, several spaces, capitals', () => {
  assert.deepEqual(areas('Mali’s and Mali\'s government; Burkina\nFaso; Papua  New\u00a0Guinea'),
    ['Mali=ML', 'Mali=ML', 'Burkina\nFaso=BF', 'Papua  New\u00a0Guinea=PG']);
  assert.deepEqual(areas('MALI: Tier 2. BURKINA FASO: Tier 2 Watch List. GUINEA-BISSAU'),
    ['MALI=ML', 'BURKINA FASO=BF', 'GUINEA-BISSAU=GW']);
});

test('no false positives on lower-case words or blocked phrases', () => {
  assert.deepEqual(areas('china cups, turkey farms, chad, jordan, guinea pigs, niger, georgia peaches'), []);
  assert.deepEqual(areas('the Gulf of Guinea, Lake Chad, the Niger River and New Mexico'), []);
  assert.deepEqual(areas('the Indian Ocean and Indian workers'), ['Indian=IN']);
});

test('plural people nouns', () => {
  assert.deepEqual(areas('Malians, Filipinos, Burkinabe, Burkinabè, Nepalis, Saudis, Emiratis, Uzbeks, Thais'),
    ['Malians=ML', 'Filipinos=PH', 'Burkinabe=BF', 'Burkinabè=BF', 'Nepalis=NP', 'Saudis=SA', 'Emiratis=AE',
      'Uzbeks=UZ', 'Thais=TH']);
});

test('regions', () => {
  assert.deepEqual(areas('to Europe, the Middle East, and sub-Saharan Africa'),
    ['Europe=europe', 'Middle East=middle_east', 'sub-Saharan Africa=africa']);
  assert.deepEqual(areas('the Gulf, Gulf states, other Arab countries, Northeast Asia, the Balkans, South America'),
    ['Gulf=middle_east', 'Gulf states=middle_east', 'Arab countries=middle_east', 'Northeast Asia=east_asia',
      'Balkans=eastern_europe', 'South America=latin_america']);
  assert.deepEqual(areas('neighboring West African countries and southern Africa'),
    ['West African=west_africa', 'southern Africa=southern_africa']);
  const s = 'children from West and Central Africa';
  assert.deepEqual(g.findAreas(s), [
    { kind: 'region', region: 'west_africa', form: 'name', start: 14, end: 18 },
    { kind: 'region', region: 'central_africa', form: 'name', start: 23, end: 37 },
  ]);
  assert.deepEqual(areas('Central African countries and Central African women in the Central African Republic'),
    ['Central African=central_africa', 'Central African=CF', 'Central African Republic=CF']);
  assert.deepEqual(areas('South Africa and South African nationals in Southeast Asia and the Caribbean'),
    ['South Africa=ZA', 'South African=ZA', 'Southeast Asia=southeast_asia', 'Caribbean=caribbean']);
});

test('start and end bound the search', () => {
  const s = 'Mali and Niger and Chad';
  assert.deepEqual(g.findAreas(s, 5, 18).map((m) => s.slice(m.start, m.end)), ['Niger']);
});

test('country info and regions', () => {
  const ml = g.country('ML');
  assert.equal(ml?.name, 'Mali');
  assert.deepEqual(ml?.regions, ['west_africa', 'africa']);
  assert.ok(Math.abs(ml!.lat - 17) < 3 && Math.abs(ml!.lon - -4) < 3);
  assert.deepEqual(g.regionsOf('SA'), ['middle_east', 'asia']);
  assert.deepEqual(g.regionsOf('MX'), ['latin_america', 'north_america', 'americas']);
  assert.deepEqual(g.regionsOf('RS').includes('eastern_europe'), true);
  assert.ok(g.countries().length >= 249);
  assert.ok(g.countries().some((c) => c.code === 'XK'));
});

test('countryByName on names and file-name slugs', () => {
  const cases: Record<string, string> = {
    Burkina_Faso: 'BF', Congo_Democratic_Republic_of_the: 'CD', Congo_Republic_of_the: 'CG', Gambia_The: 'GM',
    Korea_North: 'KP', Burma_Myanmar: 'MM', 'cote-divoire': 'CI', 'china-includes-tibet-hong-kong-and-macau': 'CN',
    'kyrgyz-republic': 'KG', 'the-bahamas': 'BS', 'israel-and-the-occupied-territories': 'IL', MALI: 'ML',
    'Côte d’Ivoire': 'CI', 'democratic-peoples-republic-of-korea': 'KP', 'republic-of-korea': 'KR',
    'saint-vincent-and-the-grenadines': 'VC', 'St. Lucia': 'LC', 'timor-leste': 'TL', 'eswatini': 'SZ',
    'federated-states-of-micronesia': 'FM', 'north-macedonia': 'MK', 'guinea-bissau': 'GW', 'niger': 'NE',
    'nigeria': 'NG', 'south-sudan': 'SS', 'sudan': 'SD', 'Türkiye': 'TR', 'kosovo': 'XK', 'ml': 'ML',
  };
  for (const [name, code] of Object.entries(cases)) assert.equal(g.countryByName(name), code, name);
  assert.equal(g.countryByName('Atlantis'), undefined);
});

const corpus = new URL('../../../shared/corpus/', import.meta.url);
test('every country file name in ../shared/corpus resolves', { skip: !existsSync(corpus) }, () => {
  const missing: string[] = [];
  for (const folder of ['factbook', 'hrr']) {
    const root = new URL(`${folder}/`, corpus);
    if (!existsSync(root)) continue;
    for (const year of readdirSync(root)) {
      for (const file of readdirSync(new URL(`${year}/`, root))) {
        const stem = file.replace(/\.[a-z]+$/, '');
        if (g.countryByName(stem) === undefined) missing.push(`${folder}/${year}/${file}`);
      }
    }
  }
  assert.deepEqual(missing, []);
});
