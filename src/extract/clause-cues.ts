/**
 * The cues of clause-claims.ts: regular expressions that tell whether a clause states exploitation,
 * names foreign victims, declares the country's roles, or refers back to the clause before.
 */
/** Words that place victims abroad. */
const ABROAD_WORDS = /\b(?:abroad|overseas|neighbo(?:u)?ring countries|other countries|foreign countries|elsewhere|third countries|other parts of the (?:world|region)|regional (?:fishing )?(?:boats|vessels|ships|fleets))\b/gi;
/** An origin before them, not a place of exploitation: "from other countries", "from Russia and other countries". */
const FROM_BEFORE = /\bfrom (?:the )?$|\bfrom (?:[\p{L}'’-]+,? ){1,4}(?:and|or) $/u;

/** Victims taken away from a country ("lured out of Nigeria", "trafficked out of the country"): exploited elsewhere. */
const OUT_OF = /\b(?:[Ll]ured|[Tt]aken|[Ss]muggled|[Tt]rafficked|[Mm]oved|[Bb]rought|[Ss]ent|[Tt]ransported|[Rr]ecruited|[Ss]pirited) out of (?:the country\b|(?:the\s+)?\p{Lu})/u;
/** Whether a clause places its victims abroad (the look back runs only where a word of ABROAD_WORDS stands). */
export function statesAbroad(clauseText: string): boolean {
  if (clauseText.includes(' out of ') && OUT_OF.test(clauseText)) return true;
  ABROAD_WORDS.lastIndex = 0;
  for (let m = ABROAD_WORDS.exec(clauseText); m !== null; m = ABROAD_WORDS.exec(clauseText)) {
    if (!FROM_BEFORE.test(clauseText.slice(Math.max(0, m.index - 60), m.index))) return true;
  }
  return false;
}
export const FOREIGN = /\b(?:foreign|migrant|third-country|non-\p{Lu}\w+|international)\s+(?:\w+\s+){0,2}?(?:victims|nationals|wom[ae]n|girls|men|boys|children|workers|migrants|laborers|domestic workers|workforce|labou?r force)|\bmigrants\b|\b(?:migrant|immigrant|foreign)\s+(?:(?:forced|domestic)\s+)?(?:labou?r|fishermen|fishers|crew(?:members)?|seafarers|employees|worker|victim)\b(?!\s+(?:Program|Organi[sz]ation|Cent(?:er|re)|Council|Office|Rights)\b)|\bimmigrants\b|\bforeign(?:ers| victims| nationals)\b|\bfrom (?:neighbo(?:u)?ring|nearby|other|foreign|third) countries\b|\bfrom outside the country\b/iu;
export const DOMESTIC_VICTIMS = /\bdomestic and foreign victims\b|\binternal(?:ly)? traffick/i;
/** A sentence that opens on the victims of the sentence before ("These workers …", "Some are …", "Most of them …"). */
export const ANAPHORIC_SUBJECT = /^\s*(?:(?:in|of|among)\s+(?:these|those|them)\b|(?:\p{L}+\s+){0,2}?(?:these|those|such|they|them)\b|(?:some|many|most|all|others|several)\s+(?:of\s+(?:these|those|them|the)\b|(?:are|were|have|had|is|was)\b)|the\s+(?:victims|workers|migrants)\s+(?:are|were|have|had)\b)/iu;
export const GENERIC_SUBJECT = /\b(?:victims|they|them|these|such|some|many|most|migrants|workers|others|nationals)\b/i;
export const STRONG_EXPLOIT = /\b(?:exploit(?!ative (?:employers|recruit|agenc|brokers|agents|sponsors))|subject|forc|compel|(?<!forms of )coerc|occur|persist|sell|sold|held|hold|enslav|recruit(?!ment (?:firm|agenc|compan|fee))|conscript|abduct|kidnap|practiced|(?:face[sd]?|facing|experience[sd]?|endure[sd]?) (?:\w+ )?(?:conditions|situations) (?:of|indicative of)|us(?:e|ed|es|ing)\b|internal|child trafficking|took place|play(?:s|ed|ing)? (?:an? |the )?(?:\w+ )?role in|victims of|committ(?:ed|ing) (?:acts|crimes) of|(?:are|were|is|was|been|being|get|got)\s+(?:\w+\s+)?(?:sex[- ])?trafficked|trafficked (?:to|into|in|within|for|from))/i;
/** "debt bondage was most prevalent in the east", "child sex trafficking remains a serious problem": the form is stated to happen (not said of complicity or corruption). */
export const PREVALENT = /\b(?:was|were|is|are|remained|remains|remain)\s+(?:most\s+|more\s+|particularly\s+|especially\s+)?(?:prevalent|widespread|common|endemic)\b|\b(?:remain(?:s|ed)?|(?:is|are|was|were)(?:\s+(?:still|also))?)\s+(?:an?\s+)?(?:(?:significant|serious|major|growing|persistent|widespread|common)\s+)?problems?\b|\bproblems?\s+(?:is|are|was|were|remains?|remained)\b/i;
/** Words one of which every match of FOREIGN holds (a cheap test before the regex). */
export const FOREIGN_WORDS = ['foreign', 'migrant', 'third-country', 'non-', 'international', ' countries', 'outside the country'];
export const ANAPHORA = /^\s*(?:these|this|such|those|the same)\s+(?:[\p{L}-]+\s+)?(?:percentages|figures|rates|numbers|practices|cases|abuses|forms|incidents|problems?|phenomen(?:a|on)|exploitation)\b/iu;
/** A clause whose subject is the victims of the clause before ("…; the victims were often from Bolivia", "while others came from Haiti"). */
export const VICTIMS_BEFORE = /^\s*(?:(?:while|whereas|and)\s+)?(?:(?:the|these|such|most|many|some|other|all)\s+)?(?:of\s+(?:the|these)\s+)?(?:victims|survivors|others)\b/i;

/** Whether a clause refers back to the forms of the clause before (read even without a word of the topic). */
export function refersBack(clauseText: string): boolean {
  return ANAPHORA.test(clauseText) || VICTIMS_BEFORE.test(clauseText);
}

/** A form's words that name the people held in it. */
export const HELD_PEOPLE = /(?:labou?rers|workers|slaves|servants)$/i;
export const WORKED = /\bwork(?:s|ed|ing)?\s+(?:as|in|on|at|for)\b/i;
export const SERVICES = /\b(?:hotlines?|shelters?|centers?|centres?|care|services|fund(?:s|ed|ing)?|criminaliz\w*|accommodat\w*|assistance|counseling|reintegration|rehabilitation)\b/i;
export const RESPONSE = /\b(?:prosecut|convict|investigat|punish|sentenc|shelter|identif|referr|recogni[sz]|acknowledg|screen|train|fund|arrest|detain|deport|penaliz|hotline|assist|protect)/i;
export const DECLARATION = /\b(?:is|remains|was|has been|became|as)\s+(?:(?:also|primarily|mainly|largely|increasingly|now|still)\s+)*(?:a|an)\s+(?:(?:primarily|mainly|largely|significant|major|growing|increasingly)\s+)*((?:(?:source|origin|transit|destination)(?:,|\s|and|or|possibly|also|increasingly|primarily|mainly|largely|(?:to )?an? (?:lesser|greater|growing|limited|increasing) extent|an?\b)*)+)\s*(?:country|countries|point|hub|location)/i;
/** "child sex tourism continues to increase": a form said to grow is said to happen (not in a clause about the response). */
export const GROWING = /\bcontinu(?:e|es|ed|ing) to (?:increase|grow|rise|expand|spread)\b|\b(?:is|are|was|were) (?:increasing|growing|rising|on the rise)\b/i;
/** People named as the exploiters right after a group ("with Malagasy men being the main clients"). */
export const NOT_VICTIMS_AFTER = /^\s+(?:being|as|who (?:are|were))\s+(?:the\s+)?(?:main\s+|primary\s+|principal\s+|most common\s+)?(?:clients|customers|buyers|exploiters|perpetrators|traffickers)\b/i;
/** Victims named only as people, with no nationality, sex or age. */
export const ANONYMOUS_PEOPLE = /\b(?:people|persons|individuals)\b/i;
/** A fronted place that sets a statement's scene ("In Cambodia, …", "But in Cambodia, …"), said before the area. */
export const SCENE_BEFORE = /^\s*(?:(?:but|and|yet|so|still)\s+)?in\s+(?:the\s+)?$/i;
/** Where a route leads, said before an area ("en route to South Africa", "destined for Europe"). */
export const HEADING_FOR = /\b(?:en route to|onward to|on to|to reach|reaching|destined for|bound for)\s+(?:the\s+)?$/i;
