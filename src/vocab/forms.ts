import type { Form } from '../facts/fact.js';

/** Each form with its equivalents in the taxonomies the contract aligns with. */
export const FORM_TAXONOMY: Readonly<Record<Form, { readonly label: string; readonly htcds: string; readonly ctdc: string; readonly glotip: string }>> = {
  sex_trafficking: { label: 'sex trafficking', htcds: 'SexualExploitation', ctdc: 'isSexualExploit', glotip: 'Trafficking for sexual exploitation' },
  forced_labor: { label: 'forced labor', htcds: 'ForcedLabour', ctdc: 'isForcedLabour', glotip: 'Trafficking for forced labour' },
  domestic_servitude: { label: 'domestic servitude', htcds: 'Servitude', ctdc: 'isForcedLabour', glotip: 'Trafficking for forced labour (domestic servitude)' },
  debt_bondage: { label: 'debt bondage', htcds: 'DebtBondage', ctdc: 'isForcedLabour', glotip: 'Trafficking for forced labour (debt bondage)' },
  forced_begging: { label: 'forced begging', htcds: 'ForcedBegging', ctdc: 'isOtherExploit', glotip: 'Trafficking for begging' },
  hereditary_slavery: { label: 'hereditary slavery', htcds: 'Slavery', ctdc: 'isSlaveryAndPractices', glotip: 'Trafficking for other purposes (slavery)' },
  child_soldiering: { label: 'child soldiering', htcds: 'ForcedMilitaryService', ctdc: 'isOtherExploit', glotip: 'Trafficking for other purposes (armed combat)' },
  sexual_slavery: { label: 'sexual slavery', htcds: 'SexualSlavery', ctdc: 'isSexualExploit', glotip: 'Trafficking for sexual exploitation' },
  forced_marriage: { label: 'forced marriage', htcds: 'ForcedMarriage', ctdc: 'isForcedMarriage', glotip: 'Trafficking for forced marriage' },
  forced_criminality: { label: 'forced criminality', htcds: 'ForcedCriminality', ctdc: 'isOtherExploit', glotip: 'Trafficking for forced criminality' },
  organ_removal: { label: 'organ removal', htcds: 'OrganRemoval', ctdc: 'isOrganRemoval', glotip: 'Trafficking for organ removal' },
  trafficking: { label: 'trafficking (form unstated)', htcds: 'Unknown', ctdc: 'isNotSpecified', glotip: 'Trafficking, form not specified' },
};

const L = 'labou?r';
const FORCE = '(?:forc(?:e|es|ed|ing)|compel(?:s|led|ling)?|coerc(?:e|es|ed|ing))';

/**
 * Words that name a form. The key is the rule id (`form:<key>`). Work settings without a form name
 * are handled by the sector rules; generic "trafficking" is the fallback form.
 */
