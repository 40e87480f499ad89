/**
 * When a capitalised name is a place: the cues around it, and the words that are never places
 * (GeoNames has towns called Justice, Police, Progress, Mission, Union...). Data only; the
 * matcher is place-index.ts.
 */

/** Text just before a place: "in X", "near the X", "the town of X", "the gold mines of X". */
export const BEFORE_CUE = new RegExp(
  '(?:\\b(?:in|at|near|from|around|outside|inside|within|throughout|across|via|into|to|toward|towards|between|'
  + 'reach|reached|reaching)\\s+(?:the\\s+)?(?:(?:northern|southern|eastern|western|central|north|south|east|west|'
  + 'northeastern|northwestern|southeastern|southwestern|remote|rural|border)\\s+)?'
  + '|\\b(?:towns?|city|cities|villages?|regions?|provinces?|districts?|prefectures?|departments?|communes?|'
  + 'municipalit(?:y|ies)|states?|governorates?|county|counties|areas?|capital|mines?|mining\\s+(?:sites?|areas?|'
  + 'zones?|towns?)|camps?|localit(?:y|ies)|islands?|zones?|cercles?|circles?|neighbou?rhoods?|suburbs?|port|streets|'
  + 'outskirts|slums)\\s+of\\s+(?:the\\s+)?'
  + '|\\b(?:cities|towns|areas|regions|provinces|districts|states|departments|municipalities|places|locations|hubs)\\s*,?\\s+'
  + '(?:such as|including|like|particularly|especially|notably)\\s+)$', 'i');

/** Text just after a place: "X region", "X Province", "X gold mines", "X refugee camp". */
export const AFTER_CUE = new RegExp(
  '^\\s*(?:regions?|Regions?|provinces?|Provinces?|districts?|Districts?|prefectures?|Prefectures?|departments?|'
  + 'Departments?|governorates?|Governorates?|states?|State|county|County|municipality|Municipality|communes?|'
  + 'Commune|cercles?|Cercle|towns?|city|village|area|border area|refugee camps?|camps?|IDP camps?|mines?|'
  + '(?:gold|salt|diamond|artisanal)\\s+mines?|mining\\s+(?:sites?|areas?|zones?|towns?))\\b',
);

/** After-cues that make the admin-1 region the likelier reading. */
export const REGION_AFTER = /^\s*(?:regions?|Regions?|provinces?|Provinces?|governorates?|Governorates?|states?|State|departments?|Departments?|prefectures?|Prefectures?)\b/;
export const REGION_BEFORE = /\b(?:regions?|provinces?|governorates?|states?|departments?|prefectures?)\s+of\s+(?:the\s+)?$/i;

/** A further place in a list after an accepted one: "in Gao, Kidal, and Timbuktu". */
export const LIST_GAP = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)$/;

/** Capitalised words that are never taken as places here, whatever GeoNames says. */
export const NOT_PLACES: ReadonlySet<string> = new Set([
  // Calendar.
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Ramadan', 'Christmas',
  'Easter',
  // Report and government vocabulary.
  'Justice', 'Law', 'Laws', 'Police', 'Government', 'Tier', 'Labor', 'Labour', 'Minister', 'Ministry', 'President',
  'Parliament', 'Congress', 'Court', 'Courts', 'Article', 'Section', 'Chapter', 'Code', 'Penal', 'Criminal',
  'Federal', 'National', 'State', 'States', 'Union', 'Republic', 'Kingdom', 'Office', 'Department', 'Agency',
  'Commission', 'Committee', 'Council', 'Assembly', 'Senate', 'Secretary', 'General', 'Director', 'Prime',
  'Security', 'Defense', 'Defence', 'Interior', 'Social', 'Affairs', 'Health', 'Education', 'Women', 'Children',
  'Family', 'Youth', 'Human', 'Rights', 'Trafficking', 'Persons', 'Report', 'Watch', 'List', 'Plan', 'Action',
  'Protection', 'Prevention', 'Prosecution', 'Recommendations', 'Profile', 'Victims', 'Victim', 'Shelter',
  'Center', 'Centre', 'Unit', 'Task', 'Force', 'Forces', 'Army', 'Military', 'Navy', 'Guard', 'Gendarmerie',
  'Immigration', 'Customs', 'Border', 'Prison', 'Camp', 'Program', 'Programme', 'Project', 'Fund', 'Bank',
  'International', 'Organization', 'Foundation', 'Church', 'Mosque', 'University', 'School', 'Hospital',
  'Independence', 'Liberty', 'Freedom', 'Progress', 'Concord', 'Commerce', 'Industry', 'Mission', 'Victory',
  'Hope', 'Unity', 'Peace', 'Paradise', 'Eden', 'Providence', 'Enterprise', 'Reform', 'Welfare', 'Charity',
  'Market', 'Central', 'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Upper',
  'Lower', 'Middle', 'Greater', 'New', 'Old', 'Saint', 'San', 'Santa', 'Port', 'Island', 'Islands', 'Coast',
  'Lake', 'River', 'Valley', 'Mount', 'Bay', 'Gulf', 'Sea', 'Ocean', 'Desert', 'Delta', 'Highlands',
  // Languages, religions, groups and other capitalised words.
  'English', 'Arabic', 'Islam', 'Islamic', 'Muslim', 'Muslims', 'Christian', 'Christians', 'Catholic', 'Sharia',
  'God', 'Allah', 'Internet', 'Facebook', 'Twitter', 'WhatsApp', 'Covid', 'COVID', 'Ebola', 'AIDS', 'HIV',
  'Boko', 'Haram', 'Al', 'El', 'La', 'Le', 'Los', 'Las', 'The', 'A', 'An', 'Of', 'In', 'At', 'On', 'To', 'By',
  'Mr', 'Mrs', 'Ms', 'Dr', 'General', 'Colonel', 'Captain', 'Officer', 'Judge', 'Prosecutor', 'Chief', 'King',
  'Queen', 'Prince', 'Sheikh', 'Emir', 'Sultan', 'Mayor', 'Governor', 'Young', 'Many', 'Some', 'Most', 'Other',
  'Several', 'Such', 'This', 'These', 'That', 'Those', 'Because', 'During', 'After', 'Before', 'While', 'Although',
  'However', 'According', 'Authorities', 'Officials', 'Traffickers', 'Observers', 'Media', 'Press', 'Radio',
  'Television', 'Transparency', 'Amnesty', 'Reuters', 'Hope', 'Lucky', 'Victoria', 'Mercedes', 'Florida',
  'Georgia', 'Jordan', 'Chad', 'Man', 'Person', 'Nation', 'Nations', 'Camps', 'Refugee', 'Refugees', 'Migrant',
  'Northeast', 'Northwest', 'Southeast', 'Southwest', 'Nord', 'Sud', 'Est', 'Ouest', 'Centre-Nord', 'Sur', 'Norte',
  'Sahel', 'Lakes', 'Romani', 'Roma', 'Arab', 'Arabs', 'Kurdish', 'Kurds', 'Yazidi', 'Bedouin', 'Tuareg', 'Fulani',
  'Peulh', 'Hausa', 'Dinka', 'Nuer', 'Hutu', 'Tutsi', 'Pygmy', 'Batwa', 'Haratine', 'Moor', 'Moors', 'Bir',
  'Migrants', 'Worker', 'Workers', 'Domestic', 'Forced', 'Sex', 'Child', 'Soldier', 'Soldiers', 'Gold', 'Salt',
]);
