/** Fixtures for tests (invented sentences in report style; no corpus text). */

/** A small whole report assembled from invented narratives (report style, own sentences). */
export const WHOLE_REPORT = [
  '2021 Trafficking in Persons Report',
  '',
  'INTRODUCTION',
  'This report covers the governments of many countries.',
  '',
  'MALI: Tier 2 Watch List',
  'The Government of Mali does not fully meet the minimum standards.',
  'TRAFFICKING PROFILE',
  'Traffickers exploit Malian boys in gold mines in Guinea.',
  '',
  'MAURITANIA (Tier 2)',
  'The Government of Mauritania is making significant efforts.',
  'TRAFFICKING PROFILE',
  'Some Mauritanian girls are forced into domestic servitude in Nouakchott.',
  '',
  'COTE D’IVOIRE: Tier 2',
  'Traffickers exploit Ivoirian children in cocoa farming.',
  '',
].join('\n');
