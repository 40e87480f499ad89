/**
 * Curated country names that the packages (world-countries, i18n-iso-countries) lack or
 * get wrong for report prose. Sources: the names used by the TIP report and the Country
 * Reports on Human Rights Practices (chapter titles), the CIA World Factbook's
 * conventional short/long forms, and ISO 3166-1 short names.
 * Matching is case-sensitive on these spellings (accents and apostrophe styles are folded).
 */

export interface CountryNameRule {
  /** The name as written in prose. */
  readonly name: string;
  /** Candidate ISO2 codes, most likely first. */
  readonly codes: readonly string[];
}

const n = (name: string, ...codes: string[]): CountryNameRule => ({ name, codes });

export const COUNTRY_NAMES: readonly CountryNameRule[] = [
  n('Burma', 'MM'), n('Myanmar', 'MM'), n('Burma (Myanmar)', 'MM'),
  n("Cote d'Ivoire", 'CI'), n("Côte d'Ivoire", 'CI'), n('Cote d Ivoire', 'CI'), n('Cote dIvoire', 'CI'),
  n('Ivory Coast', 'CI'),
  n('CAR', 'CF'), n('C.A.R.', 'CF'), n('DRC', 'CD'), n('D.R.C.', 'CD'), n('DR Congo', 'CD'), n('D.R. Congo', 'CD'),
  n('Democratic Republic of the Congo', 'CD'), n('Democratic Republic of Congo', 'CD'),
  n('Congo-Kinshasa', 'CD'), n('Congo (Kinshasa)', 'CD'), n('Congo, Democratic Republic of the', 'CD'),
  n('Congo, the Democratic Republic of the', 'CD'),
  n('Republic of the Congo', 'CG'), n('Republic of Congo', 'CG'), n('Congo-Brazzaville', 'CG'),
  n('Congo (Brazzaville)', 'CG'), n('Congo, Republic of the', 'CG'), n('Congo, Republic of', 'CG'),
  n('Congo', 'CG', 'CD'),
  n('UAE', 'AE'), n('U.A.E.', 'AE'), n('U.A.E', 'AE'), n('United Arab Emirates', 'AE'), n('Emirates', 'AE'),
  n('UK', 'GB'), n('U.K.', 'GB'), n('U.K', 'GB'), n('United Kingdom', 'GB'), n('Great Britain', 'GB'), n('Britain', 'GB'),
  n('England', 'GB'), n('Scotland', 'GB'), n('Wales', 'GB'), n('Northern Ireland', 'GB'),
  n('United States', 'US'), n('United States of America', 'US'), n('U.S.', 'US'), n('U.S', 'US'),
  n('USA', 'US'), n('the US', 'US'), n('U.S.A.', 'US'), n('U.S.A', 'US'),
  n('PRC', 'CN'), n('P.R.C.', 'CN'), n("People's Republic of China", 'CN'), n('Mainland China', 'CN'),
  n('China', 'CN'),
  n('Cabo Verde', 'CV'), n('Cape Verde', 'CV'),
  n('Turkey', 'TR'), n('Türkiye', 'TR'), n('Turkiye', 'TR'),
  n('The Bahamas', 'BS'), n('Bahamas', 'BS'), n('Bahamas, The', 'BS'),
  n('The Gambia', 'GM'), n('Gambia', 'GM'), n('Gambia, The', 'GM'),
  n('North Korea', 'KP'), n('DPRK', 'KP'), n('D.P.R.K.', 'KP'), n("Democratic People's Republic of Korea", 'KP'),
  n('Korea, North', 'KP'), n("Korea, Democratic People's Republic of", 'KP'),
  n('South Korea', 'KR'), n('Republic of Korea', 'KR'), n('ROK', 'KR'), n('Korea, South', 'KR'),
  n('Korea, Republic of', 'KR'), n('Korea', 'KR', 'KP'),
  n('Laos', 'LA'), n('Lao PDR', 'LA'), n("Lao People's Democratic Republic", 'LA'),
  n('Timor-Leste', 'TL'), n('East Timor', 'TL'), n('Timor Leste', 'TL'),
  n('Eswatini', 'SZ'), n('Swaziland', 'SZ'), n('Kingdom of Eswatini', 'SZ'),
  n('North Macedonia', 'MK'), n('Macedonia', 'MK'), n('Republic of North Macedonia', 'MK'),
  n('Former Yugoslav Republic of Macedonia', 'MK'),
  n('Czechia', 'CZ'), n('Czech Republic', 'CZ'),
  n('Kyrgyz Republic', 'KG'), n('Kyrgyzstan', 'KG'),
  n('Micronesia', 'FM'), n('Federated States of Micronesia', 'FM'), n('Micronesia, Federated States of', 'FM'),
  n('Vatican', 'VA'), n('Vatican City', 'VA'), n('Holy See', 'VA'),
  n('West Bank', 'PS'), n('Gaza', 'PS'), n('Gaza Strip', 'PS'), n('West Bank and Gaza', 'PS'),
  n('Palestinian territories', 'PS'), n('Palestinian Territories', 'PS'), n('Occupied Palestinian Territories', 'PS'),
  n('Palestinian Territory', 'PS'), n('Palestine', 'PS'),
  n('Kosovo', 'XK'), n('Taiwan', 'TW'), n('Hong Kong', 'HK'), n('Macau', 'MO'), n('Macao', 'MO'),
  n('Russia', 'RU'), n('Russian Federation', 'RU'), n('Syria', 'SY'), n('Iran', 'IR'), n('Vietnam', 'VN'),
  n('Viet Nam', 'VN'), n('Moldova', 'MD'), n('Bolivia', 'BO'), n('Venezuela', 'VE'), n('Tanzania', 'TZ'),
  n('Brunei', 'BN'), n('Brunei Darussalam', 'BN'), n('Sao Tome and Principe', 'ST'), n('São Tomé and Príncipe', 'ST'),
  n('Saint Vincent and the Grenadines', 'VC'), n('St. Vincent and the Grenadines', 'VC'),
  n('Saint Kitts and Nevis', 'KN'), n('St. Kitts and Nevis', 'KN'), n('Saint Lucia', 'LC'), n('St. Lucia', 'LC'),
  n('Saint Helena', 'SH'), n('Saint Martin', 'MF'), n('Sint Maarten', 'SX'), n('Saint Barthélemy', 'BL'),
  n('Saint Pierre and Miquelon', 'PM'), n('Curaçao', 'CW'), n('Netherlands', 'NL'), n('Holland', 'NL'),
  n('Bosnia and Herzegovina', 'BA'), n('Bosnia-Herzegovina', 'BA'), n('Bosnia', 'BA'),
  n('Trinidad and Tobago', 'TT'), n('Antigua and Barbuda', 'AG'), n('Guinea-Bissau', 'GW'),
  n('Papua New Guinea', 'PG'), n('Equatorial Guinea', 'GQ'), n('South Sudan', 'SS'), n('Sudan', 'SD'),
  n('Western Sahara', 'EH'), n('Falkland Islands', 'FK'), n('Reunion', 'RE'), n('Réunion', 'RE'),
  n('Libya', 'LY'), n('Marshall Islands', 'MH'), n('Solomon Islands', 'SB'), n('Maldives', 'MV'),
  n('Comoros', 'KM'), n('Seychelles', 'SC'), n('Philippines', 'PH'), n('Central African Republic', 'CF'),
  n('CAR', 'CF'), n('Dominican Republic', 'DO'), n('Dominica', 'DM'), n('Iraqi Kurdistan', 'IQ'),
  n('Kurdistan Region', 'IQ'), n('Zanzibar', 'TZ'), n('Tibet', 'CN'), n('Crimea', 'UA'), n('Transnistria', 'MD'),
  n('Abkhazia', 'GE'), n('South Ossetia', 'GE'), n('Northern Cyprus', 'CY'), n('Somaliland', 'SO'),
  n('Puntland', 'SO'), n('Darfur', 'SD'), n('Niger Delta', 'NG'), n('Niger State', 'NG'),
];

