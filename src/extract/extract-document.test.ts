import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractDocument, type Extraction } from './extract-document.js';
import { segment } from '../text/segment.js';
import { ENGLISH } from '../lang/en/english.js';
import type { Language } from '../lang/language.js';
import type { Fact, FactDraft } from '../facts/fact.js';

/** Behaviour-level tests of the facts contract (shared/spec/facts.md, "Settled cases") on our own sentences. */

function extract(text: string, country?: string): Extraction {
  return extractDocument({ path: 'sample.txt', text, reader: 'text', pages: [], bytes: Buffer.byteLength(text), messages: [] }, country ? { country } : {});
}

/** Facts without evidence, as compact JSON strings, sorted (order is not part of the contract). */
function keys(text: string, country?: string): string[] {
  return extract(text, country).facts.map(({ evidence: _e, ...rest }) => JSON.stringify(rest)).sort();
}

const k = (f: FactDraft): string => JSON.stringify(f);
const flow = (form: string, from: string, to: string): string => k({ type: 'flow', form, from, to } as FactDraft);
const victim = (form: string, sex: string, age: string): string => k({ type: 'victim', form, sex, age } as FactDraft);
const sector = (form: string, s: string): string => k({ type: 'sector', form, sector: s } as FactDraft);
const actor = (form: string, a: string): string => k({ type: 'actor', form, actor: a } as FactDraft);
const role = (country: string, r: string): string => k({ type: 'role', country, role: r } as FactDraft);
const ofType = (list: readonly string[], type: string): string[] => list.filter((s) => (JSON.parse(s) as Fact).type === type);

test('victims of one nationality exploited in another country: flow, victim and origin role', () => {
  const got = keys('Nepali women are exploited in sex trafficking in India.', 'NP');
  assert.deepEqual(got, [flow('sex_trafficking', 'NP', 'IN'), role('NP', 'origin'), victim('sex_trafficking', 'female', 'adult')].sort());
});

test('the source/transit/destination sentence gives three roles, a victim per form and group, and no flow', () => {
  const r = extract('Mali is a source, transit, and destination country for men, women, and children subjected to forced labor and sex trafficking.');
  assert.equal(r.country, 'ML');
  const got = r.facts.map(({ evidence: _e, ...rest }) => JSON.stringify(rest));
  assert.deepEqual(ofType(got, 'role').sort(), [role('ML', 'destination'), role('ML', 'origin'), role('ML', 'transit')]);
  const victims = ofType(got, 'victim').sort();
  assert.equal(victims.length, 6);
  for (const form of ['forced_labor', 'sex_trafficking']) {
    for (const [sex, age] of [['male', 'adult'], ['female', 'adult'], ['unknown', 'child']]) assert.ok(victims.includes(victim(form, sex, age)), `${form} ${sex}/${age}`);
  }
  assert.deepEqual(ofType(got, 'flow'), []);
});

test('"vulnerable to trafficking" gives no fact', () => {
  assert.deepEqual(keys('Children in rural areas are vulnerable to trafficking.', 'ML'), []);
  assert.deepEqual(keys('Women who lose their jobs are at risk of sex trafficking.', 'ML'), []);
});

test('sectors attach to the form they are named with', () => {
  const got = keys('Traffickers exploit women in forced labor in agriculture and girls in sex trafficking in bars and hotels.', 'GH');
  assert.deepEqual(ofType(got, 'sector').sort(), [sector('forced_labor', 'agriculture'), sector('sex_trafficking', 'hospitality')]);
  assert.ok(got.includes(victim('forced_labor', 'female', 'adult')));
  assert.ok(got.includes(victim('sex_trafficking', 'female', 'child')));
});

test('domestic servitude gives no domestic_work sector; fishing attaches to forced labor', () => {
  const got = keys('Traffickers exploit Ghanaian boys in forced labor in fishing on Lake Volta and girls in domestic servitude.', 'GH');
  assert.deepEqual(ofType(got, 'sector'), [sector('forced_labor', 'fishing')]);
  assert.ok(got.includes(victim('domestic_servitude', 'female', 'child')));
  assert.ok(got.includes(flow('forced_labor', 'GH', 'GH')));
});

test('a work setting without a form name is forced labor, with its commodity', () => {
  const got = keys('Children are forced to work on cocoa farms.', 'GH');
  assert.ok(got.includes(sector('forced_labor', 'agriculture')));
  assert.ok(got.includes(k({ type: 'commodity', form: 'forced_labor', commodity: 'cocoa' })));
  assert.ok(got.includes(victim('forced_labor', 'unknown', 'child')));
});

test('a job promised as a lure gives no sector', () => {
  const got = keys('Women are recruited as waitresses and then forced into prostitution.', 'GH');
  assert.deepEqual(ofType(got, 'sector'), []);
  assert.ok(got.includes(victim('sex_trafficking', 'female', 'adult')));
});

test('actors by role: officials, recruitment agencies, family, criminal groups; generic traffickers give none', () => {
  assert.deepEqual(ofType(keys('Corrupt officials facilitated the sex trafficking of women across the border.', 'ML'), 'actor'), [actor('sex_trafficking', 'official')]);
  assert.deepEqual(ofType(keys('Traffickers exploit children in forced begging.', 'ML'), 'actor'), []);
  // the employers of the sub-clause are the exploiters too
  assert.deepEqual(ofType(keys('Recruitment agencies send Ghanaian women to the Gulf, where employers subject them to domestic servitude.', 'GH'), 'actor'), [actor('domestic_servitude', 'employer'), actor('domestic_servitude', 'recruitment_agency')]);
  assert.deepEqual(ofType(keys('Some parents sell their children to intermediaries who exploit them in forced labor in gold mines.', 'GH'), 'actor').filter((a) => a.includes('family')), [actor('forced_labor', 'family')]);
  assert.deepEqual(ofType(keys('Organized criminal groups exploit women in sex trafficking in Accra.', 'GH'), 'actor'), [actor('sex_trafficking', 'criminal_group')]);
});

test('a region named for the destination gives its region id', () => {
  const got = keys('Recruitment agencies send Ghanaian women to the Gulf, where employers subject them to domestic servitude.', 'GH');
  assert.ok(got.includes(flow('domestic_servitude', 'GH', 'middle_east')));
  assert.ok(got.includes(role('GH', 'origin')));
});

test('hedged statements are facts; the traffickers\' nationality is not the victims\' origin', () => {
  const got = keys('Chinese traffickers reportedly exploit Nigerian women in sex trafficking in Ghana.', 'GH');
  assert.deepEqual(ofType(got, 'flow'), [flow('sex_trafficking', 'NG', 'GH')]);
  assert.ok(got.includes(role('GH', 'destination')));
});

test('listed origins each give a flow into the country', () => {
  const got = keys('Boys from Togo, Benin, and Nigeria are exploited in forced labor in Ghana.', 'GH');
  assert.deepEqual(ofType(got, 'flow').sort(), [flow('forced_labor', 'BJ', 'GH'), flow('forced_labor', 'NG', 'GH'), flow('forced_labor', 'TG', 'GH')]);
});

test('the origin carries from the clause before', () => {
  const got = keys('Vietnamese men and women migrate abroad for work; victims are subjected to forced labor in Japan.', 'VN');
  assert.ok(got.includes(flow('forced_labor', 'VN', 'JP')));
});

test('migrant workers of unstated origin give no internal flow', () => {
  const got = keys('Migrant workers are subjected to forced labor on construction sites.', 'QA');
  assert.deepEqual(ofType(got, 'flow'), []);
  assert.ok(got.includes(sector('forced_labor', 'construction')));
});

test('people transiting the country give a transit role, no flow', () => {
  assert.deepEqual(keys('Victims transit Ghana en route to Europe.', 'GH'), [role('GH', 'transit')]);
});

test('foreign victims exploited in the country make it a destination (no flow)', () => {
  const got = keys('Foreign victims are exploited in forced labor in Ghana.', 'GH');
  assert.deepEqual(ofType(got, 'flow'), []);
  assert.ok(got.includes(role('GH', 'destination')));
});

test('recruitment by fraud with no exploitation stated gives no fact', () => {
  assert.deepEqual(keys('Traffickers allegedly recruit girls with false job offers.', 'GH'), []);
});

test('porters among child soldiers\' roles are armed_conflict, not transportation', () => {
  const got = keys('Armed groups recruit and use children as combatants and porters.', 'CF');
  assert.deepEqual(ofType(got, 'sector'), [sector('child_soldiering', 'armed_conflict')]);
  assert.ok(got.includes(actor('child_soldiering', 'armed_group')));
});

test('the subject country is detected from a heading', () => {
  assert.equal(extract('GHANA: Tier 2\n\nTraffickers exploit children in forced labor in fishing.').country, 'GH');
});

test('evidence spans lie inside the text and cover exactly a clause; facts share their claim\'s evidence', () => {
  const text = 'MALI: Tier 2\n\nMali is a source, transit, and destination country for men, women, and children subjected to forced labor and sex trafficking. Malian women are exploited in sex trafficking in Gabon; boys are reportedly forced to beg by some Quranic teachers. In 2021, the government identified at least 47 victims of trafficking.';
  const r = extract(text);
  assert.ok(r.facts.length > 10);
  const clauseSpans = new Set(segment(text).flatMap((s) => s.clauses.map((c) => `${c.start}:${c.end}`)));
  for (const c of r.claims) {
    assert.ok(0 <= c.evidence.start && c.evidence.start < c.evidence.end && c.evidence.end <= text.length);
    assert.ok(clauseSpans.has(`${c.evidence.start}:${c.evidence.end}`), `evidence ${c.evidence.start}:${c.evidence.end} is a clause`);
    assert.deepEqual(c.fact.evidence, c.evidence);
  }
  const gabon = r.facts.find((f) => f.type === 'flow' && f.to === 'GA');
  assert.ok(gabon, 'ML→GA flow');
  assert.equal(text.slice(gabon.evidence.start, gabon.evidence.end), 'Malian women are exploited in sex trafficking in Gabon');
  const stat = r.facts.find((f) => f.type === 'statistic');
  assert.ok(stat && stat.type === 'statistic');
  assert.deepEqual([stat.value, stat.qualifier, stat.year], [47, 'at_least', 2021]);
  assert.ok(text.slice(stat.evidence.start, stat.evidence.end).includes('at least 47 victims'));
});

