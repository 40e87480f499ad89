import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clauseStatistics } from './statistics.js';
import { segment } from '../text/segment.js';

/** Statistics of every clause of a text, as [value, qualifier, year?]. */
function stats(text: string): [number, string, number?][] {
  const out: [number, string, number?][] = [];
  for (const sentence of segment(text)) {
    for (const clause of sentence.clauses) {
      for (const d of clauseStatistics(text, clause, sentence)) {
        assert.equal(d.fact.type, 'statistic');
        assert.deepEqual(d.span, clause, 'a statistic spans its clause');
        out.push(d.fact.year === undefined ? [d.fact.value, d.fact.qualifier] : [d.fact.value, d.fact.qualifier, d.fact.year]);
      }
    }
  }
  return out;
}

test('qualified counts: at least, more than, an estimated, over', () => {
  assert.deepEqual(stats('Traffickers exploited at least 47 children in forced begging.'), [[47, 'at_least']]);
  assert.deepEqual(stats('More than 1,430 Malians were repatriated from Libya in 2017 after trafficking.'), [[1430, 'more_than', 2017]]);
  assert.deepEqual(stats('An estimated 1.5 million victims of forced labor live there.'), [[1500000, 'approx']]);
  assert.deepEqual(stats('Over one million people face forced labor.'), [[1000000, 'more_than']]);
  assert.deepEqual(stats('About 55% of victims of trafficking were women.'), [[55, 'approx']]);
});

test('plain counts with the year of the clause', () => {
  assert.deepEqual(stats('In 2019, the government prosecuted 22 traffickers.'), [[22, 'exact', 2019]]);
  assert.deepEqual(stats('The government identified 143 victims and convicted 9 traffickers for trafficking.'), [[143, 'exact'], [9, 'exact']]);
  assert.deepEqual(stats('Police identified 20,000 victims of sex trafficking.'), [[20000, 'exact']]);
});

test('the year comes from the same clause only', () => {
  assert.deepEqual(stats('In 2018, 20 children were rescued from forced begging; officials later found 35 children.'), [[20, 'exact', 2018], [35, 'exact']]);
  assert.deepEqual(stats('In 2018, 20 children were rescued from forced begging; in 2019, 35 children were rescued.'), [[20, 'exact', 2018], [35, 'exact', 2019]]);
});

test('number words count: "one case" is 1', () => {
  assert.deepEqual(stats('The government investigated one case of sex trafficking.'), [[1, 'exact']]);
  assert.deepEqual(stats('Authorities convicted three traffickers for forced labor.'), [[3, 'exact']]);
});

test('a range gives at_least and up_to', () => {
  assert.deepEqual(stats('NGOs estimated that between 150,000 and 300,000 people live in hereditary slavery.'), [[150000, 'at_least'], [300000, 'up_to']]);
});

test('ages, years, article numbers, sentences and money are not statistics', () => {
  assert.deepEqual(stats('Girls as young as 12 are exploited in sex trafficking.'), []);
  assert.deepEqual(stats('A 14-year-old girl was a victim of sex trafficking.'), []);
  assert.deepEqual(stats('Article 15 of the 2012 anti-trafficking law prescribes penalties for trafficking.'), []);
  assert.deepEqual(stats('Traffickers face 15 years’ imprisonment for forced labor.'), []);
  assert.deepEqual(stats('The law imposes 5 to 10 years of prison for trafficking.'), []);
  assert.deepEqual(stats('Traffickers paid 500 dollars for each victim of forced labor.'), []);
  assert.deepEqual(stats('Traffickers paid $500 for each girl in sex trafficking.'), []);
  assert.deepEqual(stats('In 2021, the trafficking situation worsened.'), []);
});

test('counts of facilities and words without a number are not statistics', () => {
  assert.deepEqual(stats('The government opened two shelters for trafficking victims.'), []);
  assert.deepEqual(stats('Hundreds of children are exploited in forced begging.'), []);
  assert.deepEqual(stats('No victims of trafficking were identified.'), []);
});

test('a sentence not about trafficking gives none', () => {
  assert.deepEqual(stats('Police arrested 300 people during the protests.'), []);
  assert.deepEqual(stats('In 2020, 1,200 students graduated from 14 schools.'), []);
});

test('the subject names what was counted', () => {
  const text = 'In 2017, authorities repatriated 1,305 Malians from Libya after trafficking.';
  const [s] = segment(text);
  const [d] = clauseStatistics(text, s.clauses[0], s);
  assert.equal(d.fact.value, 1305);
  assert.equal(d.fact.year, 2017);
  assert.match(d.fact.subject, /Malians/);
});

test('an elided noun: the number after a counted one, or after "the number of" a noun', () => {
  assert.deepEqual(stats('Monitors found 40 children with one militia, 12 with another, and the rest with other armed groups.'), [[40, 'exact'], [12, 'exact']]);
  assert.deepEqual(stats('Prosecutions of trafficking cases fell from 30 investigations to 9.'), [[30, 'exact'], [9, 'exact']]);
  assert.deepEqual(stats('The number of children used by armed groups is as high as 150.'), [[150, 'up_to']]);
  assert.deepEqual(stats('An NGO found that 3 percent of working children (an estimated 20,000) were in forced labor.'), [[3, 'exact'], [20000, 'approx']]);
  assert.deepEqual(stats('Officials in 12 regions reported trafficking cases.'), [], 'a bare number without a counted noun before it');
});

