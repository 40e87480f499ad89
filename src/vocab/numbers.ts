/** Number words reports spell out (the contract counts "one case" as 1). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, thousand: 1000,
};

export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000,
};

/**
 * Nouns that make a number a statistic about trafficking: people, victims, cases and the response
 * to them. A number followed (within a few words) by one of these counts.
 */
export const STAT_NOUNS = String.raw`victims?|survivors?|children|child(?:ren)? soldiers?|boys?|girls?|wom[ae]n|men|persons?|people|individuals?|adults|minors?|cases?|investigations?|prosecutions?|convictions?|traffickers?|defendants?|suspects?|perpetrators?|offenders?|arrests?|operations?|raids|workers?|laborers?|migrants?|refugees?|IDPs|asylum[- ]seekers|returnees|nationals|citizens?|students?|talib(?:e|é)s|families|households|calls|complaints|allegations|reports|recruits|soldiers?|peacekeepers?|officials?|officers?|teachers?|marabouts?|employers?|recruiters?|agencies|slaves?|members?|deportees|\p{Lu}\p{L}+(?:ans|ians|ese|is|ns)`;

/** ISO 4217 codes of currencies reports quote amounts in (a number before one is money). */
export const CURRENCY_CODES = 'MRU|MRO|XOF|XAF|NGN|GHS|KES|UGX|TZS|RWF|CDF|ETB|SDG|SSP|ZAR|EGP|MAD|DZD|TND|LYD|INR|NPR|BDT|PKR|LKR|AFN|PHP|THB|MYR|IDR|VND|KHR|LAK|MMK|CNY|KRW|KPW|JPY|RUB|UAH|MDL|KZT|UZS|KGS|TJS|EUR|GBP|CHF|AED|SAR|QAR|KWD|BHD|OMR|JOD|LBP|IQD|IRR|YER|BRL|MXN|COP|PEN|HTG|DOP|CUP|VES|GTQ|HNL';

/** Words after a number that make it not a statistic (durations, money, ages, laws). */
export const NOT_STAT_AFTER = String.raw`years?|months?|weeks?|days?|hours?|percent(?:age)? points|(?:years?|months?)[- ]old|-year|-month|dollars|euros|CFA|francs|ouguiyas?|cedis|rupees|naira|pesos|shillings|dinars|dirhams|riyals|rials|baht|ringgit|yuan|kwacha|birr|leones|lira|manat|tenge|taka|kyats?|rubles|hryvnias?|pounds|yen|USD|US\$|(?:${CURRENCY_CODES})\b|articles?|decrees?|laws?|shelters|schools|centers|centres|facilities|tiers?`;

/** Things that are counted but are not people or cases (facilities, laws, places): a number naming one of these, perhaps after two words, is not a statistic. */
export const NOT_STAT_NOUNS = String.raw`shelters|schools|madrassas|daaras|centers|centres|facilities|offices|hotlines|laws|decrees|regions|provinces|districts|countries|villages|mines|sites|camps|hospitals|clinics|courts|branches|units|committees|workshops|trainings|sessions|campaigns`;
