import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from './gazetteer.js';
import { collapseDoubles, spellingKey } from './place-index.js';

const g = loadGazetteer();

/** "text=COUNTRY/feature" per place found. */
function places(text: string, hint?: string): string[] {
  return g.findPlaces(text, 0, text.length, hint).map((p) => `${text.slice(p.start, p.end)}=${p.country}/${p.feature}`);
}

test('places need a cue and keep exact spans', () => {
  const s = 'Boys worked in gold mines near Kayes and in the salt mines of Taoudenni.';
  const found = g.findPlaces(s, 0, s.length, 'ML');
  assert.deepEqual(found.map((p) => [p.name, p.country, p.start, p.end]), [['Kayes', 'ML', 31, 36], ['Taoudenni', 'ML', 62, 71]]);
  assert.ok(Math.abs(found[0]!.lat - 14.45) < 0.5 && Math.abs(found[0]!.lon - -11.44) < 0.5);
  assert.deepEqual(places('Bamako officials said so.', 'ML'), []);
});

test('accent folding, doubled letters and lists after a cue', () => {
  assert.deepEqual(places('armed groups in Menaka, Gao, Kidal, and Timbuktu', 'ML'),
    ['Menaka=ML/city', 'Gao=ML/city', 'Kidal=ML/city', 'Timbuktu=ML/city']);
  assert.deepEqual(places('the town of Ménaka; the Taoudeni salt mines', 'ML'), ['Ménaka=ML/city', 'Taoudeni=ML/city']);
  assert.equal(collapseDoubles('Taoudenni'), 'Taoudeni');
});

test('region cues choose the admin-1 region', () => {
  assert.deepEqual(places('displaced persons in the Mopti region and in Mopti', 'ML'), ['Mopti=ML/region', 'Mopti=ML/city']);
});

test('the hint country wins a shared name, else the most populous', () => {
  assert.deepEqual(places('victims were found in Tripoli'), ['Tripoli=LY/city']);
  assert.deepEqual(places('victims were found in Tripoli', 'LB'), ['Tripoli=LB/city']);
});

test('no report vocabulary, no countries, no lower-case words', () => {
  assert.deepEqual(places('The Minister of Justice spoke in Parliament, in January, in Tier 2, at Police headquarters.'), []);
  assert.deepEqual(places('women exploited in Mali, in Niger and in Europe'), []);
  assert.deepEqual(places('held in kayes and near bamako'), []);
  assert.deepEqual(places('the mission said; sent in Mission teams'), []);
});

test('abroad, a one-word place must be a sizeable city; Saint / St. variants', () => {
  assert.deepEqual(places('workers in St. Petersburg and in Moscow', 'UZ'), ['St. Petersburg=RU/city', 'Moscow=RU/city']);
  assert.deepEqual(places('a shelter in Aleg', 'SN'), []);
  assert.deepEqual(places('a shelter in Aleg', 'MR'), ['Aleg=MR/city']);
  assert.deepEqual(places('camps in Northeast and Nord', 'NG'), []);
});

test('transliteration variants: a final -y reads as -i ("Tillabery" is the region Tillabéri)', () => {
  assert.equal(spellingKey('Tillabery'), 'Tilaberi');
  assert.equal(spellingKey('Bay'), 'Bay');
  assert.equal(spellingKey('Monkey'), 'Monkey');
  assert.deepEqual(places('Rates were higher in the region of Tillabery.', 'NE'), ['Tillabery=NE/region']);
});

test('a cued list of places goes on past a name the data lacks', () => {
  // "Zorbaville" is no place anywhere: Tahoua and Maradi still take the cue "the regions of"
  assert.deepEqual(places('Rates were higher in the regions of Zorbaville, Tahoua, and Maradi.', 'NE'), ['Tahoua=NE/region', 'Maradi=NE/region']);
  // without a cue before the list, nothing is taken
  assert.deepEqual(places('Officials said Zorbaville, Tahoua, and Maradi agreed.', 'NE'), []);
});

test('"the streets of X" and "cities such as X" cue a place', () => {
  assert.deepEqual(places('children forced to beg in the streets of Kaolack', 'SN'), ['Kaolack=SN/city']);
  assert.deepEqual(places('women exploited in coastal cities, such as Agadir and Tangier', 'MA'), ['Agadir=MA/city', 'Tangier=MA/city']);
  assert.deepEqual(places('Agadir officials and Tangier police', 'MA'), []);
});