test('numbers listed with "and" count; money in a currency code and counted facilities do not', () => {
  assert.deepEqual(stats('Armed groups recruited 80 boys and six girls.'), [[80, 'exact'], [6, 'exact']]);
  assert.deepEqual(stats('The trafficker agreed to pay 300,000 XOF to the victim of forced labor.'), []);
  assert.deepEqual(stats('The government funded 14 Quranic schools whose students were not forced to beg.'), []);
});

test('the year is that of the clause up to a semicolon; a year after "since" is not the year of the number', () => {
  assert.deepEqual(stats('In 2019, an NGO reported 40 cases of child soldiering, while 120 children escaped from armed groups.'), [[40, 'exact', 2019], [120, 'exact', 2019]]);
  assert.deepEqual(stats('The NGO has assisted more than 70 victims of forced labor since 2011.'), [[70, 'more_than']]);
});

test('the second age of an age range is not a count', () => {
  assert.deepEqual(stats('Armed groups recruited 14 boys between ages nine and 16.'), [[14, 'exact']]);
  assert.deepEqual(stats('Police found 12 trafficking victims ages 10 to 15 in a brothel.'), [[12, 'exact']]);
  assert.deepEqual(stats('Two girls, ages 16 and 14, were victims of sex trafficking.'), [[2, 'exact']]);
});

test('a part of a counted whole and a dash range give both numbers', () => {
  assert.deepEqual(stats('Police said 140 of the 610 trafficking victims identified were children.'), [[140, 'exact'], [610, 'exact']]);
  assert.deepEqual(stats('NGOs estimated that 30,000-60,000 Nepalis were in forced labor abroad.'), [[30000, 'at_least'], [60000, 'up_to']]);
  assert.deepEqual(stats('Traffickers exploited 20-30 percent of the workers in forced labor.'), [[20, 'at_least'], [30, 'up_to']]);
});

test('in a paragraph about trafficking, counts of victims need no trafficking word of their own', () => {
  const text = 'The government increased efforts to protect trafficking victims.\nOf the 120 victims identified, 80 were women and 40 were children. The ministry provided shelter to 35 victims.';
  assert.deepEqual(stats(text), [[120, 'exact'], [80, 'exact'], [40, 'exact'], [35, 'exact']]);
  assert.deepEqual(stats('The government increased efforts to protect trafficking victims.\n\nThe ministry provided shelter to 35 victims.'), [], 'another paragraph');
  assert.deepEqual(stats('Gangs control drug trafficking routes.\nPolice found 14 victims of the attack.'), [], 'drug trafficking is not the topic');
  assert.deepEqual(stats('The government increased efforts to protect trafficking victims.\nThe ministry fed 300 children.'), [], 'children are not victims named');
});

test('recruitment and armed groups make a sentence about child soldiering only when children are named', () => {
  assert.deepEqual(stats('Militants of an armed group recruited 45 children in 2020.'), [[45, 'exact', 2020]]);
  assert.deepEqual(stats('The NGO said 300 children associated with armed groups were released.'), [[300, 'exact']]);
  assert.deepEqual(stats('Armed groups killed 85 members of the police in the north.'), []);
  assert.deepEqual(stats('Most of the 500,000 foreign workers are hired through recruitment agencies.'), []);
  assert.deepEqual(stats('Officials reported 12 cases of forced labor, a decrease from 2019.'), [[12, 'exact']]);
});

test('one of a kind counts, displaced people count, money in a named currency does not', () => {
  assert.deepEqual(stats('Police found 16 child soldiers and one Congolese child soldier in a camp of an armed group.'), [[16, 'exact'], [1, 'exact']]);
  assert.deepEqual(stats('Many of the 200,000 IDPs in the east are vulnerable to trafficking.'), [[200000, 'exact']]);
  assert.deepEqual(stats('The UN received four allegations of sexual exploitation by peacekeepers.'), [[4, 'exact']]);
  assert.deepEqual(stats('Courts fined the trafficker 50,000 rupees for forced labor.'), []);
  assert.deepEqual(stats('The SNHR attributed 2,400 forced disappearances to the army.'), []);
});

test('"N or more" after the number is at_least', () => {
  assert.deepEqual(stats('Some 40,000 people are held in forced labor in one province, and 25,000 or more in another.'), [[40000, 'approx'], [25000, 'at_least']]);
  assert.deepEqual(stats('Traffickers held 30 or more victims of forced labor on each boat.'), [[30, 'at_least']]);
  assert.deepEqual(stats('Victims of forced labor worked 12 or more hours a day.'), []);
});

test('bonded labor is a topic; people rescued or repatriated count in a paragraph about trafficking', () => {
  assert.deepEqual(stats('Police rescued 75 bonded laborers from a brick kiln.'), [[75, 'exact']]);
  assert.deepEqual(stats('Women were trafficked to the Gulf.\nMore than 40 women have been repatriated.'), [[40, 'more_than']]);
  assert.deepEqual(stats('Women were trafficked to the Gulf.\nLabor inspectors identified 30 minors in factories.'), []);
});