test('facts are deduplicated by key: a repeated statement keeps the first evidence', () => {
  const text = 'Nepali women are exploited in sex trafficking in India. Nepali women are exploited in sex trafficking in India.';
  const r = extract(text, 'NP');
  const flows = r.facts.filter((f) => f.type === 'flow');
  assert.equal(flows.length, 1);
  assert.equal(flows[0].evidence.start, 0);
  assert.ok(r.claims.filter((c) => c.fact.type === 'flow').length === 2);
});

test('a bad country option is rejected; empty text gives no facts', () => {
  assert.throws(() => extract('text', 'Mali'), /ISO 3166-1 alpha-2/);
  assert.deepEqual(extract('', 'ML').facts, []);
});

test('actors: listed perpetrators share the verb; a group exploited is a victim, not an agent; child sex tourism has clients', () => {
  const listed = keys('Some marabouts and clandestine networks force boys to beg.', 'SN');
  assert.ok(listed.includes(actor('forced_begging', 'religious_teacher')), listed.join('\n'));
  assert.ok(listed.includes(actor('forced_begging', 'criminal_group')));
  const passive = keys('Communities historically exploited in hereditary slavery face discrimination.', 'MR');
  assert.deepEqual(ofType(passive, 'actor'), []);
  const tourism = keys('Child sex tourism persists in coastal resorts.', 'GM');
  assert.ok(tourism.includes(actor('sex_trafficking', 'client')), tourism.join('\n'));
});

test('victim lists run across "to a lesser extent"; "forced to beg or to work" is begging and labor; child victims are trafficking victims', () => {
  const list = keys('Senegalese women, girls, and, to a lesser extent, boys are exploited in domestic servitude.', 'SN');
  assert.deepEqual(ofType(list, 'victim'), [victim('domestic_servitude', 'female', 'adult'), victim('domestic_servitude', 'female', 'child'), victim('domestic_servitude', 'male', 'child')].sort());
  const beg = keys('Boys are forced to beg or to work as street vendors.', 'GN');
  assert.ok(beg.includes(victim('forced_begging', 'male', 'child')), beg.join('\n'));
  const child = keys('An NGO identified 14 child victims in the capital.', 'GA');
  assert.ok(child.includes(victim('trafficking', 'unknown', 'child')), child.join('\n'));
});

test('work settings: begging without forced labor named is forced begging; a setting after "A or B" attaches to both; a lure names no place', () => {
  const beg = keys('Boys in some Quranic schools are forced into street vending or begging.', 'GM');
  assert.ok(beg.includes(victim('forced_begging', 'male', 'child')), beg.join('\n'));
  assert.ok(!beg.includes(sector('forced_labor', 'begging')));
  assert.ok(beg.includes(sector('forced_labor', 'street_vending')));
  const labor = keys('Children are subjected to forced labor in construction and begging.', 'SS');
  assert.ok(labor.includes(sector('forced_labor', 'begging')), 'begging named among the settings of forced labor stays a sector');
  const chain = keys('Foreign workers encounter forced labor or debt bondage in agriculture and construction.', 'MY');
  for (const form of ['forced_labor', 'debt_bondage']) for (const s of ['agriculture', 'construction']) assert.ok(chain.includes(sector(form, s)), `${form} ${s}\n${chain.join('\n')}`);
  const lure = extract('Traffickers lure women with jobs as waitresses in Kumasi and then exploit them in sex trafficking in Accra.', 'GH').facts;
  assert.deepEqual(lure.filter((f) => f.type === 'place').map((f) => f.type === 'place' && f.place), ['Accra']);
});

test('", while …" starts a statement of its own; victims named in a response clause give no internal flow', () => {
  const got = keys('Guinean women are exploited in sex trafficking in Europe, while Chinese women are forced into prostitution in Guinea.', 'GN');
  assert.deepEqual(ofType(got, 'flow'), [flow('sex_trafficking', 'CN', 'GN'), flow('sex_trafficking', 'GN', 'europe')].sort());
  const response = keys('The government investigated 11 forced labor cases and convicted two traffickers.', 'QA');
  assert.deepEqual(ofType(response, 'flow'), []);
});

test('each form takes the origins named for it; plural region demonyms are victims', () => {
  const got = keys('Thai women are forced into prostitution and some West Africans are forced into domestic servitude in Guinea.', 'GN');
  assert.deepEqual(ofType(got, 'flow'), [flow('domestic_servitude', 'west_africa', 'GN'), flow('sex_trafficking', 'TH', 'GN')].sort());
  const shared = keys('Nigerian women and Ghanaian girls are exploited in sex trafficking in Togo.', 'TG');
  assert.deepEqual(ofType(shared, 'flow'), [flow('sex_trafficking', 'GH', 'TG'), flow('sex_trafficking', 'NG', 'TG')].sort());
});

test('actors: words inside a named group, the author of a study, "other than", "did not prosecute any" and regulators are not perpetrators', () => {
  const named = keys('Armed groups, including the Lord’s Resistance Army, abduct children to serve as combatants.', 'CF');
  assert.ok(!ofType(named, 'actor').some((a) => (JSON.parse(a) as { actor: string }).actor === 'state_forces'), named.join('\n'));
  assert.deepEqual(ofType(keys('A study conducted by the government found forced labor in agriculture.', 'NE'), 'actor'), []);
  assert.deepEqual(ofType(keys('Little was done about sex trafficking crimes committed by persons other than officials.', 'CD'), 'actor'), []);
  assert.deepEqual(ofType(keys('Authorities did not prosecute any government employees complicit in trafficking.', 'GM'), 'actor'), []);
  assert.deepEqual(ofType(keys('Poor coordination among regulatory agencies enabled forced labor in fishing.', 'TH'), 'actor'), []);
  const listed = keys('Some military personnel and armed groups conscript children into their ranks.', 'MM');
  assert.ok(listed.includes(actor('child_soldiering', 'state_forces')), listed.join('\n'));
  assert.ok(listed.includes(actor('child_soldiering', 'armed_group')));
});

test('"no reports of" a form and a risk of it state nothing', () => {
  assert.deepEqual(keys('There were no official reports of forced labor, but foreigners remained at risk for forced labor in construction.', 'BB'), []);
});

test('destinations: lists run across "increasingly"; a nationality before a workplace; regions beside "domestically"; a setting listed after a form shares its destinations', () => {
  const inc = keys('Guinean women are subjected to sex trafficking in the Middle East and increasingly Europe.', 'GN');
  assert.ok(inc.includes(flow('sex_trafficking', 'GN', 'europe')), inc.join('\n'));
  const boats = keys('Some Burmese migrants are forced to work on Thai fishing boats.', 'MM');
  assert.ok(boats.includes(flow('forced_labor', 'MM', 'TH')), boats.join('\n'));
  const home = keys('Russian women are victims of sex trafficking domestically and in Europe.', 'RU');
  assert.deepEqual(ofType(home, 'flow'), [flow('sex_trafficking', 'RU', 'RU'), flow('sex_trafficking', 'RU', 'europe')].sort());
  const listed = keys('Quranic teachers force Malian boys to beg or perform agricultural work in Senegal.', 'ML');
  assert.ok(listed.includes(flow('forced_begging', 'ML', 'SN')), listed.join('\n'));
  assert.ok(listed.includes(flow('forced_labor', 'ML', 'SN')));
});

test('", but <new group>" starts a statement of its own', () => {
  const got = keys('Internal trafficking is more common than transnational trafficking, but foreign women are forced into domestic servitude.', 'ML');
  assert.deepEqual(ofType(got, 'flow'), [flow('trafficking', 'ML', 'ML')]);
});

test('victims from neighboring countries brought into the country: destination, not origin; "abused by men" are not victims; "forced into marriages"', () => {
  const got = keys('Young boys from neighboring countries were trafficked into the country to work in mines.', 'NE');
  assert.ok(got.includes(role('NE', 'destination')), got.join('\n'));
  assert.ok(!got.includes(role('NE', 'origin')));
  assert.ok(got.includes(victim('forced_labor', 'male', 'child')));
  assert.ok(!got.includes(victim('trafficking', 'male', 'child')), 'generic trafficking yields to the work it is for');
  const marriage = keys('Girls may be abused by men in the household or forced into marriages.', 'NE');
  assert.deepEqual(ofType(marriage, 'victim'), [victim('forced_marriage', 'female', 'child')]);
});

test('a second declaration in the opening sentence: "and a transit point for"', () => {
  const got = keys('Lebanon is a source and destination country for women subjected to sex trafficking and a transit point for Eastern European women.', 'LB');
  assert.deepEqual(ofType(got, 'role'), [role('LB', 'destination'), role('LB', 'origin'), role('LB', 'transit')]);
});

