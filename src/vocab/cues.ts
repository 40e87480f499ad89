/** Cue words that qualify a clause rather than name a fact (data; the key is the rule id). */

type Table<V> = Readonly<Record<string, { readonly pattern: string; readonly value: V }>>;

export const HEDGE_TERMS: Table<string> = {
  allegedly: { pattern: 'alleged(?:ly)?|allegations?|allege[sd]?', value: 'alleged' },
  reportedly: { pattern: 'reportedly|reports? (?:allege|suggest|indicate)d?', value: 'reported' },
  purportedly: { pattern: 'purportedly|purported', value: 'purported' },
  possibly: { pattern: 'possibly|possible|may have|might have|may|might|could have|likely|probably|presumed|suspected|potential(?! (?:(?:trafficking|forced labou?r|sex trafficking|child) )?(?:victims?|cases?|indicators))', value: 'possible' },
  uncorroborated: { pattern: '(?:has|have|had|was|were) not (?:been )?(?:corroborated|verified|confirmed)|unverified|uncorroborated|could not (?:be )?(?:verified|confirmed|corroborated)', value: 'uncorroborated' },
};

export const ATTRIBUTION_TERMS: Table<string> = {
  ngo: { pattern: '(?:an?|one|some|several|local|international|credible) (?:local |international )?(?:NGOs?|non-governmental organizations?|civil society organizations?)|NGOs? (?:reported|noted|estimated|observed|stated|alleged|indicated)|NGO reports', value: 'ngo' },
  'international-organization': { pattern: '(?:an?|one|credible|the) (?:credible )?international organizations?|(?:the )?UN(?: \\p{Lu}\\w+)*|UNICEF|IOM|ILO|UNHCR|UNODC|MINUSMA|MONUSCO|UNMISS|MINUSCA', value: 'international_organization' },
  government: { pattern: '(?:the )?government (?:reported|estimated|stated|acknowledged|identified)|(?:\\p{Lu}\\w+ )?authorities (?:reported|estimated|stated|said)|officials (?:reported|estimated|stated|said)', value: 'government' },
  media: { pattern: '(?:media|press|news) (?:reports?|outlets?|sources?)|journalists?', value: 'media' },
  report: { pattern: '(?:observers|researchers|sources|studies|a study|a report|reports|surveys?) (?:noted|reported|estimated|indicated|found|suggest(?:ed)?|allege[ds]?)', value: 'report' },
};

export const TREND_TERMS: Table<'increase' | 'decrease'> = {
  increase: { pattern: 'increas(?:ed|ing|es)|rose|ris(?:ing|en)|grew|growing|a rise in|surge[ds]?|expanded|worsened', value: 'increase' },
  decrease: { pattern: 'decreas(?:ed|ing|es)|declin(?:ed|ing|es)|fell|fallen|dropped|reduced|a decline in', value: 'decrease' },
};

/** Recruitment means (how victims come to be exploited). */
export const MEANS_TERMS: Table<string> = {
  'fraudulent-job-offer': { pattern: '(?:fraudulent|false|fake|deceptive) (?:job|employment|work) (?:offers?|promises?)|promises? of (?:jobs?|employment|work|education)|lured|deceived|fraudulent(?:ly)? recruit(?:ed|ment)', value: 'fraudulent_job_offer' },
  'sale-by-family': { pattern: 'sell (?:their|his|her) (?:children|daughters|sons)|sold (?:by|to)|sale of children|(?:send|sent|hand over|entrust) (?:their )?children', value: 'sale_by_family' },
  abduction: { pattern: 'abduct(?:ed|ion|s)?|kidnap(?:ped|ping|s)?', value: 'abduction' },
  debt: { pattern: 'debts?|advance payments?|recruitment fees', value: 'debt' },
  'forced-recruitment': { pattern: 'forcibly recruit(?:ed)?|conscript(?:ed|ion)', value: 'forced_recruitment' },
  'document-retention': { pattern: '(?:confiscat|withh[oe]ld|retain)(?:ed|ing)? (?:their |victims. )?(?:passports|identity documents|documents)', value: 'document_retention' },
};

/** Clauses stating a risk, not exploitation: no fact of exploitation (the contract's "vulnerable to"). */
export const RISK_TERMS: Table<string> = {
  vulnerable: { pattern: '(?:(?:particularly|especially|highly|more|most|disproportionately|extremely|very|increasingly|also) )*(?:vulnerab(?:le|ility|ilities)|susceptib(?:le|ility)) to|at (?:an? |the )?(?:[\\w-]+ ){0,2}?risk(?:ed)? (?:of|for)|(?:a )?risks? (?:of|to|being)|a concern for|in danger of|prone to|vulnerable (?:groups|populations|sectors)', value: 'risk' },
  /** Data said to be missing: "did not specify how many were victims of …" states no exploitation. */
  'missing-data': { pattern: 'did not (?:specify|report|indicate|disaggregate|clarify) (?:how many|whether|which|the number)|(?:was|is|remained|remains) (?:unclear|not clear|unknown) (?:how many|whether)|no (?:data|statistics|information) (?:on|about|regarding) (?:how many|whether)', value: 'missing' },
};