/**
 * Sequences that look like a country (or region) but are not: matched and dropped, so the
 * country inside them is not reported. "Lake Chad" is a lake shared by four countries.
 */
export const NOT_AREAS: readonly string[] = [
  'New Mexico', 'New Jersey', 'New York', 'New South Wales', 'New England', 'Georgia State',
  'Gulf of Mexico', 'Gulf of Guinea', 'Gulf of Aden', 'Gulf of Thailand', 'Gulf of Oman', 'Gulf of Aqaba',
  'Gulf of Tonkin', 'Gulf of Honduras', 'Gulf of Fonseca', 'Gulf Coast', 'Gulf War',
  'Lake Chad', 'Lake Chad Basin', 'Lake Chad region', 'Lake Malawi', 'Lake Victoria',
  'Niger River', 'Congo River', 'Congo Basin', 'Jordan River', 'Panama Canal', 'Guinea worm',
  'Indian Ocean', 'Papua', 'West Papua', 'American Indian', 'American Indians',
  'Chinese New Year', 'Arabian Peninsula', 'Sinai Peninsula', 'Korean Peninsula',
];

/** Package spellings (world-countries altSpellings) that are common words or too ambiguous. */
export const NOT_COUNTRY_NAMES: readonly string[] = ['Island', 'Mann', 'Prathet', 'Timor', 'Guiana'];