test('a clause referring back ("These practices were more common in…") names places of the forms just stated', () => {
  const got = keys('Forced labor was common in agriculture. These practices were more common in the regions of Tahoua and Maradi.', 'NE');
  assert.deepEqual(ofType(got, 'place'), [k({ type: 'place', form: 'forced_labor', place: 'Tahoua', country: 'NE' } as FactDraft), k({ type: 'place', form: 'forced_labor', place: 'Maradi', country: 'NE' } as FactDraft)].sort());
  assert.deepEqual(ofType(keys('Forced labor was common in agriculture. Officials visited the regions of Tahoua and Maradi.', 'NE'), 'place'), [], 'no reference back, no place');
});

test('laws prohibiting a form, and "no cases of" it some words later, state nothing', () => {
  assert.deepEqual(keys('The law prohibits the use of children in the armed forces.', 'CF'), []);
  assert.deepEqual(keys('The code lacks the prohibition against using children in illicit activities, and armed groups are not covered.', 'ML'), []);
  const later = keys('Soldiers forced adults to carry supplies, but no cases of the army recruiting child soldiers were reported.', 'CD');
  assert.ok(!later.some((f) => f.includes('child_soldiering')), later.join('\n'));
});

test('places named after every form apply to each; "other West African countries" and name lists keep the role of the list', () => {
  const trailing = keys('Malian boys are forced to work in gold mines and to beg within Mali and abroad.', 'ML');
  assert.ok(trailing.includes(flow('forced_labor', 'ML', 'ML')), trailing.join('\n'));
  assert.ok(trailing.includes(flow('forced_begging', 'ML', 'ML')));
  const newGroup = keys('Lebanese children are forced into street begging, with some Lebanese girls sex trafficked in other Arab countries.', 'LB');
  assert.ok(newGroup.includes(flow('forced_begging', 'LB', 'LB')), newGroup.join('\n'));
  assert.ok(!newGroup.includes(flow('forced_begging', 'LB', 'middle_east')));
  const neighbors = keys('Women from China and neighboring West African countries are sex trafficked in Ghana.', 'GH');
  assert.ok(neighbors.includes(flow('sex_trafficking', 'west_africa', 'GH')), neighbors.join('\n'));
  const names = keys('Uzbekistani women are victims of sex trafficking in the Middle East, Eurasia, and Asia.', 'UZ');
  assert.ok(names.includes(flow('sex_trafficking', 'UZ', 'asia')), names.join('\n'));
});

test('a list of destinations goes on after "other … countries"; a region beside a country inside it gives the country', () => {
  const got = ofType(keys('Ugandan workers in other East African countries, South Sudan, Europe, and the Gulf states are exploited in domestic servitude.', 'UG'), 'flow');
  assert.deepEqual(got, [flow('domestic_servitude', 'UG', 'SS'), flow('domestic_servitude', 'UG', 'europe'), flow('domestic_servitude', 'UG', 'middle_east')].sort());
  const outside = ofType(keys('Peruvian women are exploited in sex trafficking in other South American countries, Spain, and the United States.', 'PE'), 'flow');
  assert.ok(outside.includes(flow('sex_trafficking', 'PE', 'ES')) && outside.includes(flow('sex_trafficking', 'PE', 'US')), outside.join('\n'));
});

test('origins listed after "(especially X) but also" each give a flow; "remains a serious problem" states the form', () => {
  const got = ofType(keys('Victims, mostly from nearby countries (especially Laos) but also Nepal and Peru, are forced into labor in Thailand.', 'TH'), 'flow');
  assert.deepEqual(got, ['LA', 'NP', 'PE'].map((c) => flow('forced_labor', c, 'TH')).sort());
  assert.ok(keys('Sex trafficking of Laotian girls remains a serious problem.', 'LA').includes(flow('sex_trafficking', 'LA', 'LA')));
  assert.ok(!keys('Sex trafficking of Laotian girls remains a concern.', 'LA').some((f) => f.includes('"flow"')), 'a concern is no statement that it happens');
});

test('unnamed neighbors heading a list ("from neighboring countries, as well as Europe") leave the named areas their role', () => {
  const got = ofType(keys('Women are trafficked to Japan from neighboring countries, as well as Europe and Africa, for prostitution.', 'JP'), 'flow');
  assert.deepEqual(got, [flow('sex_trafficking', 'africa', 'JP'), flow('sex_trafficking', 'europe', 'JP')]);
});

test('the origin of the clause before carries only to a clause whose victims are named before its form', () => {
  const got = ofType(keys('Boys from Chad are forced to herd cattle in Cameroon; in 2023 a militia recruited children with the help of some local officials.', 'CM'), 'flow');
  assert.ok(!got.includes(flow('child_soldiering', 'TD', 'CM')), got.join('\n'));
  const carried = ofType(keys('Girls from Chad migrate to Cameroon for work; some are forced into domestic servitude.', 'CM'), 'flow');
  assert.deepEqual(carried, [flow('domestic_servitude', 'TD', 'CM')]);
});

test('a form named inside an institution name states nothing; "from outside the country" is foreign victims', () => {
  assert.deepEqual(keys('According to the Global Slavery Index, the number of people in the country was 20,000.', 'VE').filter((f) => f.includes('slavery')), []);
  const foreign = keys('Children trafficked from outside the country were subjected to forced begging.', 'SE');
  assert.ok(foreign.includes(role('SE', 'destination')) && !ofType(foreign, 'flow').length, foreign.join('\n'));
});

test('armed groups forcing children to fight or spy is child soldiering; "militant groups" are armed groups; "Boko Haram militants" is Boko Haram', () => {
  const got = keys('Militant groups force children to fight and to spy.', 'AF');
  for (const f of [flow('child_soldiering', 'AF', 'AF'), actor('child_soldiering', 'armed_group'), sector('child_soldiering', 'armed_conflict')]) assert.ok(got.includes(f), got.join('\n'));
  const named = ofType(keys('Girls were forced into marriages with Boko Haram militants.', 'NE'), 'actor');
  assert.deepEqual(named, [k({ type: 'actor', form: 'forced_marriage', actor: 'armed_group', name: 'Boko Haram' } as FactDraft)]);
});

test('a form at the head of a longer name states nothing ("the Bonded Labor System Act"); "the main problem is bonded labor" does', () => {
  assert.deepEqual(keys('No one was convicted under the Bonded Labor System Act.', 'PK'), []);
  assert.ok(keys('The main trafficking problem is bonded labor in brick kilns.', 'PK').includes(flow('debt_bondage', 'PK', 'PK')));
});

test('the origins of the victims of the clause before ("…; the victims were from X, while others came from Y") give flows of its forms', () => {
  const got = ofType(keys('Forced labor was reported in textile workshops in the capital; the victims were mostly from Peru and Chile, while others came from Haiti.', 'AR'), 'flow');
  for (const c of ['PE', 'CL', 'HT']) assert.ok(got.includes(flow('forced_labor', c, 'AR')), got.join('\n'));
  const unrelated = ofType(keys('Police raided a brothel in the capital. Officials were from Peru and Chile.', 'AR'), 'flow');
  assert.deepEqual(unrelated.filter((f) => f.includes('"PE"')), []);
});

test('bonded laborers at work state debt bondage; beggars listed after it are a sector of it, not forced begging', () => {
  const got = keys('Bonded laborers, including women and children, work in rice mills and brick kilns.', 'IN');
  assert.ok(got.includes(flow('debt_bondage', 'IN', 'IN')), got.join('\n'));
  const beggars = keys('Boys worked as bonded laborers on farms and as beggars.', 'NG');
  assert.ok(beggars.includes(sector('debt_bondage', 'begging')) && !beggars.some((f) => f.includes('forced_begging')), beggars.join('\n'));
  assert.deepEqual(ofType(keys('Researchers estimated there were two million bonded laborers, many of them entire families.', 'PK'), 'actor'), []);
});

test('a list of sector adjectives ("the domestic, agricultural, and industrial sectors") names each sector; vulnerable groups are no victims', () => {
  const got = ofType(keys('Migrant workers are subjected to forced labor in the domestic, agricultural, and industrial sectors.', 'MY'), 'sector');
  assert.deepEqual(got, [sector('forced_labor', 'agriculture'), sector('forced_labor', 'domestic_work'), sector('forced_labor', 'manufacturing')]);
  assert.deepEqual(keys('Officials did not screen vulnerable groups, such as women in prostitution or foreign men on fishing boats.', 'MH'), []);
});

test('soldiers forcing adults to carry supplies is forced labor by state forces, named once ("the national army (FARDC)")', () => {
  const got = keys('Elements of the national army (FARDC) forced adults to carry supplies and ammunition.', 'CD');
  for (const f of [flow('forced_labor', 'CD', 'CD'), victim('forced_labor', 'unknown', 'adult'), sector('forced_labor', 'transportation'),
    k({ type: 'actor', form: 'forced_labor', actor: 'state_forces', name: 'FARDC' } as FactDraft)]) assert.ok(got.includes(f), `${f}\n${got.join('\n')}`);
  assert.ok(!got.includes(actor('forced_labor', 'state_forces')), 'no unnamed army beside its name');
});

test('adults forcibly recruited beside children are in forced labor; "armed groups, including <name>," is both actors', () => {
  const got = keys('Rebel groups, including the March 23 Movement, abduct and forcibly recruit adults and children to serve as porters and fighters.', 'CD');
  for (const f of [victim('forced_labor', 'unknown', 'adult'), victim('child_soldiering', 'unknown', 'child'), flow('forced_labor', 'CD', 'CD'),
    actor('forced_labor', 'armed_group'), actor('child_soldiering', 'armed_group'),
    k({ type: 'actor', form: 'forced_labor', actor: 'armed_group', name: 'M23' } as FactDraft)]) assert.ok(got.includes(f), `${f}\n${got.join('\n')}`);
  assert.ok(!got.includes(victim('forced_labor', 'unknown', 'child')), 'the children are child soldiers');
  assert.ok(!keys('Rebel groups forcibly recruit children to serve as porters.', 'CD').some((f) => f.includes('forced_labor')));
});