/** Verbs and phrases that state exploitation happened (a fact), as opposed to mentions of law and policy. */
export const EXPLOIT_TERMS: Table<string> = {
  exploit: { pattern: 'exploit(?:s|ed|ing|ation)?|subject(?:s|ed|ing)? (?:\\w+ ){0,4}?to|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|coerc(?:e|es|ed|ing)|victims?|survivors|occur(?:s|red|ring)?|persist(?:s|ed)?|took place|held|hold|sold|sell(?:s|ing)?|enslav(?:e|ed|es)|recruit(?:s|ed|ing)? and us(?:e|es|ed)|us(?:e|es|ed|ing)|work(?:s|ed|ing)? (?:as|in|on)|trapped|endure[ds]?|suffer(?:s|ed)?|abus(?:e|es|ed)|transport(?:s|ed)|sent|send|traffick(?:ed|s)|prostituted|engage[ds]? in|involved in|practiced|practices?|cases? of|instances of', value: 'exploit' },
};

export const COMPLICITY_TERMS: Table<string> = {
  complicity: { pattern: 'complicit|complicity|facilitat(?:e|es|ed|ing)|collu(?:de|ded|sion)|accept(?:ed|ing)? bribes|(?:involved|participat(?:e|ed|ing)) in (?:\\w+ ){0,3}?(?:traffick\\w*|exploitation|forced|sex|prostitution|slavery|the (?:sale|recruitment))|protected traffickers|profit(?:ed|ing)? from|perpetrat(?:e|ed|ors)|committed by', value: 'complicity' },
};

export const TRANSIT_TERMS: Table<string> = {
  transit: { pattern: 'transit(?:s|ed|ing)?|en route|pass(?:es|ed|ing)? through|travel(?:s|ed|ing|l?ed)? through|moved through|routes? through|through', value: 'transit' },
};

/** Statistic qualifiers placed before a number. */
export const QUALIFIER_TERMS: Table<'at_least' | 'more_than' | 'approx' | 'fewer_than' | 'up_to'> = {
  'at-least': { pattern: 'at least|no fewer than|no less than|a minimum of', value: 'at_least' },
  'more-than': { pattern: 'more than|over|in excess of|upwards of|exceeding|above', value: 'more_than' },
  approx: { pattern: 'approximately|about|around|roughly|nearly|almost|an estimated|estimated|some|close to|approx\\.', value: 'approx' },
  'fewer-than': { pattern: 'fewer than|less than|under|below', value: 'fewer_than' },
  'up-to': { pattern: 'up to|as (?:high|many) as|as much as|a maximum of', value: 'up_to' },
};

/** Words before a form that make it the topic of law or response, not a statement that exploitation happened. */
export const NON_FACT_TERMS: Table<string> = {
  'law-and-response': { pattern: '(?:the )?prohibit(?:s|ed|ion|ing)?(?: of| against)?(?: the)?|criminaliz(?:e|es|ed|ing)(?: the)?|to combat|combat(?:ing|s)|against|awareness (?:of|about|on)|(?:to )?address(?:ing)?|prevent(?:ing|ion of)?(?: the)?|(?:to )?end(?:ing)? the|laws? (?:on|against|prohibiting)|punish(?:es|ing)?|penalties for|definition of|(?:convicted|convictions|prosecuted|prosecutions|charged|charges|sentenced|investigations?|arrested|arrests) (?:for|of|on|into)|train(?:ed|ing) (?:on|in)|screen(?:ed|ing)? for|identification of|a (?:law|decree) (?:on|criminalizing)|indicators of', value: 'law' },
  'none-reported': { pattern: '(?:there were )?no (?:official |known |confirmed |credible )?(?:reports?|cases|evidence|instances|incidents|allegations|indications) (?:of|that)|not aware of (?:any )?(?:reports?|cases) (?:of|that)|(?:were|was|are|is|be) not (?:\\w+ )?(?:forced|subjected|exploited|compelled|coerced)(?: to| into)?|(?:were|was|are|is|be) not (?:\\w+ )?victims of', value: 'none' },
};

/**
 * Words of a clause that may state a fact without a form, sector or good the topic lexicons find: a
 * role ("a source and destination country"), victims or migrants whose origin the next clause uses, and
 * the people or cases a statistic counts. A clause with neither these nor a topic hit is skipped.
 */
export const STATEMENT_CUES = /traffick|forc|compel|coerc|exploit|slave|bond|servitude|beg|soldier|prostitut|sex|recruit|marri|organ|scam|labou?r|work|victim|armed|militia|crim|abduct|kidnap|sold|sell|migra|destination|source|transit|origin|domestic/i;