export const FORM_TERMS: Readonly<Record<string, { readonly pattern: string; readonly value: Form }>> = {
  'sex-trafficking': { pattern: `(?:child )?sex(?:ual)?[- ]traffick(?:ing|ed|ers?)|sex(?= and labou?r traffick)|traffick(?:ed|ing) for (?:the purpose of )?(?:commercial )?sex(?:ual exploitation)?|sex trade|${FORCE}(?: \\w+){0,3}? to work in (?:\\w+ )?brothels|${FORCE}(?: \\w+){0,3}? to work(?: \\w+){0,3}? as (?:prostitutes|sex workers|escorts)`, value: 'sex_trafficking' },
  'forced-prostitution': { pattern: `(?:forced |coerced )?(?:child )?prostitution|prostitut(?:es?|ed|ing)|commercial sex(?:ual)?(?: acts| work)?|sex work`, value: 'sex_trafficking' },
  'sexual-exploitation': { pattern: `(?:commercial |child )?sexual(?:ly)? exploit(?:ation|ed|s)?|child sex tourism|sex tourism|child sex tourists?|sex tourists?(?=[^.;]{0,80}?\\b(?:children|minors|boys|girls)\\b)|(?:child )?pornography`, value: 'sex_trafficking' },
  'sexual-slavery': { pattern: `sexual slavery|sex(?:ual)? slavery|sex(?:ual)? slaves?|sexually enslaved`, value: 'sexual_slavery' },
  'forced-labor': { pattern: `labou?r(?= and sex traffick)|slave(?:[- ]like)? ${L}|(?:conditions? )?analogous to slavery|slave-like conditions|${FORCE}(?: child)? (?:${L}|work)|${L} trafficking|${L} traffickers?|labou?r-trafficking|compulsory ${L}|involuntary servitude|${L} exploitation|exploitative ${L}|${FORCE}(?: (?!beg\\b)\\w+){0,3}? to (?:work(?! in (?:\\w+ )?brothels)(?!(?: \\w+){0,3} as (?:prostitutes|sex workers|escorts))|perform (?:\\w+ )?(?:work|${L})|carry (?:\\w+ )?(?:supplies|loads|goods|equipment|ammunition|weapons|water|bricks)|(?:dig|mine|harvest|cultivate|herd|build|construct)\\b)|${FORCE} (?:\\w+ ){0,3}?(?:into|in) (?:\\w+ )?${L}|forced (?:child )?domestic ${L}|forced (?:domestic )?service|forced (?!(?:and|or|to|into|in|the|their|them|by|from|of|as|at|on|for|with|child|domestic)\\b)[a-z]+ ${L}`, value: 'forced_labor' },
  'domestic-servitude': { pattern: `(?:involuntary )?domestic servitude`, value: 'domestic_servitude' },
  'debt-bondage': { pattern: `debt[- ]bondage|bonded ${L}(?:ers)?|debt[- ]based coercion|debt servitude|bonded (?:workers|laborers)|peonage`, value: 'debt_bondage' },
  'forced-begging': { pattern: `(?:forced |coerced )(?:child )?begging|child forced begging|${FORCE}(?: \\w+){0,4}? (?:to beg|into begging)|to beg\\b(?: for)?`, value: 'forced_begging' },
  'hereditary-slavery': { pattern: `(?:hereditary|traditional|descent[- ]based|caste[- ]based|chattel|ancestral) (?:slavery|servitude)(?:[- ]related practices| practices)?|slavery[- ]related practices|slavery practices|hereditary servitude|enslaved|enslave(?:s|ment)?|slaveholders?|slave masters?|slavery|slaves?`, value: 'hereditary_slavery' },
  'child-soldiers': { pattern: `child soldiers?|(?:into |join )the ranks of (?:armed|rebel|militia) (?:groups?|forces)|(?:children|boys|girls|minors) (?:\\w+ ){0,3}?(?:in|to|into) (?:armed (?:groups|forces)|militias)|child combatants?|children associated with armed (?:forces|groups|conflict)|(?:forced |unlawful )?recruitment (?:and use )?of (?:child(?:ren)?|minors|boys|girls)(?: soldiers)?|(?:recruit(?:ed|s|ing)?|conscript(?:ed|s)?)(?: and (?:us(?:ed|e|es)|exploit(?:ed)?))? (?:[\\w-]+ ){0,4}?(?:child(?:ren)?|minors|boys|girls)|us(?:ed|e|es|ing) (?:of )?(?:[\\p{L}-]+ )?(?:child(?:ren)?|minors|boys|girls)\\b|(?:child(?:ren)?|minors|boys|girls) (?:(?:in|from) [\\p{L}-]+ )?(?:have |had |were |was |are |is )?(?:been )?(?:forcibly |forcefully |reportedly |allegedly )?(?:recruited|conscripted)(?: and used)?|${FORCE} (?:\\w+ )?(?:child(?:ren)?|minors|boys|girls) to (?:fight|spy|(?:serve|act) as (?:\\w+ ){0,2}?(?:combatants|fighters|soldiers|suicide bombers|spies|porters|guards|messengers)|become (?:suicide bombers|fighters|combatants|soldiers)|carry out (?:suicide )?(?:attacks|bombings))`, value: 'child_soldiering' },
  'forced-marriage': { pattern: `(?:early and |child and )?forced (?:and early |and child )?marriages?|(?:exploitative|exploitive) marriages?|forcibly married|forced to marry|forced into (?:early |child )?marriages?|(?:fraudulent|false|sham|fake) marriages?|marriages? (?:by|under) force`, value: 'forced_marriage' },
  'forced-criminality': { pattern: `forced criminality|${FORCE}(?: \\w+){0,3}? to (?:commit crimes?|steal|sell drugs|transport drugs|smuggle drugs|traffic drugs)|forced (?:into )?(?:petty )?crime|drug (?:trafficking|smuggling)|(?:cyber|online)[- ]?scam(?:s| operations| compounds| centers)?|scam (?:compounds|operations|centers|centres)|wildlife trafficking`, value: 'forced_criminality' },
  'organ-removal': { pattern: `organ (?:removal|trafficking|harvesting)|removal of (?:their |human )?organs|trafficking in (?:human )?organs`, value: 'organ_removal' },
  'trafficking': { pattern: `(?:child |human |internal |transnational )?traffick(?:ing|ed)|(?:human )?trafficking victims|modern(?:[- ]day)? slavery|(?:child|adult|female|male) victims|victims (?:[\\p{L}-]+ ){0,5}?exploited|(?:human )?traffickers (?:(?:also|often|sometimes|reportedly|allegedly|continue to) )?exploit(?:s|ed)?`, value: 'trafficking' },
};