test('sub-Saharan women forced to work in brothels; onward travel is no destination; militia groups; a role in trafficking; laws against forms', () => {
  const brothels = keys('Sub-Saharan women are forced to work in brothels in the south; others enter Tunisia for onward travel to Europe but are forced into begging.', 'TN');
  for (const f of [flow('sex_trafficking', 'africa', 'TN'), flow('forced_begging', 'africa', 'TN')]) assert.ok(brothels.includes(f), `${f}\n${brothels.join('\n')}`);
  assert.ok(!brothels.some((f) => f.includes('"europe"')), 'travel to Europe is not where they are exploited');
  assert.ok(keys('Militia groups and other armed units conscript children.', 'SS').includes(actor('child_soldiering', 'armed_group')));
  assert.ok(keys('Criminal gangs play a large role in human trafficking in the country.', 'HN').includes(actor('trafficking', 'criminal_group')));
  assert.deepEqual(keys('Laws against human trafficking, forced labor, and debt bondage remain unenforced.', 'IR'), []);
});

test('a form said to grow is said to happen; men named as the clients are no victims and no origin', () => {
  const got = keys('Child sex tourism continues to increase in coastal towns, with Gambian men being the main clients.', 'GM');
  assert.ok(got.includes(actor('sex_trafficking', 'client')), got.join('\n'));
  assert.ok(!got.includes(victim('sex_trafficking', 'male', 'adult')), 'the clients are no victims');
  assert.deepEqual(ofType(keys('Prosecutions for sex trafficking continued to increase.', 'GM'), 'flow'), [], 'a growing response states no exploitation');
});

test('"from X and other countries in <region>, including Y" are origins; the place named after the first form holds for the next', () => {
  const got = ofType(keys('Workers from Kazakhstan and other countries in Central Asia and East Asia, including Mongolia, are subjected to forced labor in Kazakhstan’s construction sector, as well as forced begging.', 'KZ'), 'flow');
  for (const form of ['forced_labor', 'forced_begging']) for (const from of ['KZ', 'MN']) assert.ok(got.includes(flow(form, from, 'KZ')), `${form} ${from}\n${got.join('\n')}`);
  assert.ok(!got.some((f) => f.includes('"from":"KZ","to":"') && !f.includes('"to":"KZ"')), 'no flow from the subject to the regions its workers come from');
});

test('"to Somali cities or to Kenya and, less frequently, Uganda, where they are exploited as prostitutes"; "within country"', () => {
  const got = ofType(keys('Some Somali children migrate to Somali cities or to Kenya and, less frequently, Uganda, where they are exploited as prostitutes.', 'SO'), 'flow');
  assert.deepEqual(got, ['KE', 'SO', 'UG'].map((to) => flow('sex_trafficking', 'SO', to)).sort());
  assert.ok(keys('Somalia is a source country for girls sex trafficked within country.', 'SO').includes(flow('sex_trafficking', 'SO', 'SO')));
});

test('"victims of government-compelled forced labor": the government is the actor; "of government efforts" is none', () => {
  assert.ok(keys('Adults and children are victims of government-compelled forced labor during the cotton harvest.', 'TM').includes(actor('forced_labor', 'government')));
  assert.ok(!keys('There was no evidence of government efforts against forced labor in brick kilns.', 'KH').includes(actor('forced_labor', 'government')));
});

test('a route through the subject country leads to where the victims are exploited; not when a place of the subject is named', () => {
  const through = ofType(keys('Women from Laos and Burma are trafficked through Thailand en route to Malaysia.', 'TH'), 'flow');
  assert.deepEqual(through, [flow('trafficking', 'LA', 'MY'), flow('trafficking', 'MM', 'MY')]);
  const gulf = ofType(keys('Girls are sent from and through Iraq en route to the Gulf for sexual exploitation.', 'IQ'), 'flow');
  assert.deepEqual(gulf, [flow('sex_trafficking', 'IQ', 'middle_east')]);
  const port = ofType(keys('Traffickers in the port city of Nouadhibou exploit migrants from Mali transiting Mauritania en route to Europe in forced labor.', 'MR'), 'flow');
  assert.deepEqual(port, [flow('forced_labor', 'ML', 'MR')]);
});

test('forces using local children in combat; "in combat" is no law cue; a law criminalizing recruitment states nothing; exploitive marriages', () => {
  const got = keys('Government forces and rebel groups are using Yemeni children in combat and as guards.', 'YE');
  for (const f of [flow('child_soldiering', 'YE', 'YE'), sector('child_soldiering', 'armed_conflict'), actor('child_soldiering', 'armed_group')]) assert.ok(got.includes(f), `${f}\n${got.join('\n')}`);
  assert.deepEqual(keys('A new law criminalizing the recruitment of children by armed forces was not enforced.', 'YE'), []);
  assert.ok(keys('Refugee girls are forced into exploitive marriages in camps.', 'JO').includes(victim('forced_marriage', 'female', 'child')));
});

test('origins named after a form ("women sex trafficked from East African countries") are its own; a region in another list stays', () => {
  const got = ofType(keys('Chad is a destination for Nigerien and Malian women in domestic servitude, and for women sex trafficked from Central African countries and possibly Libya.', 'TD'), 'flow');
  assert.deepEqual(got.filter((f) => f.includes('sex_trafficking')), [flow('sex_trafficking', 'LY', 'TD'), flow('sex_trafficking', 'central_africa', 'TD')]);
  assert.ok(got.includes(flow('domestic_servitude', 'NE', 'TD')), got.join('\n'));
});

test('children in a region forcibly conscripted by armed groups and government security forces; a negated response names no actor', () => {
  const got = keys('Chadian children in Lac are forcibly conscripted and used by armed groups and government security forces.', 'TD');
  for (const f of [flow('child_soldiering', 'TD', 'TD'), actor('child_soldiering', 'armed_group'), actor('child_soldiering', 'state_forces')]) assert.ok(got.includes(f), `${f}\n${got.join('\n')}`);
  assert.ok(!got.includes(actor('child_soldiering', 'government')), 'government security forces are state forces');
  assert.deepEqual(ofType(keys('The government did not report any investigations, prosecutions, or convictions of government employees complicit in trafficking.', 'TD'), 'actor'), []);
});

test('a group named after the victims and followed by a passive verb is no agent ("…, often from indigenous communities, are subjected to")', () => {
  assert.deepEqual(ofType(keys('Peruvian children, often from indigenous communities, are subjected to forced labor.', 'PE'), 'actor'), []);
  assert.ok(keys('Peruvian children are forced to work by their families, who sell them to employers.', 'PE').includes(actor('forced_labor', 'family')));
});

test('plans to end or prevent the recruitment of children name no perpetrators', () => {
  assert.deepEqual(ofType(keys('The army and the United Nations signed an action plan to end the recruitment and use of children.', 'NG'), 'actor'), []);
  assert.deepEqual(keys('Activists in Idlib launched a campaign to prevent the recruitment of child soldiers.', 'SY'), []);
});

test('"forced" with a kind of labor between ("forced manual labor") is forced labor; "forced and child labor" is not read so', () => {
  assert.ok(keys('Togolese men are subjected to forced manual labor in Gabon.', 'TG').includes(flow('forced_labor', 'TG', 'GA')));
  assert.ok(!keys('Reports of forced and child labor in Gabon continued.', 'GA').some((f) => f.includes('forced_labor')));
});

test('"CAR" is the Central African Republic; victims exploited with no form named are trafficking victims', () => {
  const got = keys('Most victims appear to be CAR citizens exploited within the country.', 'CF');
  assert.deepEqual(ofType(got, 'flow'), [flow('trafficking', 'CF', 'CF')]);
});

test('a clause about services or law for victims names no victims of exploitation', () => {
  assert.deepEqual(ofType(keys('The government funded a hotline for women and child victims of crime, including trafficking.', 'MR'), 'victim'), []);
  assert.deepEqual(ofType(keys('No shelter could accommodate adult male victims of trafficking.', 'MR'), 'victim'), []);
  const stated = keys('Traffickers exploit women in sex trafficking in shelters for migrants.', 'MR');
  assert.ok(stated.includes(victim('sex_trafficking', 'female', 'adult')), 'a verb of exploitation outweighs the services');
});

test('children put into the ranks of armed groups by their families; negated alternatives do not end the subject', () => {
  const ranks = keys('Some families reportedly insert their children into the ranks of armed groups.', 'ML');
  assert.ok(ranks.includes(actor('child_soldiering', 'family')), ranks.join('\n'));
  const rather = keys('In some regions communities – rather than individuals or families – exploit victims of slavery.', 'ML');
  assert.deepEqual(ofType(rather, 'actor'), [actor('hereditary_slavery', 'community')]);
});

test('adults: "adult forced labor" and "the adult population" are adult victims; "no adult victims" are none', () => {
  const got = keys('Most adult forced labor occurred in agriculture.', 'ML');
  assert.ok(got.includes(victim('forced_labor', 'unknown', 'adult')), got.join('\n'));
  assert.deepEqual(ofType(keys('No adult victims of trafficking have been identified since 2009.', 'LB'), 'victim'), []);
});

