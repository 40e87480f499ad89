import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadGazetteer } from '../gazetteer/gazetteer.js';
import { detectSubjectCountry, SUBJECT_DETECTORS } from './subject-country.js';

/** The subject-country precedence, one step at a time, on texts and file names made up for the purpose. */

const g = loadGazetteer();
const detect = (text: string, path: string): { country: string; ruleId: string } => detectSubjectCountry(text, path, g);

test('the detectors are declared in order of precedence', () => {
  assert.deepEqual(SUBJECT_DETECTORS.map((d) => d.ruleId), ['subject:heading', 'subject:title', 'subject:file-name', 'subject:declared', 'subject:most-named']);
});

test('a "COUNTRY: Tier" heading comes before the file name', () => {
  const text = 'GHANA: Tier 2\n\nTogo is a source country for children subjected to forced labor in Ghana.';
  assert.deepEqual(detect(text, 'reports/togo.txt'), { country: 'GH', ruleId: 'subject:heading' });
});

test('a report title naming the country comes before the file name', () => {
  const text = '2019 Country Reports on Human Rights Practices: Senegal\n\nGuinean boys were forced to beg in Dakar.';
  assert.deepEqual(detect(text, 'guinea.txt'), { country: 'SN', ruleId: 'subject:title' });
});

test('a file name that is a country wins over a text that names another country more and declares it a source', () => {
  const text = "Protection\n\nCote d'Ivoire is a destination country for children from the north. Authorities in Cote d'Ivoire returned 30 children to Cote d'Ivoire's neighbors; the Ivoirian police referred them to shelters.";
  assert.deepEqual(detect(text, 'hrr/2019/Burkina_Faso.txt'), { country: 'BF', ruleId: 'subject:file-name' });
  assert.deepEqual(detect(text, '2021-burkina-faso.txt'), { country: 'BF', ruleId: 'subject:file-name' });
  assert.deepEqual(detect(text, 'burkina-faso-2019.html'), { country: 'BF', ruleId: 'subject:file-name' });
});

test('a slug gives the first country it names when the text names it too', () => {
  const text = 'Nepali women are sold to brothels in India, where they are forced into prostitution.';
  assert.deepEqual(detect(text, 'news/2013-nepal-women-sold-india.txt'), { country: 'NP', ruleId: 'subject:file-name' });
  assert.deepEqual(detect(text, 'news/women-trafficked-from-nepal-to-india.txt'), { country: 'NP', ruleId: 'subject:file-name' });
});

test('a slug country the text never names, or a two-letter word, is not the subject', () => {
  const text = 'Kenyan girls are exploited in domestic servitude in Nairobi. Kenya says it will act.';
  // "chad" names no country of this story; "in" is a word, not India's code
  assert.equal(detect(text, 'news/chad-reports-in-brief.txt').country, 'KE');
  assert.notEqual(detect(text, 'news/in-the-shadows.txt').ruleId, 'subject:file-name');
});

test('the "X is a source…" sentence comes when neither heading, title nor file name names a country', () => {
  const text = 'Overview\n\nTogo is a source, transit, and destination country for women and children subjected to forced labor. Beninese and Ghanaian girls are exploited in Togo and in Benin.';
  assert.deepEqual(detect(text, 'notes/overview.txt'), { country: 'TG', ruleId: 'subject:declared' });
});

test('counting: a news story\'s subject is where its events happen, not the country of a caption, a menu or an actor', () => {
  const text = [
    'Skip to main content', 'World / Asia', 'Share',
    'Fishing Crews Held for Years at Sea',
    'FILE - In this photo, police in Manila, Philippines, inspect a boat in the Philippines. (AP Photo)',
    'By Jane Reporter', 'March 3, 2019 4:15 PM',
    'Norway announced new funding on Tuesday for groups that help men who were trafficked onto fishing boats. Hundreds of men have been forced to work on boats in Indonesia, where crews are beaten and unpaid.',
  ].join('\n');
  assert.deepEqual(detect(text, 'news/fishing-crews-held.txt'), { country: 'ID', ruleId: 'subject:most-named' });
});

test('counting: the headline and the people of the story weigh more than a country named later as a destination', () => {
  const text = 'Twelve Malawian Women Return Home\n\nThe women had been trafficked to Oman. Oman police say the case is closed, and Oman officials met the embassy. The Malawian women were forced to work without pay.';
  assert.equal(detect(text, 'news/twelve-women-return.txt').country, 'MW');
});

test('counting: only the opening of the text counts', () => {
  const text = `Uganda is mentioned first. ${'Officials held meetings about labor rules. '.repeat(40)}${'Kenya and Kenya again. '.repeat(10)}`;
  assert.equal(detect(text, 'misc.txt').country, 'UG');
});