test('"were not forced to beg" states nothing; "face conditions of involuntary servitude" and "practiced … servitude" state exploitation', () => {
  assert.deepEqual(keys('The program supported schools on the condition that their students were not forced to beg.', 'GM'), []);
  const face = keys('Men from South Asia who travel to Saudi Arabia subsequently face conditions of involuntary servitude.', 'SA');
  assert.ok(face.includes(flow('forced_labor', 'south_asia', 'SA')), face.join('\n'));
  const practiced = keys('Some ethnic minorities practiced a traditional form of caste-based servitude.', 'NE');
  assert.ok(practiced.includes(flow('hereditary_slavery', 'NE', 'NE')), practiced.join('\n'));
});

test('the report\'s own statement is cited before an attributed one of the same fact', () => {
  const text = 'An NGO noted that communities exploit victims of hereditary slavery. Slaveholders subject some members of the community to hereditary slavery.\n';
  const doc = { path: 'sample.txt', text, reader: 'text' as const, pages: [], bytes: text.length, messages: [] };
  const f = extractDocument(doc, { country: 'ML' }).facts.find((x) => x.type === 'flow' && x.form === 'hereditary_slavery');
  assert.ok(f);
  assert.match(text.slice(f.evidence.start, f.evidence.end), /^Slaveholders/);
});

test('"children have been recruited and used" is child soldiering among armed groups only', () => {
  const armed = keys('At least 40 children have been recruited and used by armed groups.', 'ML');
  assert.ok(armed.includes(actor('child_soldiering', 'armed_group')), armed.join('\n'));
  assert.ok(!keys('Children were recruited for domestic work in the capital.', 'ML').some((f) => f.includes('child_soldiering')));
});

test('a generic form stated for a group of its own nationality stays beside the specific forms', () => {
  const got = keys('Police identified 40 victims, including nine Togolese girls exploited in domestic servitude and 12 Ghanaian victims exploited in unspecified forms of trafficking.', 'BJ');
  const flows = ofType(got, 'flow');
  assert.ok(flows.includes(flow('domestic_servitude', 'TG', 'BJ')), flows.join('\n'));
  assert.ok(flows.includes(flow('trafficking', 'GH', 'BJ')), flows.join('\n'));
  // the group's generic form carries only its own nationality
  assert.ok(!flows.includes(flow('trafficking', 'TG', 'BJ')), flows.join('\n'));
  assert.ok(!flows.includes(flow('domestic_servitude', 'GH', 'BJ')), flows.join('\n'));
});

test('the words of an institution\'s name are no response verb and no actor', () => {
  const s = 'According to the Office for the Protection of Children and Families, the number of children associated with armed groups in Chad (including nationals from Sudan and Niger) rose to 90.';
  const got = keys(s, 'TD');
  assert.ok(ofType(got, 'flow').includes(flow('child_soldiering', 'SD', 'TD')), got.join('\n'));
  assert.ok(ofType(got, 'flow').includes(flow('child_soldiering', 'NE', 'TD')), got.join('\n'));
  assert.ok(!got.includes(actor('child_soldiering', 'family')), got.join('\n'));
});

test('named groups investigated or prosecuted for a form are its actors', () => {
  const got = keys('In 2019, a UN agency investigated Boko Haram fighters and civilians for sexual violence, including sex trafficking.', 'NG');
  assert.ok(got.includes(k({ type: 'actor', form: 'sex_trafficking', actor: 'armed_group', name: 'Boko Haram' } as FactDraft)), got.join('\n'));
});

test('"South America" beside the Dominican Republic is a region of its own: it does not hold that country', () => {
  const got = keys('Jamaican adults may be subjected to forced labor in the Dominican Republic, South America, and the United States.', 'JM');
  const flows = ofType(got, 'flow');
  for (const to of ['DO', 'latin_america', 'US']) assert.ok(flows.includes(flow('forced_labor', 'JM', to)), `${to}: ${flows.join('\n')}`);
  // the rest of a region beside its own countries still gives the countries only
  const rest = ofType(keys('Haitian women are exploited in sex trafficking in the Dominican Republic and elsewhere in the Caribbean.', 'HT'), 'flow');
  assert.deepEqual(rest, [flow('sex_trafficking', 'HT', 'DO')]);
});

test('the nationality of the people whose homes victims work in is no origin; "were forced to" is a verb even in a response clause', () => {
  const got = keys('Police investigated two agencies that sent citizens to Qatar, where they were forced to work in homes of Qatari citizens.', 'NP');
  assert.deepEqual(ofType(got, 'flow'), [flow('forced_labor', 'NP', 'QA')]);
});

test('a form "most prevalent" in a region is stated to happen there', () => {
  const got = keys('Inspections were stepped up in the east, where debt bondage was most prevalent.', 'PY');
  assert.ok(got.includes(flow('debt_bondage', 'PY', 'PY')), got.join('\n'));
});

test('adjectives and nouns are no verbs of exploitation: "exploitative employers", "forms of coercion", "recruitment firms"; a foreign workforce is foreign victims', () => {
  const none = [
    'The government investigated nine trafficking cases but convicted no offenders, including exploitative employers.',
    'Efforts to screen for victims stayed weak because of a poor grasp of trafficking indicators and of non-physical forms of coercion.',
    'Penalties for forced labor cases were limited to closing labor recruitment firms and imposing fines.',
    'The largely foreign workforce often experiences conditions of forced labor, including debt bondage.',
  ];
  for (const s of none) assert.deepEqual(ofType(keys(s, 'QA'), 'flow'), [], s);
  // the verbs themselves still count
  assert.ok(keys('Workers are lured into exploitative labor situations in Oman.', 'ZW').includes(flow('forced_labor', 'ZW', 'OM')));
  assert.ok(keys('Children, often under coercion, engaged in begging.', 'ET').includes(flow('forced_begging', 'ET', 'ET')));
});

test('a clause whose subject is a law states no exploitation, however far its list runs, unless it says the practice happened', () => {
  const law = keys('The law prohibits bonded labor, defined as holding a person through a debt, including subjecting a person to forced labor, debt bondage, or servitude in brick kilns.', 'PK');
  assert.deepEqual(law.filter((f) => ['flow', 'victim', 'sector', 'actor'].includes((JSON.parse(f) as Fact).type)), []);
  assert.ok(keys('The penal code prohibits all forms of forced or compulsory labor, but such practices persisted.', 'PK').includes(flow('forced_labor', 'PK', 'PK')));
  // "law enforcement" is not a law
  assert.ok(keys('Law enforcement officials identified 20 victims of forced labor in brick kilns.', 'PK').includes(flow('forced_labor', 'PK', 'PK')));
});

test('"slave labor" and "conditions analogous to slavery" are forced labor, not hereditary slavery', () => {
  const got = keys('Inspectors identified 120 victims of slave labor on cattle ranches and freed 30 workers held in conditions analogous to slavery.', 'BR');
  assert.ok(got.includes(flow('forced_labor', 'BR', 'BR')), got.join('\n'));
  assert.ok(!got.some((f) => f.includes('hereditary_slavery')), got.join('\n'));
});

test('"sexual slaves" is sexual slavery; soldiers killed are no statistic; an age range in words is no statistic', () => {
  assert.ok(keys('Militias abducted girls and used them as cooks and sexual slaves.', 'CF').includes(k({ type: 'victim', form: 'sexual_slavery', sex: 'female', age: 'child' } as FactDraft)));
  assert.deepEqual(ofType(keys('Armed militants killed three soldiers and injured at least six others near the border.', 'IN'), 'statistic'), []);
  const stats = extract('Observers said 68 children between the ages of nine and 17 were recruited by armed groups.', 'IN').facts.filter((f) => f.type === 'statistic');
  assert.deepEqual(stats.map((f) => f.type === 'statistic' && f.value), [68]);
});

test('"sex and labor trafficking" and "labor and sex trafficking" name both forms', () => {
  for (const s of ['Migrants from Haiti are sex and labor trafficking victims in Chile.', 'Migrants from Haiti are labor and sex trafficking victims in Chile.']) {
    const flows = ofType(keys(s, 'CL'), 'flow');
    assert.ok(flows.includes(flow('sex_trafficking', 'HT', 'CL')) && flows.includes(flow('forced_labor', 'HT', 'CL')), `${s}\n${flows.join('\n')}`);
  }
});

test('the exploiters\' nationality or provenance is not the victims\' origin; a nationality inside the form\'s words is', () => {
  assert.deepEqual(ofType(keys('Chinese nationals running illegal mines forced Ghanaian men to work in the mines.', 'NG'), 'flow'), [flow('forced_labor', 'GH', 'NG')]);
  assert.deepEqual(ofType(keys('Traffickers from Benin exploit Togolese girls in domestic servitude in Lagos.', 'NG'), 'flow'), [flow('domestic_servitude', 'TG', 'NG')]);
  // sex tourists who exploit children: child sex trafficking, the tourists are clients, the children's origin unstated
  const tourists = keys('Sex tourists from Europe and North America exploit children in coastal resorts.', 'GM');
  assert.deepEqual(ofType(tourists, 'flow'), [flow('sex_trafficking', 'GM', 'GM')]);
  assert.ok(tourists.includes(actor('sex_trafficking', 'client')));
  assert.deepEqual(keys('Sex tourists from Europe visit coastal resorts.', 'GM'), []);
});

test('a statistic\'s year is the one after it, unless a comparison comes between', () => {
  const stats = extract('In 2022, the government investigated 45 trafficking cases and convicted nine traffickers, compared with 30 investigations in 2021.', 'NG').facts
    .flatMap((f) => (f.type === 'statistic' ? [[f.value, f.year]] : []));
  assert.deepEqual(stats, [[45, 2022], [9, 2022], [30, 2021]]);
});

test('a mining setting after a list of forms is not where the sex trafficking of the list happens', () => {
  const got = keys('Children are subjected to domestic servitude, commercial sexual exploitation, and forced labor in agriculture and mines.', 'CF');
  assert.ok(got.includes(sector('forced_labor', 'mining')), got.join('\n'));
  assert.ok(!got.includes(sector('sex_trafficking', 'mining')), got.join('\n'));
  assert.ok(keys('Traffickers exploit girls in sex trafficking in mining areas.', 'CF').includes(sector('sex_trafficking', 'mining')));
});

test('actors listed with commas share the verb; an actor is not listed with the object of its verb; spouses are no victims', () => {
  const begging = keys('Some parents, marabouts, and employers forced boys to beg.', 'ML');
  for (const a of ['family', 'religious_teacher', 'employer']) assert.ok(begging.includes(actor('forced_begging', a)), `${a}\n${begging.join('\n')}`);
  assert.deepEqual(ofType(keys('Brick kiln owners hold Cambodian families in debt bondage.', 'KH'), 'actor'), [actor('debt_bondage', 'employer')]);
  const brides = keys('Some Cambodian women who migrate through brokers for marriages to Chinese men are subjected to sex trafficking in China.', 'KH');
  assert.deepEqual(ofType(brides, 'flow'), [flow('sex_trafficking', 'KH', 'CN')]);
  assert.deepEqual(ofType(brides, 'victim'), [victim('sex_trafficking', 'female', 'adult')]);
});

test('an actor that opens a sub-clause after the victims ("…, where employers force them…") is the agent', () => {
  const got = keys('Brokers recruit Nepali women for jobs in Oman, where employers confiscate their passports and force them to work without pay.', 'NP');
  assert.ok(got.includes(actor('forced_labor', 'employer')), got.join('\n'));
  // the object of the sub-clause's verb is not its agent
  assert.ok(!keys('Brokers recruit Nepali women for jobs in Oman, where traffickers exploit employers.', 'NP').includes(actor('trafficking', 'employer')));
});

test('a government named with its country is the agent of the verb after the name', () => {
  const got = keys('The government of Eritrea subjects its citizens to forced labor through the national service program.', 'ER');
  assert.ok(got.includes(actor('forced_labor', 'government')), got.join('\n'));
  assert.ok(!keys('The government of Eritrea adopted a plan against forced labor.', 'ER').includes(actor('forced_labor', 'government')));
});

test('the clause gate comes from the lexicons: a form the vocabulary knows passes it whatever its words', () => {
  // no word of the old hand-kept stem list here: the form lexicon alone lets the clause through
  const got = keys('Rebels of the Red Hand used children as suicide bombers in 2021.', 'NG');
  assert.ok(got.includes(victim('child_soldiering', 'unknown', 'child')), got.join('\n'));
  assert.ok(got.includes(sector('child_soldiering', 'armed_conflict')));
  // a sector or good alone states nothing
  assert.deepEqual(keys('Prices rose for vegetables, meat and fuel in the capital.', 'NG'), []);
  // nor does a report of no incidents
  assert.deepEqual(keys('Inspectors visited workplaces and reported no incidents of forced labor.', 'LV'), []);
});

test('"a government policy or pattern of …" names the state as the actor, even in a sentence about the response', () => {
  const got = ofType(keys('The government prosecuted two traffickers; however, there was a government policy or pattern of human trafficking and employing child soldiers.', 'SY'), 'actor');
  assert.ok(got.includes(actor('child_soldiering', 'government')), got.join('\n'));
  assert.ok(got.includes(actor('trafficking', 'government')), got.join('\n'));
  // the forms it names are those after it, else the nearest one before it
  const programs = ofType(keys('Concerns fall under two categories: sex trafficking and forced labor, and government-sponsored labor export programs.', 'CU'), 'actor');
  assert.deepEqual(programs, [actor('forced_labor', 'government')]);
  assert.ok(!keys('The government funded a shelter for victims of forced labor.', 'CU').some((f) => f.includes('"government"')));
});

test('"by" or "of" before an actor admits one plain adjective, not a run of words', () => {
  assert.ok(keys('Children are forced into prostitution by violent gangs.', 'HT').includes(actor('sex_trafficking', 'criminal_group')));
  // "of action between the government": the government is not the agent of the recruitment
  const plan = keys('There was progress in the plan of action between the government and the UN to end the recruitment of child soldiers.', 'MM');
  assert.ok(!plan.includes(actor('child_soldiering', 'government')), plan.join('\n'));
  const visa = keys('Workers are forced to work in farms in the homes of law enforcement families.', 'TM');
  assert.ok(!visa.some((f) => f.includes('"family"')), visa.join('\n'));
});

test('an actor followed by "that/who" and its own verb is the agent, even after "to"', () => {
  const got = keys('Some army units gave weapons to militias that recruited and used children as fighters.', 'CD');
  assert.ok(got.includes(actor('child_soldiering', 'armed_group')), got.join('\n'));
  const fines = keys('Inspectors fined landowners who used forced labor on their farms.', 'BR');
  assert.ok(fines.includes(actor('forced_labor', 'employer')), fines.join('\n'));
});

test('officials who force or subject people to a form are complicit officials; a "police force" is not a verb', () => {
  const got = keys('Local officials reportedly force farmers to work in the cotton harvest.', 'UZ');
  assert.ok(got.includes(actor('forced_labor', 'official')), got.join('\n'));
  assert.ok(keys('Prison authorities subjected inmates to forced labor on private farms.', 'TD').includes(actor('forced_labor', 'official')));
  const force = keys('The national police force rescued 20 children from forced labor in mines.', 'IN');
  assert.ok(!force.includes(actor('forced_labor', 'official')), force.join('\n'));
});

test('a subject with a long modifier set off by commas is the agent of the verb before the victims', () => {
  const got = keys('Criminal networks based in the port city and in several border towns in the north, such as the capital, exploit migrant women in sex trafficking.', 'MA');
  assert.ok(got.includes(actor('sex_trafficking', 'criminal_group')), got.join('\n'));
  // a participle before the victims is no verb of the subject
  const order = keys('The army issued an order to the military records office on the ages of recruits, requiring the release of any conscripted children to their families.', 'SY');
  assert.ok(!order.some((f) => f.includes('"actor"')), order.join('\n'));
});

test('buyers of sex named as such are clients, of the sexual forms only; not as the target of a response', () => {
  const dest = keys('The country is a destination for child sex tourists from Europe.', 'NI');
  assert.ok(dest.includes(actor('sex_trafficking', 'client')), dest.join('\n'));
  const drivers = ofType(keys('Girls are subjected to domestic servitude and sex trafficking in brothels catering to truck drivers.', 'ZW'), 'actor');
  assert.deepEqual(drivers, [actor('sex_trafficking', 'client')]);
  const also = keys('Local men drive most child sex trafficking, although foreign tourists are also clients in beach resorts.', 'SL');
  assert.ok(also.includes(actor('sex_trafficking', 'client')), also.join('\n'));
  const campaign = keys('The government ran a campaign against child sex tourism in hotels.', 'NI');
  assert.ok(!campaign.includes(actor('sex_trafficking', 'client')), campaign.join('\n'));
});

test('every item of an enumeration after a form is a setting of that form, not of a form listed among the items', () => {
  const got = keys('Traffickers subject Nepali men to forced labor in farming, brick kilns, domestic servitude, prostitution, begging, salt mining, and road construction.', 'NP');
  for (const s of ['agriculture', 'manufacturing', 'begging', 'mining', 'construction']) assert.ok(got.includes(sector('forced_labor', s)), `${s}\n${got.join('\n')}`);
  assert.ok(got.includes(k({ type: 'commodity', form: 'forced_labor', commodity: 'salt' })), got.join('\n'));
  assert.ok(!ofType(got, 'sector').some((f) => f.includes('sex_trafficking')), got.join('\n'));
  assert.ok(!ofType(got, 'commodity').some((f) => f.includes('sex_trafficking')), got.join('\n'));
  // a setting listed after a form of its own is still one of the enumeration's head ("…, in agricultural work")
  assert.ok(keys('Forced labor occurred in domestic servitude, in agricultural work, and in mines.', 'SS').includes(sector('forced_labor', 'mining')));
});

test('a setting of hereditary slavery or the place of domestic servitude attaches to that form; one listed beside it does not', () => {
  const slavery = keys('Some families continue to exploit victims of hereditary slavery in cattle herding.', 'MR');
  assert.ok(slavery.includes(sector('hereditary_slavery', 'animal_husbandry')), slavery.join('\n'));
  assert.ok(!slavery.includes(sector('forced_labor', 'animal_husbandry')), slavery.join('\n'));
  const camps = keys('Foreign women are subjected to sex trafficking and domestic servitude at logging camps and fishing ports.', 'PG');
  for (const f of ['sex_trafficking', 'domestic_servitude']) for (const s of ['forestry', 'fishing']) assert.ok(camps.includes(sector(f, s)), `${f} ${s}\n${camps.join('\n')}`);
  assert.ok(!camps.some((f) => f.includes('forced_labor')), camps.join('\n'));
  const beside = keys('Traffickers exploit girls in domestic servitude, street vending, and begging.', 'GH');
  assert.ok(beside.includes(sector('forced_labor', 'street_vending')) && !beside.includes(sector('domestic_servitude', 'street_vending')), beside.join('\n'));
  // a place named after a labor form is that form's, not that of sex trafficking listed beside it
  assert.ok(!keys('Some girls are forced into prostitution or forced to work on tea farms.', 'KE').includes(sector('sex_trafficking', 'agriculture')));
});

test('named crimes are forced criminality in illicit activities; crimes listed among forced labor\'s work give both forms that sector', () => {
  const gangs = keys('Criminal gangs force street children to commit petty theft and sell drugs.', 'HN');
  assert.ok(gangs.includes(sector('forced_criminality', 'illicit_activities')), gangs.join('\n'));
  assert.ok(!gangs.some((f) => f.includes('forced_labor')), gangs.join('\n'));
  const listed = keys('Traffickers subject boys to forced labor in agriculture, street crime, and drug smuggling.', 'SL');
  for (const f of ['forced_labor', 'forced_criminality']) assert.ok(listed.includes(sector(f, 'illicit_activities')), `${f}\n${listed.join('\n')}`);
  // forced criminality takes no work setting of another kind
  assert.ok(!listed.includes(sector('forced_criminality', 'agriculture')), listed.join('\n'));
  // the words of the form alone name no crime; armed or security "forces" coerce nobody
  assert.ok(!keys('Authorities reported an increase in forced criminality.', 'AW').some((f) => f.includes('illicit_activities')));
  assert.deepEqual(ofType(keys('Crimes included armed robbery and burglary, mostly by militias and security forces.', 'SD'), 'sector'), []);
});

test('a risk cue governs its whole phrase: the list after "vulnerable to" and the places in it give no flow or victim', () => {
  const got = keys('Children from poor families are vulnerable to forced labor, often through their parents, in domestic servitude or forced begging in Thailand.', 'KH');
  assert.deepEqual(ofType(got, 'flow'), []);
  assert.deepEqual(ofType(got, 'victim'), []);
});

test('a statement after a risk phrase in the same clause is a fact; the risk part is not', () => {
  const got = keys('Refugee children are at risk of trafficking, and traffickers force some boys to beg in the capital.', 'ML');
  assert.deepEqual(ofType(got, 'flow'), [flow('forced_begging', 'ML', 'ML')]);
  assert.deepEqual(ofType(got, 'victim'), [victim('forced_begging', 'male', 'child')]);
  // "vulnerable to being forced": the passive is the object of the cue, not a new statement
  assert.deepEqual(ofType(keys('Street children are vulnerable to being forced into begging.', 'ML'), 'flow'), []);
});

test('a group named only as the most vulnerable is no victim; "vulnerability to" is a risk cue', () => {
  const got = keys('Boys are forced to work on cocoa farms, with girls being the most vulnerable.', 'CI');
  assert.deepEqual(ofType(got, 'victim'), [victim('forced_labor', 'male', 'child')]);
  assert.deepEqual(keys('The drought increased the vulnerability to sex trafficking of women and girls in the north.', 'NE'), []);
});

test('missing data ("did not specify how many were victims of …") states no exploitation', () => {
  const got = keys('The ministry did not specify how many of the persons it identified were victims of sex trafficking.', 'GH');
  assert.deepEqual(ofType(got, 'flow'), []);
  assert.deepEqual(ofType(got, 'victim'), []);
});

test('origins carry into the next sentence only through an anaphor ("These workers …", "Some are …")', () => {
  const plain = ofType(keys('Workers from Nepal and India are employed on farms in Jordan. Girls are forced into domestic servitude in Amman.', 'JO'), 'flow');
  assert.deepEqual(plain, [flow('domestic_servitude', 'JO', 'JO')]);
  const anaphor = ofType(keys('Workers from Nepal and India migrate to Jordan for jobs. Some of these workers are subjected to forced labor on farms.', 'JO'), 'flow');
  assert.deepEqual(anaphor.sort(), [flow('forced_labor', 'IN', 'JO'), flow('forced_labor', 'NP', 'JO')].sort());
});

test('"were not victims of" denies the form', () => {
  assert.deepEqual(ofType(keys('The ministry concluded that the returnees were not victims of forced labor.', 'FJ'), 'flow'), []);
});

test('migrant or foreign workers of unstated origin give no internal flow; a nationality of immigrants is their origin', () => {
  assert.deepEqual(ofType(keys('Migrant fishermen were forced to work on vessels in the port.', 'TW'), 'flow'), []);
  assert.deepEqual(ofType(keys('Migrant forced labor occurred in the construction sector.', 'RU'), 'flow'), []);
  assert.deepEqual(ofType(keys('Chinese immigrants were subjected to forced labor in the mining sector.', 'SR'), 'flow'), [flow('forced_labor', 'CN', 'SR')]);
  // a proper name is no group of workers
  assert.deepEqual(ofType(keys('Some victims of forced labor in construction had joined the Temporary Foreign Worker Program.', 'CA'), 'flow'), [flow('forced_labor', 'CA', 'CA')]);
});

test('trafficked onto a work setting: the forced labor of the setting, flowing to the nationality of the vessels', () => {
  const got = keys('Many Laotian men are trafficked onto Korean fishing vessels.', 'LA');
  assert.deepEqual(ofType(got, 'flow'), [flow('forced_labor', 'LA', 'KR')]);
  assert.ok(got.includes(victim('forced_labor', 'male', 'adult')) && !got.includes(victim('trafficking', 'male', 'adult')));
});

test('a fronted "In X," sets the scene; the places named for the exploitation are where it happens', () => {
  const got = keys('In Laos, young men are trafficked onto Korean fishing boats.', 'LA');
  assert.deepEqual(ofType(got, 'flow'), [flow('forced_labor', 'LA', 'KR')]);
  // alone, the fronted place is where it happens
  assert.deepEqual(ofType(keys('In Laos, young men are forced to work on fishing boats.', 'LA'), 'flow'), [flow('forced_labor', 'LA', 'LA')]);
});

test('regional fishing boats are abroad: no internal flow', () => {
  assert.deepEqual(ofType(keys('Hundreds of Laotian men have been trafficked onto regional fishing boats.', 'LA'), 'flow'), []);
});

test('"modern-day slavery" is trafficking, not hereditary slavery', () => {
  const got = keys('Dozens of Laotian women described modern-day slavery in brothels in Bangkok.', 'LA');
  assert.ok(!got.some((f) => f.includes('hereditary_slavery')));
});

test('a story\'s "there" is the place named just before it, not the subject country', () => {
  const text = 'Brokers promise the men jobs on plantations, then smuggle them into Malaysia. Once there, they are sold to boat captains and forced to work without pay.';
  const got = ofType(keys(text, 'LA'), 'flow');
  assert.deepEqual(got, [flow('forced_labor', 'LA', 'MY')]);
  // the "there" of "while there were" points nowhere
  assert.deepEqual(ofType(keys('Officials visited Malaysia. While there were no prosecutions, children were forced to beg.', 'LA'), 'flow'), [flow('forced_begging', 'LA', 'LA')]);
});

test('women forced to work as prostitutes: sex trafficking, not forced labor', () => {
  const got = keys('Ghanaian women are forced to work long nights as prostitutes in Lebanon.', 'GH');
  assert.deepEqual(ofType(got, 'victim'), [victim('sex_trafficking', 'female', 'adult')]);
  assert.deepEqual(ofType(got, 'flow'), [flow('sex_trafficking', 'GH', 'LB')]);
});

test('victims taken out of the country are exploited elsewhere: no internal flow', () => {
  const got = keys('Smuggled out of Ghana on false promises, girls end up forced into prostitution.', 'GH');
  assert.deepEqual(ofType(got, 'flow'), []);
  assert.ok(got.includes(role('GH', 'origin')));
});

test('a form that names what a person works on states nothing ("…, a forced labor expert", "human trafficking program coordinator")', () => {
  assert.deepEqual(keys('The scale of what is occurring in the region is large, said Awa Kone, human trafficking program coordinator for the agency in Mali.', 'ML'), []);
  assert.deepEqual(keys('Moussa Traore, a forced labor expert, said abuses occurred in Bamako.', 'ML'), []);
});

test('a hedge word inside a phrase about something else does not hedge the clause; one by the verb or the form does', () => {
  const hedgesOf = (text: string) => extract(text, 'RU').claims.map((c) => c.context.hedges.join(','));
  // "potential" qualifies the markets, not the exploitation the clause states
  const found = hedgesOf('Traffickers exploit girls in sex trafficking in hotels near potential new border markets.');
  assert.ok(found.length > 0 && found.every((h) => h === ''), found.join('|'));
  const reported = hedgesOf('Employers reportedly forced migrants to work on farms.');
  assert.ok(reported.length > 0 && reported.every((h) => h === 'reported'), reported.join('|'));
  const possible = hedgesOf('Migrant women are subjected to possible forced labor on farms.');
  assert.ok(possible.length > 0 && possible.every((h) => h === 'possible'), possible.join('|'));
});

test('the language tables are handed to extraction: another abbreviation list changes where sentences end', () => {
  const text = 'Boys are forced to beg in Mopti Dist. Officials were complicit in the abuse.';
  const run = (language?: Language) => extractDocument({ path: 'sample.txt', text, reader: 'text', pages: [], bytes: text.length, messages: [] }, { country: 'ML', ...(language ? { language } : {}) });
  const english = run();
  assert.ok(english.claims.every((c) => c.evidence.end <= text.indexOf('Officials')), 'English: "Dist." ends the sentence');
  const withDist = run({ ...ENGLISH, abbreviations: new Set([...ENGLISH.abbreviations, 'Dist']) });
  assert.ok(withDist.claims.some((c) => c.evidence.end > text.indexOf('Officials')), 'with "Dist" as an abbreviation, one sentence');
});

test('a region of another country is a place only when the clause names that country', () => {
  const own = keys('In the Chaco region, traffickers exploit indigenous workers in forced labor.', 'BO');
  assert.deepEqual(ofType(own, 'place'), [], 'Chaco is a province of Argentina, not named here');
  const named = keys('Bolivian men are exploited in forced labor in the Chaco province of Argentina.', 'BO');
  assert.deepEqual(ofType(named, 'place'), [k({ type: 'place', form: 'forced_labor', place: 'Chaco', country: 'AR' } as FactDraft)]);
});

test('who receives sold children exploits them; actors listed with commas share the verb; the object of a response is no agent', () => {
  const sold = keys('Some parents sell their children to employers for domestic labor or sexual exploitation.', 'PH');
  for (const a of ['family', 'employer']) assert.ok(sold.includes(actor('sex_trafficking', a)), `${a}\n${sold.join('\n')}`);
  // selling goods to soldiers is no exploitation by them
  assert.ok(!keys('Gunmen target traders who sold food to government soldiers in areas where children are forced to work.', 'SO').some((f) => f.includes('state_forces')));
  const list = keys('Family members, taxi drivers, foreign tourists, hotel staff, and other traffickers have allegedly exploited girls in sex trafficking.', 'FJ');
  for (const a of ['family', 'client']) assert.ok(list.includes(actor('sex_trafficking', a)), `${a}\n${list.join('\n')}`);
  assert.ok(keys('Families or tribe members reportedly exploit children in sex trafficking.', 'PG').includes(actor('sex_trafficking', 'community')));
  const convict = keys('Authorities failed to prosecute and convict boat owners, captains, or brokers for involvement in forced labor.', 'TH');
  assert.ok(!convict.includes(actor('forced_labor', 'employer')), convict.join('\n'));
});

test('a relative clause states exploitation of its own in a clause about support or funding', () => {
  const got = keys('There were reports of the army providing funding to local militias that recruit and use children, including several Mai Mai groups.', 'CD');
  assert.ok(got.includes(actor('child_soldiering', 'armed_group')), got.join('\n'));
  assert.ok(got.some((f) => f.includes('"Mai-Mai"')), got.join('\n'));
});

test('ISIS-K and ISIS-WA are their own groups, not ISIS; a generic "fighters" gives an unnamed armed group', () => {
  const got = keys('The Taliban and the Islamic State in Khorasan Province (ISIS-K) continue to recruit and use child soldiers.', 'AF');
  assert.ok(got.some((f) => f.includes('"ISIS-K"')), got.join('\n'));
  assert.ok(!got.some((f) => f.includes('"ISIS"')), got.join('\n'));
  const wa = keys('ISIS-WA fighters forcibly married girls in the northeast.', 'NG');
  assert.ok(wa.some((f) => f.includes('"ISWAP"')) && !wa.some((f) => f.includes('"ISIS"')), wa.join('\n'));
  assert.ok(keys('Fighters subjected captured women and girls to forced marriages.', 'IQ').includes(actor('forced_marriage', 'armed_group')));
});

test('child labor settings, goods sold at markets and exploited minerals imply no form; goods of the DOL list are named', () => {
  assert.deepEqual(keys('Child labor occurred in agriculture, gold mining, brick making, and commercial sexual exploitation.', 'NE').filter((f) => /"(?:sector|commodity)"/.test(f)), []);
  assert.deepEqual(keys('Children worked on family farms and helped gather firewood later sold at markets.', 'CG'), []);
  assert.deepEqual(keys('Gold and coltan were the most exploited minerals in the east.', 'CD'), []);
  // a good in an institution's name is none; in a site's name it is
  assert.ok(!keys('Forced labor was reported after the Cotton Industry Act came into force.', 'UZ').some((f) => f.includes('"commodity"')));
  assert.ok(keys('Forced labor was reported at the Marange Diamond Fields.', 'ZW').includes(k({ type: 'commodity', form: 'forced_labor', commodity: 'diamonds' })));
  const goods = keys('Traffickers force families to work in bonded labor in brickmaking and carpet weaving. Traffickers force children to work in potato fields.', 'AF');
  for (const [form, c] of [['debt_bondage', 'bricks'], ['debt_bondage', 'carpets'], ['forced_labor', 'potatoes']]) assert.ok(goods.includes(k({ type: 'commodity', form, commodity: c } as FactDraft)), `${c}\n${goods.join('\n')}`);
  // coercion under threat of penalty is forced labor
  assert.ok(keys('Local authorities required students and public workers to pick cotton during the harvest under threat of penalty.', 'UZ').includes(k({ type: 'commodity', form: 'forced_labor', commodity: 'cotton' })));
  assert.deepEqual(keys('Local authorities required students and public workers to pick cotton during the harvest.', 'UZ'), []);
});

test('a job naming who the victims are, then forced into prostitution, is no setting; a good bought or near sex trafficking is no good of it', () => {
  const maids = keys('Some Ethiopian domestic workers whom traffickers force into prostitution are exploited in Lebanon.', 'ET');
  assert.ok(!maids.some((f) => f.includes('domestic_work') || f.includes('forced_labor')), maids.join('\n'));
  // forced to work in the job, it stays a setting of forced labor
  assert.ok(keys('Girls are forced to beg or to work as domestic servants.', 'BO').includes(sector('forced_labor', 'domestic_work')));
  const gold = keys('She said she was going to Italy to buy gold, but traffickers forced her into prostitution in Libya.', 'NG');
  assert.ok(!gold.some((f) => f.includes('"commodity"') || f.includes('mining')), gold.join('\n'));
  assert.ok(!keys('Traffickers exploit girls in sex trafficking near gold mines.', 'GH').some((f) => f.includes('"commodity"')));
});

test('service and odd-job settings: food services, landscaping, truck driving, petty trading; "catering to tourists" is no setting', () => {
  const got = keys('Migrants are subjected to forced labor in food services, landscaping, truck driving, and petty trading.', 'CW');
  for (const s of ['hospitality', 'other', 'transportation', 'informal_commerce']) assert.ok(got.includes(sector('forced_labor', s)), `${s}\n${got.join('\n')}`);
  assert.ok(!keys('Girls are forced into prostitution in coastal towns catering to foreign tourists.', 'GM').some((f) => f.includes('hospitality')));
  assert.ok(keys('Gangs force street children to steal.', 'HN').includes(sector('forced_criminality', 'illicit_activities')));
});

test('", and traffickers exploit …" starts a statement of its own: its places are not those of the forms before', () => {
  const got = ofType(keys('Traffickers exploit victims from neighboring West African countries in forced labor in Liberia, and traffickers exploit Liberians in neighboring countries, including Guinea and Mali.', 'LR'), 'flow');
  assert.ok(got.includes(flow('trafficking', 'LR', 'GN')) && got.includes(flow('trafficking', 'LR', 'ML')), got.join());
  assert.ok(!got.some((f) => f.includes('"from":"west_africa","to":"GN"')), got.join());
});

test('a list of destinations goes on past a name with "the" that is no area ("…, the Mediterranean, Latin America, and the United States")', () => {
  const got = ofType(keys('Traffickers exploit Haitian citizens in forced labor in Asia, the Mediterranean, South America, and the United States.', 'HT'), 'flow');
  assert.deepEqual(got.sort(), [flow('forced_labor', 'HT', 'asia'), flow('forced_labor', 'HT', 'latin_america'), flow('forced_labor', 'HT', 'US')].sort());
});

test('"potential victims" (the words of the response) does not hedge the facts of its clause; "may" does', () => {
  const plain = extract('Traffickers force boys to beg in markets, and officials failed to screen potential trafficking victims.', 'SN');
  assert.ok(plain.claims.length > 0);
  for (const c of plain.claims) assert.deepEqual(c.context.hedges, [], c.ruleId);
  const hedged = extract('Traffickers may force boys to beg in markets.', 'SN');
  assert.ok(hedged.claims.every((c) => c.context.hedges.includes('possible')));
});

test('"there is no law prohibiting …" is a clause about law: what it names is no fact', () => {
  assert.deepEqual(keys('There is no law prohibiting the use of a child for illicit activities, in particular the production and trafficking of drugs.', 'SL'), []);
  assert.deepEqual(keys('There are no provisions prohibiting forced labor of children in the northern province.', 'SL'), []);
  // a law clause that goes on to say the practice happened still states it
  assert.ok(keys('There is no law that prohibits all forms of forced or compulsory labor, but such practices persisted.', 'SL').includes(flow('forced_labor', 'SL', 'SL')));
});

test('"people" of no stated origin: exploited in the subject (S→S), not said to come from it when exploited beside it or in its region', () => {
  const got = ofType(keys('An estimated 50,000 people are forced to work in scam compounds in Laos, and another 20,000 in Cambodia.', 'LA'), 'flow');
  assert.ok(got.includes(flow('forced_labor', 'LA', 'LA')));
  assert.ok(!got.some((f) => f.includes('"to":"KH"')), 'no LA→KH');
  assert.deepEqual(ofType(keys('Gangs have forced thousands of people in Southeast Asia into online scam operations.', 'LA'), 'flow'), []);
  // women, girls, men and boys of a report keep the subject as their origin
  assert.ok(ofType(keys('Women and girls are sex trafficked within Laos and in neighboring countries, such as Thailand.', 'LA'), 'flow').includes(flow('sex_trafficking', 'LA', 'TH')));
});
